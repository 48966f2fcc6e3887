package io.vorda.client;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ClientRepository extends CrudRepository<ClientRow, UUID> {

    Optional<ClientRow> findByPartyId(UUID partyId);

    @Query("SELECT * FROM clients WHERE party_id IN (:partyIds)")
    List<ClientRow> findByParties(Collection<UUID> partyIds);

    @Query("SELECT * FROM clients WHERE id IN (:ids)")
    List<ClientRow> findByIds(Collection<UUID> ids);
}
