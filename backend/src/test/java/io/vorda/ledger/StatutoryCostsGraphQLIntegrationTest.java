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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statutory collection costs on a case through the GraphQL API on a real database (today is 2 March 2026): the 14-day
 * letter recorded on the case, the cost scale's answer, and charging it on the ledger once.
 */
@MicronautTest(transactional = false)
class StatutoryCostsGraphQLIntegrationTest implements DatabaseTest {

    private static final String COSTS = """
            query($id: ID!) { caseStatutoryCosts(caseId: $id) { assessedOn total { amount currency } isChargeable chargeableFrom isCharged
              costs { claim { invoiceNumber } amount { amount } rule citation cappedBy chargeableFrom isChargeable
                      lines { description amount { amount } rule } explanation } } }""";
    private static final String CHARGE = """
            mutation($id: ID!) { caseStatutoryCostsCharge(input: {caseId: $id}) {
              statutoryCosts { total { amount } isCharged costs { amount { amount } } } userErrors { code field message } } }""";
    private static final String REMIND = """
            mutation($input: CaseReminderRecordInput!) { caseReminderRecord(input: $input) {
              case { reminders { kind sentOn receivedOn channel recordedBy } timeline { kind after detail } } userErrors { code field message } } }""";

    @Inject TestHttp http;
    @Inject MoneyWorld world;

    private TeamView team;
    private String caseworker;
    private String nlConsumers;
    private String nlBusinesses;
    private String debtor;

    @BeforeAll
    void world() {
        team = world.aTeam("Costs");
        caseworker = world.signIn(Role.CASEWORKER, team);
        nlConsumers = world.aClient(caseworker, "NL", "CONSUMER", "JURISDICTION_DEFAULT");
        nlBusinesses = world.aClient(caseworker, "NL", "COMMERCIAL", "JURISDICTION_DEFAULT");
        debtor = world.aDebtor(caseworker);
    }

    private OpenCase twoConsumerClaims() {
        return world.aCase(caseworker, nlConsumers, debtor, team, new Claim("A", "2025-12-01", "2025-12-31", "2000.00"),
                new Claim("B", "2026-01-01", "2026-01-15", "1500.00"));
    }

    private Reply costs(String token, OpenCase kase) {
        return http.graphql(token, COSTS, Map.of("id", kase.id()));
    }

    private Reply charge(String token, OpenCase kase) {
        return http.graphql(token, CHARGE, Map.of("id", kase.id()));
    }

    private Reply remind(String token, OpenCase kase, String kind, String sentOn, String receivedOn) {
        Map<String, Object> input = new HashMap<>(Map.of("caseId", kase.id(), "kind", kind, "sentOn", sentOn, "channel", "POST"));
        input.put("receivedOn", receivedOn);
        return http.graphql(token, REMIND, Map.of("input", input));
    }

    private static String code(Reply reply, String mutation) {
        return reply.at("data." + mutation + ".userErrors.0.code");
    }

