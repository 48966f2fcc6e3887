package io.vorda.arrangement;

import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.cases.CaseId;
import io.vorda.cases.Cases;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The daily judgement of running plans and pending promises (ARCHITECTURE §1, background work): walks them in
 * batches, reads the payments of a whole batch in one call, and judges each in its own transaction under a
 * skip-locked row lock, so two instances running at once share the work and nothing is judged twice a day. A run's
 * counts and failures are kept in {@code arrangement_monitor_runs}; a plan or promise that cannot be judged is also
 * noted on its case's timeline and tried again the next day.
 */
@Singleton
public class ArrangementMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(ArrangementMonitor.class);
    static final int BATCH = 500;
    private static final UUID FIRST = new UUID(0L, 0L); // PostgreSQL orders uuids as unsigned bytes: this is the lowest
    private static final int MAX_NOTE = 1000;

    private final PlanRepository plans;
    private final PromiseRepository promises;
    private final MonitorRunRepository runs;
    private final Judgement judgement;
    private final Cases cases;
    private final Permissions permissions;
    private final Optional<CaseMoney> money;
    private final Clock clock;
    private final Executor background;

    ArrangementMonitor(PlanRepository plans, PromiseRepository promises, MonitorRunRepository runs, Judgement judgement,
                       Cases cases, Permissions permissions, Optional<CaseMoney> money, Clock clock,
                       @Named(TaskExecutors.BLOCKING) Executor background) {
        this.plans = plans;
        this.promises = promises;
        this.runs = runs;
        this.judgement = judgement;
        this.cases = cases;
        this.permissions = permissions;
        this.money = money;
        this.clock = clock;
        this.background = background;
    }

    /** Judges every running plan and pending promise not judged today yet; returns what the run did. */
    public MonitorRunView runDaily() {
        return finish(begin()).view();
    }

    /**
     * Starts a run now and returns it unfinished; it goes on in the background and shows in {@link #recentRuns} — for
     * supervisors and administrators after a failed run, or when they want today's payments judged before tomorrow.
     * Safe beside another run (skip-locked rows, nothing judged twice a day).
     */
    public MonitorRunView startNow(Caller caller) {
        permissions.require(caller, Action.VIEW_ALL_CASES);
        permissions.require(caller, Action.MANAGE_ARRANGEMENTS);
        MonitorRunRow run = begin();
        background.execute(() -> {
            try {
                finish(run);
            } catch (RuntimeException e) {
                // the run keeps no finishedAt, which the admin page shows as stopped; the next run takes the rest
                LOG.error("Arrangement monitor run {} stopped", run.id(), e);
            }
        });
        return run.view();
    }

    private MonitorRunRow begin() {
        return runs.save(new Tally().row(UUID.randomUUID(), LocalDate.now(clock), clock.instant(), null, 0));
    }

    private MonitorRunRow finish(MonitorRunRow run) {
        LocalDate today = run.runOn();
        Tally tally = new Tally();
        if (money.isEmpty()) {
            tally.note = "Nothing judged: case balances and payments are not available (no ledger is connected).";
        } else {
            CaseMoney caseMoney = money.get();
            walk(today, id -> plans.findToJudge(today, id, BATCH), PlanRow::id, PlanRow::caseId, PlanRow::createdAt, caseMoney,
                    (row, paid) -> judgement.judgePlan(row.id(), today, true, caseMoney, paid), tally, true);
            walk(today, id -> promises.findToJudge(today, id, BATCH), PromiseRow::id, PromiseRow::caseId, PromiseRow::createdAt,
                    caseMoney, (row, paid) -> judgement.judgePromise(row.id(), today, true, paid), tally, false);
        }
        MonitorRunRow finished = runs.update(tally.row(run.id(), today, run.startedAt(), clock.instant(), run.version()));
        LOG.info("Arrangement monitor {}: {} plan(s), {} promise(s) judged; {} instalment(s) missed, {} plan(s) broken, "
                        + "{} completed, {} promise(s) kept, {} broken; {} failure(s){}", today, tally.plans, tally.promises,
                tally.missed, tally.broken, tally.completed, tally.kept, tally.brokenPromises, tally.failures,
                tally.note == null ? "" : " — " + tally.note);
        return finished;
    }

    /**
     * Judges one case's running plan and pending promises now, also when the daily run did already — for when a
     * payment is booked or reversed. Does nothing without a {@link CaseMoney}.
     */
    public void judgeCase(CaseId caseId) {
        if (money.isEmpty()) {
            return;
        }
        CaseMoney caseMoney = money.get();
        LocalDate today = LocalDate.now(clock);
        plans.findActive(caseId.value()).ifPresent(plan -> judgement.judgePlan(plan.id(), today, false, caseMoney,
                caseMoney.paymentsRecorded(caseId, plan.createdAt())));
        promises.findPending(caseId.value()).forEach(promise -> judgement.judgePromise(promise.id(), today, false,
                caseMoney.paymentsRecorded(caseId, promise.createdAt())));
    }

    /** The latest runs, newest first, for supervisors and administrators. */
    public List<MonitorRunView> recentRuns(Caller caller, int limit) {
        permissions.require(caller, Action.VIEW_ALL_CASES);
        return runs.findRecent(Math.max(1, Math.min(limit, 50))).stream().map(MonitorRunRow::view).toList();
    }

    private interface Judge<R> {
        Optional<Judgement.Outcome> apply(R row, List<ReceivedPayment> payments);
    }

    private <R> void walk(LocalDate today, Function<UUID, List<R>> batch, Function<R, UUID> id, Function<R, UUID> caseOf,
                          Function<R, Instant> since, CaseMoney caseMoney, Judge<R> judge, Tally tally, boolean isPlan) {
        UUID after = FIRST;
        for (List<R> rows = batch.apply(after); !rows.isEmpty(); rows = batch.apply(after)) {
            Instant earliest = rows.stream().map(since).min(Comparator.naturalOrder()).orElseThrow();
            Map<CaseId, List<ReceivedPayment>> payments = caseMoney.paymentsRecorded(
                    rows.stream().map(r -> new CaseId(caseOf.apply(r))).distinct().toList(), earliest);
            for (R row : rows) {
                CaseId caseId = new CaseId(caseOf.apply(row));
                try {
                    judge.apply(row, payments.getOrDefault(caseId, List.of())).ifPresent(o -> tally.add(o, isPlan));
                } catch (RuntimeException e) {
                    tally.fail(caseId, e);
                    LOG.warn("Arrangement monitor {}: judging {} of case {} failed", today, id.apply(row), caseId.value(), e);
                    noteOnCase(caseId, e);
                }
            }
            after = id.apply(rows.get(rows.size() - 1));
        }
    }

    private void noteOnCase(CaseId caseId, RuntimeException e) {
        try {
            cases.recordEvent(Caller.system(), caseId, "ARRANGEMENT_CHECK_FAILED", null, null, describe(e));
        } catch (RuntimeException again) {
            // the run's failure count and note still show it; the log has both stack traces
            LOG.warn("Could not note the failure on case {}", caseId.value(), again);
        }
    }

    private static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** Counts of one run. */
    private static final class Tally {
        int plans;
        int promises;
        int missed;
        int broken;
        int completed;
        int kept;
        int brokenPromises;
        int failures;
        @Nullable String note;

        void add(Judgement.Outcome outcome, boolean isPlan) {
            if (isPlan) {
                plans++;
            } else {
                promises++;
            }
            missed += outcome.instalmentsMissed();
            broken += outcome.planBroken() ? 1 : 0;
            completed += outcome.planCompleted() ? 1 : 0;
            kept += outcome.promiseKept() ? 1 : 0;
            brokenPromises += outcome.promiseBroken() ? 1 : 0;
        }

        void fail(CaseId caseId, RuntimeException e) {
            failures++;
            String text = "case " + caseId.value() + ": " + describe(e);
            note = text.length() > MAX_NOTE ? text.substring(0, MAX_NOTE) : text;
        }

        MonitorRunRow row(UUID id, LocalDate runOn, Instant startedAt, @Nullable Instant finishedAt, long version) {
            return new MonitorRunRow(id, runOn, startedAt, finishedAt, plans, promises, missed, broken, completed, kept,
                    brokenPromises, failures, note, version);
        }
    }
}
