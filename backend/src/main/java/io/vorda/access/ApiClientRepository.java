package io.vorda.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiClientRepository extends CrudRepository<ApiClientRow, UUID> {

    Optional<ApiClientRow> findByClientId(String clientId);

    @Query("SELECT EXISTS (SELECT 1 FROM api_clients WHERE lower(name) = lower(:name))")
    boolean isNameUsed(String name);

    @Query("""
            SELECT * FROM api_clients WHERE (created_at, id) < (:beforeCreatedAt, :beforeId)
            ORDER BY created_at DESC, id DESC LIMIT :limit""")
    List<ApiClientRow> pageNewestFirst(Instant beforeCreatedAt, UUID beforeId, int limit);
}
