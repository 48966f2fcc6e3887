package io.vorda.arrangement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TermsRepository extends CrudRepository<TermsRow, UUID> {

    @Query("SELECT * FROM arrangement_terms WHERE client_id IN (:clientIds)")
    List<TermsRow> findByClients(Collection<UUID> clientIds);
}
