package io.vorda.party;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AddressRepository extends CrudRepository<AddressRow, UUID> {

    @Query("SELECT * FROM party_addresses WHERE party_id IN (:partyIds) ORDER BY valid_from DESC, created_at DESC")
    List<AddressRow> findByParties(Collection<UUID> partyIds);

    @Query("UPDATE party_addresses SET party_id = :survivor, updated_at = now(), version = version + 1 WHERE party_id = :duplicate")
    void moveAll(UUID duplicate, UUID survivor);
}
