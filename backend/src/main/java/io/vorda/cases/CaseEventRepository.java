package io.vorda.cases;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseEventRepository extends CrudRepository<CaseEventRow, UUID> {

    @Query("SELECT * FROM case_events WHERE case_id IN (:caseIds) ORDER BY occurred_at DESC, seq DESC")
    List<CaseEventRow> findByCases(Collection<UUID> caseIds);
}
