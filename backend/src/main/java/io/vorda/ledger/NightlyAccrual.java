package io.vorda.ledger;

import io.vorda.access.Caller;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.shared.DomainException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The nightly accrual run: interest grows every day, so every case's balance snapshot is brought to today. Cases are
 * worked in keyset chunks of {@value #CHUNK}, one transaction each, with a checkpoint in the run's row: a run that
 * fails or whose instance dies resumes after its last chunk. A snapshot a money event rewrote meanwhile is left as it
 * is (its version changed). Safe with several instances: one claims the run, the others leave it.
 */
@Singleton
class NightlyAccrual {

    static final int CHUNK = 1000;
    /** A running run whose owner has not checked in for this long is taken over. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(NightlyAccrual.class);

    private final AccrualRuns runs;
    private final BalanceSnapshots snapshots;
    private final Books books;
    private final Cases cases;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final String instance = "instance-" + UUID.randomUUID();

    NightlyAccrual(AccrualRuns runs, BalanceSnapshots snapshots, Books books, Cases cases,
                   TransactionOperations<Connection> transactions, Clock clock) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.books = books;
        this.cases = cases;
        this.transactions = transactions;
        this.clock = clock;
    }

    AccrualRunView run(String by) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Optional<AccrualRuns.Claimed> claimed = transactions.executeWrite(status ->
                runs.claim(today, instance, now, now.minus(ABANDONED_AFTER), by));
        if (claimed.isPresent()) {
            AccrualRuns.Claimed run = claimed.get();
            try {
                UUID cursor = run.lastCaseId();
                while (true) {
                    UUID from = cursor;
                    Optional<UUID> next = transactions.executeWrite(status -> chunk(run, from, today));
                    if (next.isEmpty()) {
                        break;
                    }
                    cursor = next.get();
                }
                transactions.executeWrite(status -> {
                    runs.finish(run, clock.instant());
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("Accrual run of {} failed; the next check resumes it", today, e);
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                transactions.executeWrite(status -> {
                    runs.fail(run, reason, clock.instant());
                    return null;
                });
            }
        }
        return transactions.executeRead(status -> runs.find(today)).orElseThrow();
    }

    /** Refreshes one chunk after {@code after} and checkpoints it; returns where the next chunk starts, if one may follow. */
    private Optional<UUID> chunk(AccrualRuns.Claimed run, @Nullable UUID after, LocalDate today) {
        List<BalanceSnapshots.Stale> stale = snapshots.staleAfter(after, today, CHUNK);
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        Map<CaseId, CaseView> kases = cases.findMany(Caller.system(), stale.stream().map(BalanceSnapshots.Stale::caseId).toList());
        Map<CaseId, CaseBook> book = books.of(kases.values());
        Instant now = clock.instant();
        int done = 0;
        int skipped = 0;
        String lastSkip = null;
        for (BalanceSnapshots.Stale snapshot : stale) {
            CaseBook account = book.get(snapshot.caseId());
            try {
                if (account != null && snapshots.replace(snapshot, account.balanceAt(today), now)) {
                    done++;
                }
            } catch (DomainException e) { // e.g. no rate known for the case's days: count it, say why, go on
                skipped++;
                lastSkip = "case %s: %s".formatted(snapshot.caseId().value(), e.getMessage());
            }
        }
        UUID last = stale.get(stale.size() - 1).caseId().value();
        if (!runs.checkpoint(run, last, done, skipped, lastSkip, now)) {
            throw new IllegalStateException("The accrual run of " + today + " was taken over by another instance.");
        }
        return stale.size() < CHUNK ? Optional.empty() : Optional.of(last);
    }
}
