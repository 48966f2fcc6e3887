package io.vorda.cases;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseRepository extends CrudRepository<CaseRow, UUID> {

    Optional<CaseRow> findByReference(String reference);

    @Query("SELECT * FROM cases WHERE id IN (:ids)")
    List<CaseRow> findByIds(Collection<UUID> ids);

    @Query("SELECT * FROM cases WHERE assignee_user_id = :userId AND status <> 'CLOSED' FOR UPDATE")
    List<CaseRow> openCasesOfForUpdate(UUID userId);

    @Query("UPDATE cases SET principal_total = principal_total + :amount, version = version + 1, updated_at = :at, "
            + "updated_by = :by WHERE id = :id")
    void addToPrincipalTotal(UUID id, BigDecimal amount, Instant at, String by);

    /** Next number of the year's case sequence; the row lock makes it safe across instances. */
    @Query("INSERT INTO case_sequences (year, last_value) VALUES (:year, 1) "
            + "ON CONFLICT (year) DO UPDATE SET last_value = case_sequences.last_value + 1 RETURNING last_value")
    long nextSequence(int year);
}
