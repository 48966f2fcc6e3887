package io.vorda.ledger;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.MoneyWorld;
import io.vorda.testing.MoneyWorld.Claim;
import io.vorda.testing.MoneyWorld.OpenCase;
import io.vorda.testing.TestClock;
import io.vorda.testing.TestDatabase;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The nightly accrual run brings balance snapshots to the day, once per day, and resumes a failed run. */
@MicronautTest(transactional = false)
class AccrualRunIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;
    @Inject MoneyWorld world;
    @Inject Ledger ledger;
    @Inject TestClock clock;

    /** A plain connection to the test database, outside the application's transactions. */
    private static Connection connection() throws SQLException {
        Map<String, String> db = TestDatabase.properties();
        return DriverManager.getConnection(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }

    private String openBalance(String token, OpenCase kase) {
        Reply reply = http.graphql(token, "query($id: ID!) { node(id: $id) { ... on Case { openBalance { amount } } } }", Map.of("id", kase.id()));
        return reply.at("data.node.openBalance.amount");
    }

    private LocalDate snapshotDay(OpenCase kase) throws SQLException {
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("SELECT as_of FROM case_balances WHERE case_id = ?")) {
            s.setObject(1, kase.caseId().value());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getDate(1).toLocalDate();
            }
        }
    }

    @Test
    void the_run_brings_every_snapshot_to_the_day_once_and_a_failed_run_resumes_where_it_stopped() throws SQLException {
        TeamView team = world.aTeam("Nightly");
        String worker = world.signIn(Role.CASEWORKER, team);
        String admin = world.signIn(Role.ADMIN);
        String client = world.aClient(worker, "NL", "CONSUMER", "JURISDICTION_DEFAULT");
        String debtor = world.aDebtor(worker);
        OpenCase one = world.aCase(worker, client, debtor, team, new Claim("N1", "2025-12-01", "2025-12-31", "36500.00"));
        OpenCase two = world.aCase(worker, client, debtor, team, new Claim("N2", "2025-12-01", "2025-12-31", "36500.00"));
        String before = openBalance(worker, one);

        clock.advance(Duration.ofDays(1));
        AccrualRunView run = ledger.runAccrual(Caller.system());
        AccrualRunView again = ledger.runAccrual(Caller.system());

        // one more day at 4 % on 36,500.00 = 4.00
        assertThat(new java.math.BigDecimal(openBalance(worker, one)).subtract(new java.math.BigDecimal(before))).isEqualByComparingTo("4.00");
        assertThat((Object) world.money(worker, one, null).at("data.node.money.balance.open.amount")).isEqualTo(openBalance(worker, one));
        assertThat(run.status()).isEqualTo(AccrualRunStatus.SUCCEEDED);
        assertThat(run.runDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(run.casesDone()).isGreaterThanOrEqualTo(2);
        assertThat(again.casesDone()).isEqualTo(run.casesDone());
        assertThat(again.attempts()).isEqualTo(1);
        Reply runs = http.graphql(admin, "{ accrualRuns(first: 5) { runDate status casesDone attempts error } }", Map.of());
        assertThat((List<Map<String, Object>>) runs.at("data.accrualRuns")).as(runs.body())
                .anySatisfy(r -> assertThat(r).containsEntry("runDate", "2026-03-03").containsEntry("status", "SUCCEEDED"));

        // the next night's run failed after the chunk that ended with the lower of the two cases' ids
        clock.advance(Duration.ofDays(1));
        // PostgreSQL orders uuids as unsigned bytes, like their hex text (java.util.UUID.compareTo is signed)
        UUID lower = one.caseId().value().toString().compareTo(two.caseId().value().toString()) < 0 ? one.caseId().value() : two.caseId().value();
        OpenCase done = lower.equals(one.caseId().value()) ? one : two;
        OpenCase notYet = done == one ? two : one;
        try (Connection c = connection();
             PreparedStatement s = c.prepareStatement("INSERT INTO ledger_accrual_runs (id, run_date, status, owner, last_case_id, cases_done, attempts, error, "
                     + "created_at, created_by, updated_at, updated_by) VALUES (?, DATE '2026-03-04', 'FAILED', 'gone', ?, 5, 1, 'connection reset', now(), 'test', now(), 'test')")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, lower);
            s.executeUpdate();
        }
        AccrualRunView resumed = ledger.runAccrual(Caller.system());

        assertThat(resumed.status()).isEqualTo(AccrualRunStatus.SUCCEEDED);
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(resumed.casesDone()).isGreaterThan(5);
        assertThat(snapshotDay(notYet)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(snapshotDay(done)).as("before the checkpoint: done by the failed attempt, not again").isEqualTo(LocalDate.of(2026, 3, 3));
    }
}
