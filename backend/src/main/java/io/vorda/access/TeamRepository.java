package io.vorda.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamRepository extends CrudRepository<TeamRow, UUID> {

    @Query("SELECT EXISTS (SELECT 1 FROM teams WHERE lower(name) = lower(:name) AND id <> :exceptId)")
    boolean isNameUsedByOther(String name, UUID exceptId);

    @Query("SELECT * FROM teams WHERE lower(name) = lower(:name)")
    java.util.Optional<TeamRow> findByNameIgnoringCase(String name);

    @Query("SELECT * FROM teams WHERE id IN (:ids)")
    List<TeamRow> findByIds(Collection<UUID> ids);

    @Query("""
            SELECT * FROM teams
            WHERE (:includeArchived OR active) AND (lower(name), id) > (:afterName, :afterId)
            ORDER BY lower(name), id LIMIT :limit""")
    List<TeamRow> pageByName(boolean includeArchived, String afterName, UUID afterId, int limit);

    @Query("SELECT count(*) FROM teams WHERE (:includeArchived OR active)")
    long countTeams(boolean includeArchived);
}
