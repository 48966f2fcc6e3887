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
interface PlanRepository extends CrudRepository<PlanRow, UUID> {

    @Query("SELECT * FROM payment_plans WHERE case_id = :caseId AND status = 'ACTIVE'")
    Optional<PlanRow> findActive(UUID caseId);

    /** Per case the running plan, else the latest one. */
    @Query("SELECT DISTINCT ON (case_id) * FROM payment_plans WHERE case_id IN (:caseIds) "
            + "ORDER BY case_id, (status = 'ACTIVE') DESC, created_at DESC, id DESC")
    List<PlanRow> findCurrent(Collection<UUID> caseIds);

    /** Plans that froze interest, cancelled ones too: interest stayed frozen while they ran (it resumes on their end day). */
    @Query("SELECT * FROM payment_plans WHERE case_id IN (:caseIds) AND interest_during_plan = 'FROZEN' "
            + "ORDER BY case_id, starts_on")
    List<PlanRow> findFrozen(Collection<UUID> caseIds);

    /** Running plans not yet judged on {@code today}, in id order after {@code afterId}; not locked. */
    @Query("SELECT * FROM payment_plans WHERE status = 'ACTIVE' AND (judged_on IS NULL OR judged_on < :today) "
            + "AND id > :afterId ORDER BY id LIMIT :limit")
    List<PlanRow> findToJudge(LocalDate today, UUID afterId, int limit);

    /**
     * Locks a running plan for judging unless another instance holds it (then it judges it) or it was judged on
     * {@code today} already — what makes two instances running the daily job at once safe.
     */
    @Query("SELECT * FROM payment_plans WHERE id = :id AND status = 'ACTIVE' AND (judged_on IS NULL OR judged_on < :today) "
            + "FOR UPDATE SKIP LOCKED")
    Optional<PlanRow> claimToJudge(UUID id, LocalDate today);

    @Query("SELECT * FROM payment_plans WHERE id = :id FOR UPDATE")
    Optional<PlanRow> lock(UUID id);
}
