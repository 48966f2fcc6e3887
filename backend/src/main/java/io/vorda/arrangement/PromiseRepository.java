package io.vorda.arrangement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PromiseRepository extends CrudRepository<PromiseRow, UUID> {

    @Query("SELECT * FROM payment_promises WHERE case_id IN (:caseIds) ORDER BY created_at DESC, id DESC")
    List<PromiseRow> findByCases(Collection<UUID> caseIds);

    @Query("SELECT * FROM payment_promises WHERE case_id = :caseId AND status = 'PENDING' ORDER BY created_at")
    List<PromiseRow> findPending(UUID caseId);

    /** Pending promises not yet judged on {@code today}, in id order after {@code afterId}; not locked. */
    @Query("SELECT * FROM payment_promises WHERE status = 'PENDING' AND (judged_on IS NULL OR judged_on < :today) "
            + "AND id > :afterId ORDER BY id LIMIT :limit")
    List<PromiseRow> findToJudge(LocalDate today, UUID afterId, int limit);

    /** As {@link PlanRepository#claimToJudge}: locked unless another instance has it or it was judged today. */
    @Query("SELECT * FROM payment_promises WHERE id = :id AND status = 'PENDING' AND (judged_on IS NULL OR judged_on < :today) "
            + "FOR UPDATE SKIP LOCKED")
    Optional<PromiseRow> claimToJudge(UUID id, LocalDate today);

    @Query("SELECT * FROM payment_promises WHERE id = :id FOR UPDATE")
    Optional<PromiseRow> lock(UUID id);
}