    @Test
    void nl_consumer_bik_on_the_sum_of_the_principals_is_charged_once_only_after_the_letters_term() {
        OpenCase kase = twoConsumerClaims();

        Reply noLetter = costs(caseworker, kase);
        assertThat((Object) noLetter.at("errors")).as(noLetter.body()).isNull();
        // money-rules §1.4: BIK on 3,500.00 = 15 % of 2,500 + 10 % of 1,000 = 475.00, charged on the oldest claim
        assertThat((String) noLetter.at("data.caseStatutoryCosts.total.amount")).isEqualTo("475.00");
        assertThat((String) noLetter.at("data.caseStatutoryCosts.costs.0.claim.invoiceNumber")).isEqualTo("A");
        assertThat((String) noLetter.at("data.caseStatutoryCosts.costs.0.rule")).startsWith("NL_BIK");
        assertThat((String) noLetter.at("data.caseStatutoryCosts.costs.0.citation")).contains("Besluit");
        assertThat((List<?>) noLetter.at("data.caseStatutoryCosts.costs.0.explanation")).isNotEmpty();
        assertThat((Boolean) noLetter.at("data.caseStatutoryCosts.isChargeable")).isFalse();
        assertThat((Object) noLetter.at("data.caseStatutoryCosts.chargeableFrom")).isNull();
        assertThat(code(charge(caseworker, kase), "caseStatutoryCostsCharge")).isEqualTo("COSTS_NOT_CHARGEABLE");

        // received 23 Feb: the 14 days run 24 Feb – 9 Mar, so today (2 Mar) is too early
        Reply recent = remind(caseworker, kase, "NL_FOURTEEN_DAY_LETTER", "2026-02-20", "2026-02-23");
        assertThat((List<?>) recent.at("data.caseReminderRecord.userErrors")).as(recent.body()).isEmpty();
        Reply running = costs(caseworker, kase);
        assertThat((String) running.at("data.caseStatutoryCosts.chargeableFrom")).isEqualTo("2026-03-10");
        assertThat((Boolean) running.at("data.caseStatutoryCosts.isChargeable")).isFalse();
        Reply tooEarly = charge(caseworker, kase);
        assertThat(code(tooEarly, "caseStatutoryCostsCharge")).isEqualTo("COSTS_NOT_CHARGEABLE");
        assertThat((String) tooEarly.at("data.caseStatutoryCostsCharge.userErrors.0.message")).contains("2026-03-10");
        assertThat((String) world.money(caseworker, kase, null).at("data.node.money.balance.costs.amount")).isEqualTo("0.00");

        // received 1 Feb: the term ends on Sunday 15 Feb, moves to Monday 16 Feb; chargeable from the 17th
        Reply earlier = remind(caseworker, kase, "NL_FOURTEEN_DAY_LETTER", "2026-01-30", "2026-02-01");
        assertThat((List<Map<String, Object>>) earlier.at("data.caseReminderRecord.case.reminders")).hasSize(2);
        assertThat((List<Map<String, Object>>) earlier.at("data.caseReminderRecord.case.timeline"))
                .anySatisfy(e -> assertThat(e).containsEntry("kind", "REMINDER_RECORDED").containsEntry("after", "NL_FOURTEEN_DAY_LETTER")
                        .containsEntry("detail", "sent 2026-01-30, received 2026-02-01 by post"));
        Reply due = costs(caseworker, kase);
        assertThat((String) due.at("data.caseStatutoryCosts.chargeableFrom")).isEqualTo("2026-02-17");
        assertThat((Boolean) due.at("data.caseStatutoryCosts.isChargeable")).isTrue();
        assertThat((Boolean) due.at("data.caseStatutoryCosts.isCharged")).isFalse();

        Reply charged = charge(caseworker, kase);
        assertThat((List<?>) charged.at("data.caseStatutoryCostsCharge.userErrors")).as(charged.body()).isEmpty();
        assertThat((Boolean) charged.at("data.caseStatutoryCostsCharge.statutoryCosts.isCharged")).isTrue();
        Reply again = charge(caseworker, kase);
        assertThat(code(again, "caseStatutoryCostsCharge")).isEqualTo("COSTS_ALREADY_CHARGED");

        Reply money = world.money(caseworker, kase, null);
        assertThat((String) money.at("data.node.money.balance.costs.amount")).isEqualTo("475.00");
        assertThat((List<Map<String, Object>>) money.at("data.node.money.postings")).filteredOn(p -> "COST".equals(p.get("kind")))
                .singleElement().satisfies(p -> {
                    assertThat(p.get("valueDate")).isEqualTo("2026-02-17");
                    assertThat((String) p.get("explanation")).startsWith("Statutory collection costs: NL_BIK");
                    assertThat(((Map<?, ?>) p.get("claim")).get("invoiceNumber")).isEqualTo("A");
                });
        assertThat((Boolean) costs(caseworker, kase).at("data.caseStatutoryCosts.isCharged")).isTrue();
    }

    @Test
    void nl_business_costs_are_at_least_the_40_euro_floor_from_the_day_after_the_due_date() {
        OpenCase scale = world.aCase(caseworker, nlBusinesses, debtor, team, new Claim("F1", "2026-01-01", "2026-01-31", "100.00"));
        OpenCase clause = world.aCase(caseworker, world.aClient(caseworker, "NL",
                Map.of("interestBasis", "STATUTORY", "transactionType", "COMMERCIAL", "penaltyClausePercent", "5")), debtor, team,
                new Claim("F2", "2026-01-01", "2026-01-31", "200.00"));

        Reply assessed = costs(caseworker, scale);
        Reply floored = costs(caseworker, clause);

        // no costs agreed: the BIK benchmark on 100.00 is its own €40 minimum
        assertThat((String) assessed.at("data.caseStatutoryCosts.total.amount")).as(assessed.body()).isEqualTo("40.00");
        assertThat((String) assessed.at("data.caseStatutoryCosts.costs.0.rule")).isEqualTo("NL_BIK_MINIMUM");
        assertThat((String) assessed.at("data.caseStatutoryCosts.chargeableFrom")).isEqualTo("2026-02-01");
        assertThat((Boolean) assessed.at("data.caseStatutoryCosts.isChargeable")).isTrue();
        // a 5 % clause on 200.00 asks 10.00: the €40 of art. 6:96(4) BW is the floor
        assertThat((String) floored.at("data.caseStatutoryCosts.total.amount")).as(floored.body()).isEqualTo("40.00");
        assertThat((String) floored.at("data.caseStatutoryCosts.costs.0.rule")).isEqualTo("NL_COMMERCIAL_MINIMUM");
        assertThat((String) floored.at("data.caseStatutoryCosts.costs.0.citation")).isEqualTo("art. 6:96(4) BW");
        Reply charged = charge(caseworker, clause);
        assertThat((List<?>) charged.at("data.caseStatutoryCostsCharge.userErrors")).as(charged.body()).isEmpty();
        assertThat((String) world.money(caseworker, clause, null).at("data.node.money.balance.costs.amount")).isEqualTo("40.00");
    }

