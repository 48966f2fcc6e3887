package io.vorda.cases;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseReminderRepository extends CrudRepository<CaseReminderRow, UUID> {

    @Query("SELECT * FROM case_reminders WHERE case_id IN (:caseIds) ORDER BY sent_on DESC, recorded_at DESC")
    List<CaseReminderRow> findByCases(Collection<UUID> caseIds);
}
