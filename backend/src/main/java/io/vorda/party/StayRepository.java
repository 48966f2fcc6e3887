package io.vorda.party;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface StayRepository extends CrudRepository<StayRow, UUID> {

    @Query("SELECT * FROM party_stays WHERE party_id IN (:partyIds) ORDER BY from_date DESC")
    List<StayRow> findByParties(Collection<UUID> partyIds);

    @Query("UPDATE party_stays SET party_id = :survivor, updated_at = now(), version = version + 1 WHERE party_id = :duplicate")
    void moveAll(UUID duplicate, UUID survivor);
}
