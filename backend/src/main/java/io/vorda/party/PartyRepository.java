package io.vorda.party;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartyRepository extends CrudRepository<PartyRow, UUID> {

    @Query("SELECT * FROM parties WHERE id IN (:ids)")
    List<PartyRow> findByIds(Collection<UUID> ids);

    @Query("UPDATE parties SET parent_id = :survivor, updated_at = now(), version = version + 1 WHERE parent_id = :duplicate")
    void moveChildren(UUID duplicate, UUID survivor);
}
