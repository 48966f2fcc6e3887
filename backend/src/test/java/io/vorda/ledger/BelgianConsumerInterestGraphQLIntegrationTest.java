package io.vorda.ledger;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.access.TeamView;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.MoneyWorld;
import io.vorda.testing.MoneyWorld.Claim;
import io.vorda.testing.MoneyWorld.OpenCase;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Book XIX WER (money-rules §2.4): a Belgian consumer's debt bears no interest before the 14-day waiting period after
 * the free first reminder; a Belgian business debt bears it from the day after the due date (wet 2 augustus 2002).
 * Through the public GraphQL API; today is 2 March 2026 (the test clock).
 */
@MicronautTest(transactional = false)
class BelgianConsumerInterestGraphQLIntegrationTest implements DatabaseTest {

    private static final String REMIND = """
            mutation($input: CaseReminderRecordInput!) { caseReminderRecord(input: $input) { case { id } userErrors { code field } } }""";
    private static final String SNAPSHOT = "query($id: ID!) { node(id: $id) { ... on Case { openBalance { amount } } } }";

    @Inject TestHttp http;
    @Inject MoneyWorld world;

    private TeamView team;
    private String caseworker;
    private String debtor;

    @BeforeAll
    void world() {
        team = world.aTeam("Book XIX");
        caseworker = world.signIn(Role.CASEWORKER, team);
        debtor = world.aDebtor(caseworker);
    }

    private String interest(OpenCase kase) {
        return world.money(caseworker, kase, "2026-03-02").at("data.node.money.balance.interest.amount");
    }

    @Test
    void a_consumer_debt_bears_interest_only_from_the_end_of_the_waiting_period_after_the_first_reminder() {
        String consumers = world.aClient(caseworker, "BE", "CONSUMER", "JURISDICTION_DEFAULT");
        OpenCase kase = world.aCase(caseworker, consumers, debtor, team, new Claim("BE-C", "2026-01-01", "2026-01-15", "1000.00"));
        assertThat(interest(kase)).as("no first reminder: no interest").isEqualTo("0.00");

        // e-mailed on Monday 2 Feb: the period starts on the next working day (3 Feb) and runs 14 days, to 16 Feb
        Reply reminded = http.graphql(caseworker, REMIND, Map.of("input", Map.of("caseId", kase.id(), "kind", "BE_FIRST_REMINDER",
                "sentOn", "2026-02-02", "channel", "EMAIL")));
        assertThat((List<?>) reminded.at("data.caseReminderRecord.userErrors")).as(reminded.body()).isEmpty();

        // 17 Feb – 2 Mar = 14 days at the 2026 legal rate of 4.50 %: 1,000.00 × 0.045 × 14/365 = 1.7260… → 1.73
        assertThat(interest(kase)).isEqualTo("1.73");
        assertThat(world.money(caseworker, kase, "2026-02-16").<String>at("data.node.money.balance.interest.amount")).isEqualTo("0.00");
        // the case list's snapshot follows at once, in the reminder's transaction
        assertThat((String) http.graphql(caseworker, SNAPSHOT, Map.of("id", kase.id())).at("data.node.openBalance.amount")).isEqualTo("1001.73");
    }

    @Test
    void a_business_debt_bears_interest_from_the_day_after_the_due_date_without_a_reminder() {
        String businesses = world.aClient(caseworker, "BE", "COMMERCIAL", "JURISDICTION_DEFAULT");
        OpenCase kase = world.aCase(caseworker, businesses, debtor, team, new Claim("BE-B", "2026-01-01", "2026-01-15", "1000.00"));

        // 16 Jan – 2 Mar = 46 days at the 2026 H1 commercial rate
        assertThat(interest(kase)).isNotEqualTo("0.00");
    }
}
