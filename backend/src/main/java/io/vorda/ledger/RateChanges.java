package io.vorda.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.vorda.rate.InterestRatesChanged;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records an administrator's interest rate change as "snapshots from day X written before moment T are stale" —
 * one row, whatever the number of cases (ADR 0011, addendum). Nothing is recomputed in the administrator's request:
 * the accrual run's chunks pick the stale snapshots up (its run of the day is taken up again), and until then the
 * API says a snapshot is not current. Every case is marked, not only those on the changed table: which table a case
 * uses depends on its client's terms, and a pass over unaffected cases costs minutes of background work, not
 * correctness.
 */
@Singleton
class RateChanges {

    private static final Logger LOG = LoggerFactory.getLogger(RateChanges.class);

    /**
     * A snapshot (alias {@code b}) that a rate change may have made wrong: written before the change took effect on
     * every instance, for a day the change reaches.
     */
    static final String STALE_SNAPSHOT = "EXISTS (SELECT 1 FROM ledger_rate_changes r "
            + "WHERE r.effective_at > b.updated_at AND r.affects_from <= b.as_of)";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    RateChanges(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener
    void on(InterestRatesChanged change) {
        // the change counts until every instance's rate cache has it: a snapshot written by a lagging instance then
        // still counts as stale
        Instant effective = change.at().plus(change.recheckAfter());
        try { // a transaction of its own, inside the try: a failed insert must not fail the administrator's request
            transactions.executeWrite(status -> jdbc.prepareStatement("INSERT INTO ledger_rate_changes (id, rate_table, "
                    + "affects_from, effective_at, created_at, created_by, updated_at, updated_by) "
                    + "VALUES (?, ?, ?, ?, ?, 'system', ?, 'system')", statement -> {
                SqlRows.bind(statement, List.of(UUID.randomUUID(), change.rate().name(), Date.valueOf(change.from()),
                        Timestamp.from(effective), Timestamp.from(change.at()), Timestamp.from(change.at())));
                return statement.executeUpdate();
            }));
        } catch (RuntimeException e) { // the rate is saved already; without this row the nightly run still brings snapshots to the day
            LOG.error("Could not record the interest rate change of {} from {}: balance snapshots stay as they are until the nightly run",
                    change.rate(), change.from(), e);
        }
    }
}
