package io.vorda.party;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HistoryRepository extends CrudRepository<HistoryRow, UUID> {

    @Query("SELECT id, party_id, occurred_at, actor, kind, before, after FROM party_history WHERE party_id IN (:partyIds) "
            + "ORDER BY occurred_at DESC, position DESC")
    List<HistoryRow> findByParties(Collection<UUID> partyIds);

    @Query("UPDATE party_history SET party_id = :survivor WHERE party_id = :duplicate")
    void moveAll(UUID duplicate, UUID survivor);
}
