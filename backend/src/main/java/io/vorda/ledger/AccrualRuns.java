package io.vorda.ledger;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of {@code ledger_accrual_runs}. A run is claimed by one instance with a single conditional UPDATE, so two
 * instances never work the same run; a run whose owner stopped heart-beating can be taken over, and a failed run is
 * claimed again and resumes after its last checkpoint.
 */
@Singleton
class AccrualRuns {

    /** A claimed run: who holds it and where it stands. */
    record Claimed(UUID id, LocalDate runDate, String owner, @Nullable UUID lastCaseId) {
    }

    private final JdbcOperations jdbc;

    AccrualRuns(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the run of {@code day} (creating it) unless it succeeded or is alive in other hands. */
    Optional<Claimed> claim(LocalDate day, String owner, Instant now, Instant staleBefore, String by) {
        jdbc.prepareStatement("INSERT INTO ledger_accrual_runs (id, run_date, status, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, 'PENDING', ?, ?, ?, ?) ON CONFLICT (run_date) DO NOTHING", statement -> {
            SqlRows.bind(statement, List.of(UUID.randomUUID(), Date.valueOf(day), Timestamp.from(now), by, Timestamp.from(now), by));
            return statement.executeUpdate();
        });
        // a run that succeeded is taken up again, from the first case, when an interest rate change reaching its day
        // took effect after it started (ADR 0011, addendum): its chunks then refresh the snapshots the change made stale
        List<Claimed> claimed = jdbc.prepareStatement("UPDATE ledger_accrual_runs SET status = 'RUNNING', owner = ?, heartbeat_at = ?, "
                + "started_at = CASE WHEN status = 'SUCCEEDED' THEN ? ELSE coalesce(started_at, ?) END, "
                + "last_case_id = CASE WHEN status = 'SUCCEEDED' THEN NULL ELSE last_case_id END, "
                + "finished_at = NULL, attempts = attempts + 1, error = NULL, updated_at = ?, updated_by = ?, "
                + "version = version + 1 WHERE run_date = ? AND (status IN ('PENDING', 'FAILED') OR (status = 'RUNNING' AND heartbeat_at < ?) "
                + "OR (status = 'SUCCEEDED' AND EXISTS (SELECT 1 FROM ledger_rate_changes r WHERE r.effective_at > ledger_accrual_runs.started_at "
                + "AND r.affects_from <= ledger_accrual_runs.run_date))) "
                + "RETURNING id, run_date, owner, last_case_id", statement -> SqlRows.list(statement,
                List.of(owner, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), by, Date.valueOf(day),
                        Timestamp.from(staleBefore)),
                rs -> new Claimed(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getObject(4, UUID.class))));
        return claimed.stream().findFirst();
    }

    /** Records a finished chunk; false when the run is no longer this owner's (another instance took it over). */
    boolean checkpoint(Claimed run, UUID lastCaseId, int done, int skipped, @Nullable String lastSkip, Instant now) {
        return jdbc.prepareStatement("UPDATE ledger_accrual_runs SET last_case_id = ?, cases_done = cases_done + ?, "
                + "cases_skipped = cases_skipped + ?, error = coalesce(?, error), heartbeat_at = ?, updated_at = ?, version = version + 1 "
                + "WHERE id = ? AND owner = ? AND status = 'RUNNING'", statement -> {
            SqlRows.bind(statement, java.util.Arrays.asList(lastCaseId, done, skipped, lastSkip, Timestamp.from(now), Timestamp.from(now),
                    run.id(), run.owner()));
            return statement.executeUpdate() == 1;
        });
    }

    void finish(Claimed run, Instant now) {
        end(run, "SUCCEEDED", null, now);
    }

    void fail(Claimed run, String error, Instant now) {
        end(run, "FAILED", error.length() > 2000 ? error.substring(0, 2000) : error, now);
    }

    Optional<AccrualRunView> find(LocalDate day) {
        return query("SELECT * FROM ledger_accrual_runs WHERE run_date = ?", List.of(Date.valueOf(day))).stream().findFirst();
    }

    List<AccrualRunView> latest(int limit) {
        return query("SELECT * FROM ledger_accrual_runs ORDER BY run_date DESC LIMIT ?", List.of(limit));
    }

    private void end(Claimed run, String status, @Nullable String error, Instant now) {
        jdbc.prepareStatement("UPDATE ledger_accrual_runs SET status = ?, error = coalesce(?, error), finished_at = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ? AND owner = ?", statement -> {
            SqlRows.bind(statement, java.util.Arrays.asList(status, error, Timestamp.from(now), Timestamp.from(now), run.id(), run.owner()));
            return statement.executeUpdate();
        });
    }

    private List<AccrualRunView> query(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, AccrualRuns::view));
    }

    private static AccrualRunView view(ResultSet rs) throws SQLException {
        Timestamp started = rs.getTimestamp("started_at");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new AccrualRunView(rs.getDate("run_date").toLocalDate(), AccrualRunStatus.valueOf(rs.getString("status")),
                started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant(),
                rs.getLong("cases_done"), rs.getLong("cases_skipped"), rs.getInt("attempts"), rs.getString("error"));
    }
}