    @Test
    void a_polish_compensation_without_an_entered_exchange_rate_is_refused_with_the_day_it_needs() {
        String plBusinesses = world.aClient(caseworker, "PL", "COMMERCIAL", "JURISDICTION_DEFAULT");
        OpenCase kase = world.aCase(caseworker, plBusinesses, debtor, team, new Claim("P1", "2026-01-01", "2026-01-31", "1000.00"));

        Reply assessed = costs(caseworker, kase);
        Reply charged = charge(caseworker, kase);

        assertThat((String) assessed.at("errors.0.extensions.code")).as(assessed.body()).isEqualTo("EXCHANGE_RATE_UNKNOWN");
        assertThat(code(charged, "caseStatutoryCostsCharge")).as(charged.body()).isEqualTo("EXCHANGE_RATE_UNKNOWN");
        assertThat((String) charged.at("data.caseStatutoryCostsCharge.userErrors.0.message")).contains("2025-12-31");
    }

    @Test
    void a_reminder_cannot_be_received_before_it_was_sent_nor_dated_after_today() {
        OpenCase kase = twoConsumerClaims();

        Reply before = remind(caseworker, kase, "NL_FOURTEEN_DAY_LETTER", "2026-02-10", "2026-02-09");
        Reply sentLater = remind(caseworker, kase, "BE_FIRST_REMINDER", "2026-03-03", null);
        Reply receivedLater = remind(caseworker, kase, "NL_FOURTEEN_DAY_LETTER", "2026-03-01", "2026-03-03");
        Reply unknownReceipt = remind(caseworker, kase, "NL_FOURTEEN_DAY_LETTER", "2026-03-01", null);

        assertThat(code(before, "caseReminderRecord")).as(before.body()).isEqualTo("INVALID_REMINDER");
        assertThat((List<String>) before.at("data.caseReminderRecord.userErrors.0.field")).containsExactly("input", "receivedOn");
        assertThat(code(sentLater, "caseReminderRecord")).isEqualTo("DATE_IN_FUTURE");
        assertThat((List<String>) sentLater.at("data.caseReminderRecord.userErrors.0.field")).containsExactly("input", "sentOn");
        assertThat(code(receivedLater, "caseReminderRecord")).isEqualTo("DATE_IN_FUTURE");
        assertThat((List<String>) receivedLater.at("data.caseReminderRecord.userErrors.0.field")).containsExactly("input", "receivedOn");
        assertThat(code(unknownReceipt, "caseReminderRecord")).isEqualTo("REQUIRED");
        Reply reminders = http.graphql(caseworker, "query($id: ID!) { node(id: $id) { ... on Case { reminders { kind } } } }", Map.of("id", kase.id()));
        assertThat((List<?>) reminders.at("data.node.reminders")).isEmpty();
    }

    @Test
    void field_agents_may_see_the_costs_but_not_charge_them_nor_record_reminders_and_client_users_get_nothing() {
        OpenCase kase = twoConsumerClaims();
        String fieldAgent = world.signIn(Role.FIELD_AGENT, team);
        String clientUser = world.signIn(Role.CLIENT_USER, team);

        assertThat((String) costs(fieldAgent, kase).at("data.caseStatutoryCosts.total.amount")).isEqualTo("475.00");
        assertThat(code(charge(fieldAgent, kase), "caseStatutoryCostsCharge")).isEqualTo("PERMISSION_DENIED");
        assertThat(code(remind(fieldAgent, kase, "NL_FOURTEEN_DAY_LETTER", "2026-01-30", "2026-02-01"), "caseReminderRecord"))
                .isEqualTo("PERMISSION_DENIED");
        Reply seen = costs(clientUser, kase);
        assertThat((Object) seen.at("data.caseStatutoryCosts")).isNull();
        assertThat((String) seen.at("errors.0.extensions.code")).isEqualTo("PERMISSION_DENIED");
        assertThat(code(charge(clientUser, kase), "caseStatutoryCostsCharge")).isEqualTo("PERMISSION_DENIED");
        assertThat(code(remind(clientUser, kase, "NL_FOURTEEN_DAY_LETTER", "2026-01-30", "2026-02-01"), "caseReminderRecord"))
                .isEqualTo("PERMISSION_DENIED");
        assertThat((String) world.money(caseworker, kase, null).at("data.node.money.balance.costs.amount")).isEqualTo("0.00");
    }
}
