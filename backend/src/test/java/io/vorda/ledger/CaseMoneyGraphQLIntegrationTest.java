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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The money rules' worked examples and the ledger's properties, through the public GraphQL API on a real database. */
@MicronautTest(transactional = false)
class CaseMoneyGraphQLIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;
    @Inject MoneyWorld world;

    private TeamView team;
    private String caseworker;
    private String supervisor;
    private String nlConsumers;
    private String deBusinesses;
    private String debtor;

    @BeforeAll
    void world() {
        team = world.aTeam("Money");
        caseworker = world.signIn(Role.CASEWORKER, team);
        supervisor = world.signIn(Role.SUPERVISOR, team);
        nlConsumers = world.aClient(caseworker, "NL", "CONSUMER", "JURISDICTION_DEFAULT");
        deBusinesses = world.aClient(caseworker, "DE", "COMMERCIAL", "JURISDICTION_DEFAULT");
        debtor = world.aDebtor(caseworker);
    }

    private OpenCase example13() {
        OpenCase kase = world.aCase(caseworker, nlConsumers, debtor, team, new Claim("A", "2024-01-01", "2024-01-31", "2000.00"),
                new Claim("B", "2024-03-01", "2024-03-31", "1500.00"));
        // the 14-day letter period on A has expired: BIK 15 % × 2,000 (money-rules §6 example 13)
        world.chargeCost(kase, "A", "300.00", "2024-03-15", "BIK (art. 2 Besluit): 15 % of 2,000.00");
        return kase;
    }

    private static String amount(Reply reply, String path) {
        return reply.at(path + ".amount");
    }

    private static List<Map<String, Object>> allocations(Reply payment) {
        return payment.at("data.paymentRegister.payment.parts.0.applied.allocations");
    }

    private static String allocated(List<Map<String, Object>> allocations, String invoice, String component) {
        return allocations.stream().filter(a -> invoice.equals(((Map<?, ?>) a.get("claim")).get("invoiceNumber")) && component.equals(a.get("component")))
                .map(a -> new BigDecimal((String) ((Map<?, ?>) a.get("amount")).get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString();
    }

    @Test
    void example_13_a_partial_payment_settles_costs_interest_principal_of_the_oldest_claim_first() {
        OpenCase kase = example13();

        Reply payment = world.pay(caseworker, kase, "3000.00", "2024-10-01");

        List<Map<String, Object>> allocations = allocations(payment);
        assertThat(allocated(allocations, "A", "COST")).isEqualTo("300.00");
        assertThat(allocated(allocations, "A", "INTEREST")).isEqualTo("93.21");
        assertThat(allocated(allocations, "A", "PRINCIPAL")).isEqualTo("2000.00");
        assertThat(allocated(allocations, "B", "COST")).isEqualTo("0");
        assertThat(allocated(allocations, "B", "INTEREST")).isEqualTo("52.64");
        assertThat(allocated(allocations, "B", "PRINCIPAL")).isEqualTo("554.15");
        assertThat(amount(payment, "data.paymentRegister.payment.parts.0.applied.credit")).isEqualTo("0.00");

        Reply dayBefore = world.money(caseworker, kase, "2024-09-30");
        assertThat(amount(dayBefore, "data.node.money.claims.0.balance.interest")).isEqualTo("93.21");
        assertThat(amount(dayBefore, "data.node.money.claims.1.balance.interest")).isEqualTo("52.64");
        assertThat(amount(dayBefore, "data.node.money.balance.open")).isEqualTo("3945.85");
        Reply onTheDay = world.money(caseworker, kase, "2024-10-01");
        assertThat(amount(onTheDay, "data.node.money.claims.0.balance.open")).isEqualTo("0.00");
        assertThat(amount(onTheDay, "data.node.money.claims.1.balance.principal")).isEqualTo("945.85");
        // interest on B continues from 1 Oct 2024 on 945.85: 945.85 × 7 % / 365 = 0.1814
        assertThat(amount(onTheDay, "data.node.money.claims.1.balance.interest")).isEqualTo("0.18");
        assertThat(amount(onTheDay, "data.node.money.balance.paid")).isEqualTo("3000.00");
        assertThat((String) onTheDay.at("data.node.money.claims.0.charges.0.explanation")).startsWith("BIK");
        assertThat((String) onTheDay.at("data.node.money.claims.1.interestRule")).isEqualTo("NL_STATUTORY, capitalised yearly");
    }

    @Test
    void example_1_nl_consumer_interest_across_a_rate_change_and_a_capitalisation_is_918_11() {
        OpenCase kase = world.aCase(caseworker, nlConsumers, debtor, team, new Claim("E1", "2023-08-01", "2023-08-31", "10000.00"));

        Reply money = world.money(caseworker, kase, "2024-12-31");

        assertThat(amount(money, "data.node.money.balance.interest")).isEqualTo("918.11");
        assertThat(amount(money, "data.node.money.balance.open")).isEqualTo("10918.11");
        List<Map<String, Object>> lines = money.at("data.node.money.claims.0.interestPeriods");
        assertThat(lines).extracting(l -> (Object) ((Map<?, ?>) l.get("interest")).get("amount")).containsExactly("200.55", "467.95", "249.61");
        assertThat(lines).extracting(l -> (Object) ((Map<?, ?>) l.get("base")).get("amount")).containsExactly("10000.00", "10000.00", "10668.50");
        assertThat(lines).extracting(l -> l.get("days")).containsExactly(122, 244, 122);
        assertThat(((Map<?, ?>) lines.get(1).get("capitalisedAfter")).get("amount")).isEqualTo("668.50");
    }

    @Test
    void example_9_german_b2b_interest_over_a_half_year_boundary_is_2077_59() {
        OpenCase kase = world.aCase(caseworker, deBusinesses, debtor, team, new Claim("E9", "2024-05-01", "2024-05-31", "50000.00"));

        Reply money = world.money(caseworker, kase, "2024-09-30");

        assertThat(amount(money, "data.node.money.balance.interest")).isEqualTo("2077.59");
        assertThat((List<Map<String, Object>>) money.at("data.node.money.claims.0.interestPeriods"))
                .extracting(l -> ((Map<?, ?>) l.get("interest")).get("amount"), l -> l.get("annualRatePercent"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("518.63", "12.62"), org.assertj.core.groups.Tuple.tuple("1558.96", "12.37"));
        assertThat((String) money.at("data.node.money.claims.0.interestRule")).isEqualTo("DE_DEFAULT_COMMERCIAL");
    }

    @Test
    void an_overpayment_becomes_visible_credit_on_the_case() {
        OpenCase kase = world.aCase(caseworker, nlConsumers, debtor, team, new Claim("O1", "2025-01-01", "2025-01-31", "100.00"));

        Reply payment = world.pay(caseworker, kase, "150.00", "2025-02-01");
        Reply money = world.money(caseworker, kase, "2025-02-01");

        // nothing bears interest yet on the due date's next day: 100.00 settles the principal, 50.00 is left over
        assertThat(amount(payment, "data.paymentRegister.payment.parts.0.applied.credit")).isEqualTo("50.00");
        assertThat(allocated(allocations(payment), "O1", "PRINCIPAL")).isEqualTo("100.00");
        assertThat(amount(money, "data.node.money.balance.credit")).isEqualTo("50.00");
        assertThat(amount(money, "data.node.money.balance.paid")).isEqualTo("150.00");
        assertThat(amount(money, "data.node.money.balance.open")).isEqualTo("0.00");
        assertThat((List<Map<String, Object>>) money.at("data.node.money.postings")).extracting(p -> p.get("kind")).contains("CREDIT");
    }

    @Test
    void a_back_dated_payment_re_allocates_the_later_ones_as_if_registered_in_date_order() {
        Claim one = new Claim("R1", "2024-01-01", "2024-01-31", "1000.00");
        Claim two = new Claim("R2", "2024-02-01", "2024-02-29", "1000.00");
        OpenCase lateFirst = world.aCase(caseworker, nlConsumers, debtor, team, one, two);
        OpenCase inOrder = world.aCase(caseworker, nlConsumers, debtor, team, one, two);

        world.pay(caseworker, lateFirst, "700.00", "2024-09-01");
        world.pay(caseworker, lateFirst, "900.00", "2024-04-01");
        world.pay(caseworker, inOrder, "900.00", "2024-04-01");
        world.pay(caseworker, inOrder, "700.00", "2024-09-01");

        Reply reallocated = world.money(caseworker, lateFirst, "2024-12-31");
        Reply straight = world.money(caseworker, inOrder, "2024-12-31");
        assertThat(allocationsByPayment(reallocated)).isEqualTo(allocationsByPayment(straight));
        assertThat((Object) reallocated.at("data.node.money.balance")).isEqualTo(straight.at("data.node.money.balance"));
        assertThat((List<Map<String, Object>>) reallocated.at("data.node.money.postings")).extracting(p -> p.get("kind")).contains("REVERSAL");
        assertThat((List<Map<String, Object>>) straight.at("data.node.money.postings")).extracting(p -> p.get("kind")).doesNotContain("REVERSAL");
    }

    private static List<Object> allocationsByPayment(Reply money) {
        List<Map<String, Object>> payments = money.at("data.node.money.payments");
        return payments.stream().map(p -> (Object) List.of(p.get("valueDate"), p.get("allocations"), p.get("credit"))).toList();
    }

    @Test
    void reversing_a_payment_restores_the_earlier_balance_exactly_on_every_day() {
        OpenCase kase = example13();
        world.pay(caseworker, kase, "250.00", "2024-06-01");
        List<String> days = List.of("2024-05-31", "2024-06-01", "2024-08-15", "2024-10-01", "2025-06-30");
        List<Object> before = days.stream().map(d -> (Object) world.money(caseworker, kase, d).at("data.node.money.claims")).toList();

        String id = world.pay(caseworker, kase, "1234.56", "2024-07-01").at("data.paymentRegister.payment.id");
        Reply reversed = http.graphql(supervisor, "mutation($id: ID!) { paymentReverse(input: {paymentId: $id, reason: \"bounced\"}) { payment { reversal { reason reversedBy } } userErrors { code field } } }",
                Map.of("id", id));

        assertThat((String) reversed.at("data.paymentReverse.payment.reversal.reason")).as(reversed.body()).isEqualTo("bounced");
        List<Object> after = days.stream().map(d -> (Object) world.money(caseworker, kase, d).at("data.node.money.claims")).toList();
        assertThat(after).isEqualTo(before);
        Reply money = world.money(caseworker, kase, "2025-06-30");
        assertThat((List<Map<String, Object>>) money.at("data.node.money.payments")).filteredOn(p -> Boolean.TRUE.equals(p.get("isReversed")))
                .singleElement().satisfies(p -> assertThat((List<?>) p.get("allocations")).isEmpty());
        Reply again = http.graphql(supervisor, "mutation($id: ID!) { paymentReverse(input: {paymentId: $id, reason: \"twice\"}) { userErrors { code field } } }",
                Map.of("id", id));
        assertThat((String) again.at("data.paymentReverse.userErrors.0.code")).isEqualTo("PAYMENT_ALREADY_REVERSED");
    }

    @Test
    void the_balance_on_a_day_does_not_change_when_later_postings_are_added() {
        OpenCase kase = example13();
        world.pay(caseworker, kase, "500.00", "2024-05-01");
        Object before = world.money(caseworker, kase, "2024-06-30").at("data.node.money");

        world.pay(caseworker, kase, "800.00", "2024-07-01");
        world.chargeCost(kase, "B", "225.00", "2024-08-01", "BIK (art. 2 Besluit): 15 % of 1,500.00");
        world.pay(caseworker, kase, "50.00", "2024-12-01");

        assertThat((Object) world.money(caseworker, kase, "2024-06-30").at("data.node.money")).isEqualTo(before);
        Object dayBefore = world.money(caseworker, kase, "2024-06-29").at("data.node.money.balance");
        world.pay(caseworker, kase, "100.00", "2024-06-30");
        assertThat((Object) world.money(caseworker, kase, "2024-06-29").at("data.node.money.balance")).isEqualTo(dayBefore);
    }

    @Test
    void allocations_always_add_up_to_the_payment_and_no_open_component_ever_goes_negative() {
        Random random = new Random(20240611);
        OpenCase kase = world.aCase(caseworker, nlConsumers, debtor, team, new Claim("P1", "2024-01-10", "2024-02-09", "812.40"),
                new Claim("P2", "2024-02-01", "2024-03-02", "1290.00"), new Claim("P3", "2024-02-01", "2024-03-02", "433.33"));
        world.chargeCost(kase, "P2", "193.50", "2024-04-01", "BIK (art. 2 Besluit): 15 % of 1,290.00");
        List<String> valueDates = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = LocalDate.of(2024, 2, 1).plusDays(random.nextInt(400));
            String paid = BigDecimal.valueOf(1 + random.nextInt(90_000), 2).toPlainString();
            valueDates.add(day.toString());
            world.pay(caseworker, kase, paid, day.toString(), i % 3 == 0 ? new String[] {"P3"} : new String[0]);
        }

        Reply money = world.money(caseworker, kase, "2025-12-31");
        List<Map<String, Object>> payments = money.at("data.node.money.payments");
        assertThat(payments).hasSize(7).allSatisfy(p -> {
            BigDecimal allocated = ((List<Map<String, Object>>) p.get("allocations")).stream()
                    .map(a -> new BigDecimal((String) ((Map<?, ?>) a.get("amount")).get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal credit = new BigDecimal((String) ((Map<?, ?>) p.get("credit")).get("amount"));
            assertThat(allocated.add(credit)).isEqualByComparingTo(new BigDecimal((String) ((Map<?, ?>) p.get("amount")).get("amount")));
        });
        for (String day : valueDates) {
            for (String shifted : List.of(day, LocalDate.parse(day).minusDays(1).toString(), LocalDate.parse(day).plusDays(45).toString())) {
                Reply onDay = world.money(caseworker, kase, shifted);
                List<Map<String, Object>> claims = onDay.at("data.node.money.claims");
                assertThat(claims).as(shifted).allSatisfy(c -> {
                    Map<?, ?> balance = (Map<?, ?>) c.get("balance");
                    for (String component : List.of("principal", "interest", "costs")) {
                        assertThat(new BigDecimal((String) ((Map<?, ?>) balance.get(component)).get("amount"))).as(shifted + " " + component).isNotNegative();
                    }
                });
            }
        }
    }

    @Test
    void a_designated_claim_is_paid_before_the_statutory_order() {
        OpenCase kase = example13();

        Reply payment = world.pay(caseworker, kase, "1000.00", "2024-10-01", "B");

        assertThat(allocated(allocations(payment), "B", "INTEREST")).isEqualTo("52.64");
        assertThat(allocated(allocations(payment), "B", "PRINCIPAL")).isEqualTo("947.36");
        assertThat(allocated(allocations(payment), "A", "COST")).isEqualTo("0");
    }

    @Test
    void a_client_who_chose_another_order_gets_it() {
        String principalFirst = world.aClient(caseworker, "NL", "CONSUMER", "PRINCIPAL_INTEREST_COSTS");
        OpenCase kase = world.aCase(caseworker, principalFirst, debtor, team, new Claim("C1", "2024-01-01", "2024-01-31", "2000.00"));
        world.chargeCost(kase, "C1", "300.00", "2024-03-15", "BIK");

        Reply payment = world.pay(caseworker, kase, "500.00", "2024-10-01");

        assertThat(allocated(allocations(payment), "C1", "PRINCIPAL")).isEqualTo("500.00");
        assertThat(amount(world.money(caseworker, kase, "2024-10-01"), "data.node.money.balance.principal")).isEqualTo("1500.00");
    }

    @Test
    void the_case_list_sorts_and_filters_by_open_balance_from_the_snapshot() {
        TeamView own = world.aTeam("Balances");
        String worker = world.signIn(Role.CASEWORKER, own);
        OpenCase small = world.aCase(worker, nlConsumers, debtor, own, new Claim("S", "2026-02-01", "2026-03-01", "10.00"));
        OpenCase large = world.aCase(worker, nlConsumers, debtor, own, new Claim("L", "2026-02-01", "2026-03-01", "900.00"));
        OpenCase paid = world.aCase(worker, nlConsumers, debtor, own, new Claim("P", "2026-02-01", "2026-03-01", "500.00"));
        world.pay(worker, paid, "300.00", "2026-03-02");
        String list = "query($f: CaseFilter, $after: String) { cases(first: 2, after: $after, filter: $f, orderBy: {field: OPEN_BALANCE, direction: DESC}) "
                + "{ totalCount pageInfo { endCursor } nodes { id openBalance { amount } } } }";
        Map<String, Object> mine = Map.of("mine", true);

        Reply first = http.graphql(worker, list, Map.of("f", mine));
        String cursor = first.at("data.cases.pageInfo.endCursor");
        Reply second = http.graphql(worker, list, Map.of("f", mine, "after", cursor));
        Reply between = http.graphql(worker, list, Map.of("f", Map.of("mine", true, "openBalanceFrom", "100", "openBalanceTo", "500")));

        assertThat((List<Map<String, Object>>) first.at("data.cases.nodes")).as(first.body()).extracting(c -> c.get("id"))
                .containsExactly(large.id(), paid.id());
        // 2 March 2026 is the first interest day: one day at 4 % on 900.00 = 0.10, on 200.00 = 0.02
        assertThat((List<Map<String, Object>>) first.at("data.cases.nodes")).extracting(c -> (Object) ((Map<?, ?>) c.get("openBalance")).get("amount"))
                .containsExactly("900.10", "200.02");
        assertThat((List<Map<String, Object>>) second.at("data.cases.nodes")).extracting(c -> c.get("id")).containsExactly(small.id());
        assertThat((Integer) between.at("data.cases.totalCount")).isEqualTo(1);
        assertThat((String) between.at("data.cases.nodes.0.id")).isEqualTo(paid.id());
    }
}
