package io.vorda.ledger.allocation;

import io.vorda.client.AllocationOrder;
import io.vorda.client.Jurisdiction;
import io.vorda.interest.DayCount;
import io.vorda.interest.InterestBasis;
import io.vorda.interest.InterestCalculator;
import io.vorda.interest.InterestPeriod;
import io.vorda.interest.RateTables;
import io.vorda.interest.StatutoryRate;
import io.vorda.ledger.Component;
import io.vorda.ledger.PaymentId;
import io.vorda.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AllocatorTest {

    private static final InterestCalculator ENGINE = new InterestCalculator(RateTables.shipped());
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final InterestBasis SEVEN_PERCENT_2024 = InterestBasis.statutory(StatutoryRate.NL_STATUTORY);
    private static final AllocationRules NL = AllocationRules.of(Jurisdiction.NL, AllocationOrder.JURISDICTION_DEFAULT);

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static ClaimAccount claim(String invoiceDate, String dueDate, String principal, InterestBasis basis) {
        ClaimAccount account = new ClaimAccount(UUID.randomUUID(), date(invoiceDate), date(dueDate), EUR, basis, DayCount.ACT_365F, ENGINE);
        account.charge(Component.PRINCIPAL, date(invoiceDate), eur(principal));
        return account;
    }

    private static Receipt pay(String valueDate, String amount, UUID... designated) {
        return new Receipt(new PaymentId(UUID.randomUUID()), date(valueDate), eur(amount), List.of(designated));
    }

    private static String applied(Outcome outcome, Receipt receipt, ClaimAccount claim, Component component) {
        return outcome.applied().get(receipt.payment()).stream().filter(a -> a.claim().equals(claim.claim()) && a.component() == component)
                .map(Applied::amount).reduce(eur("0"), Money::plus).amount().toPlainString();
    }

    @Test
    void example_13_settles_costs_interest_and_principal_of_the_oldest_claim_first() {
        ClaimAccount a = claim("2024-01-01", "2024-01-31", "2000.00", SEVEN_PERCENT_2024);
        a.charge(Component.COST, date("2024-03-01"), eur("300.00"));
        ClaimAccount b = claim("2024-03-01", "2024-03-31", "1500.00", SEVEN_PERCENT_2024);
        Receipt payment = pay("2024-10-01", "3000.00");

        Outcome outcome = Allocator.allocate(List.of(b, a), List.of(payment), NL);

        assertThat(applied(outcome, payment, a, Component.COST)).isEqualTo("300.00");
        assertThat(applied(outcome, payment, a, Component.INTEREST)).isEqualTo("93.21");
        assertThat(applied(outcome, payment, a, Component.PRINCIPAL)).isEqualTo("2000.00");
        assertThat(applied(outcome, payment, b, Component.INTEREST)).isEqualTo("52.64");
        assertThat(applied(outcome, payment, b, Component.PRINCIPAL)).isEqualTo("554.15");
        assertThat(outcome.credit().get(payment.payment())).isEqualTo(eur("0.00"));
        assertThat(b.balanceAt(date("2024-10-01")).principal()).isEqualTo(eur("945.85"));
        // interest on B continues from 1 Oct 2024 on 945.85: 945.85 × 7 % × 1/365 = 0.1814
        assertThat(b.balanceAt(date("2024-10-01")).interest()).isEqualTo(eur("0.18"));
        assertThat(a.balanceAt(date("2024-12-31")).open()).isEqualTo(eur("0.00"));
    }

    @ParameterizedTest(name = "{0}: costs {1}, interest {2}, principal {3}")
    @CsvSource({
            "COSTS_INTEREST_PRINCIPAL, 300.00, 93.21, 106.79",
            "INTEREST_COSTS_PRINCIPAL, 300.00, 93.21, 106.79",
            "COSTS_PRINCIPAL_INTEREST, 300.00, 0.00, 200.00",
            "PRINCIPAL_INTEREST_COSTS, 0.00, 0.00, 500.00"})
    void a_partial_payment_follows_the_component_order_in_force(AllocationOrder order, String costs, String interest, String principal) {
        ClaimAccount a = claim("2024-01-01", "2024-01-31", "2000.00", SEVEN_PERCENT_2024);
        a.charge(Component.COST, date("2024-03-01"), eur("300.00"));
        Receipt payment = pay("2024-10-01", "500.00");

        Outcome outcome = Allocator.allocate(List.of(a), List.of(payment), AllocationRules.of(Jurisdiction.DE, order));

        assertThat(applied(outcome, payment, a, Component.COST)).isEqualTo(costs);
        assertThat(applied(outcome, payment, a, Component.INTEREST)).isEqualTo(interest);
        assertThat(applied(outcome, payment, a, Component.PRINCIPAL)).isEqualTo(principal);
    }

    @Test
    void poland_takes_overdue_interest_before_costs_by_default() {
        ClaimAccount a = claim("2024-01-01", "2024-01-31", "2000.00", SEVEN_PERCENT_2024);
        a.charge(Component.COST, date("2024-03-01"), eur("300.00"));
        Receipt payment = pay("2024-10-01", "100.00");

        Outcome outcome = Allocator.allocate(List.of(a), List.of(payment), AllocationRules.of(Jurisdiction.PL, AllocationOrder.JURISDICTION_DEFAULT));

        assertThat(applied(outcome, payment, a, Component.INTEREST)).isEqualTo("93.21");
        assertThat(applied(outcome, payment, a, Component.COST)).isEqualTo("6.79");
    }

    @Test
    void the_debtors_designation_beats_the_statutory_claim_order() {
        ClaimAccount older = claim("2024-01-01", "2024-01-31", "1000.00", SEVEN_PERCENT_2024);
        ClaimAccount newer = claim("2024-03-01", "2024-03-31", "1000.00", SEVEN_PERCENT_2024);
        Receipt payment = pay("2024-04-01", "1000.00", newer.claim());

        Outcome outcome = Allocator.allocate(List.of(older, newer), List.of(payment), NL);

        assertThat(applied(outcome, payment, newer, Component.PRINCIPAL)).isEqualTo("1000.00");
        assertThat(applied(outcome, payment, older, Component.INTEREST)).isEqualTo("0.00");
        assertThat(applied(outcome, payment, older, Component.PRINCIPAL)).isEqualTo("0.00");
    }

    @Test
    void a_due_claim_goes_before_one_not_yet_due_and_the_higher_rate_before_the_older_claim() {
        ClaimAccount notDue = claim("2024-01-01", "2024-12-31", "100.00", SEVEN_PERCENT_2024);
        ClaimAccount cheapOld = claim("2024-01-01", "2024-01-31", "100.00", InterestBasis.annual(new BigDecimal("2")));
        ClaimAccount dearNew = claim("2024-03-01", "2024-03-31", "100.00", InterestBasis.annual(new BigDecimal("12")));

        List<List<ClaimAccount>> order = Allocator.rank(List.of(notDue, cheapOld, dearNew), pay("2024-06-01", "1"),
                ClaimRanking.DUE_BURDENSOME_OLDEST);
        List<List<ClaimAccount>> polish = Allocator.rank(List.of(notDue, cheapOld, dearNew), pay("2024-06-01", "1"),
                ClaimRanking.DUE_OLDEST);

        assertThat(order).containsExactly(List.of(dearNew), List.of(cheapOld), List.of(notDue));
        assertThat(polish).containsExactly(List.of(cheapOld), List.of(dearNew), List.of(notDue));
    }

    @Test
    void equally_ranked_claims_share_a_payment_pro_rata_to_the_cent() {
        ClaimAccount one = claim("2024-01-01", "2024-01-31", "100.00", null);
        ClaimAccount two = claim("2024-01-01", "2024-01-31", "200.00", null);
        Receipt payment = pay("2024-02-01", "100.00");

        Outcome outcome = Allocator.allocate(List.of(one, two), List.of(payment), NL);

        assertThat(applied(outcome, payment, one, Component.PRINCIPAL)).isEqualTo("33.33");
        assertThat(applied(outcome, payment, two, Component.PRINCIPAL)).isEqualTo("66.67");
        assertThat(eur("0.05").proRata(List.of(eur("1.00"), eur("1.00"), eur("1.00"))))
                .containsExactly(eur("0.02"), eur("0.02"), eur("0.01"));
    }

    @Test
    void what_nothing_is_owed_for_becomes_credit() {
        ClaimAccount a = claim("2024-01-01", "2024-01-31", "100.00", null);
        Receipt payment = pay("2024-02-01", "130.00");

        Outcome outcome = Allocator.allocate(List.of(a), List.of(payment), NL);

        assertThat(outcome.credit().get(payment.payment())).isEqualTo(eur("30.00"));
        assertThat(outcome.applied().get(payment.payment())).extracting(Applied::amount).containsExactly(eur("100.00"));
    }

    @Test
    void interest_stops_on_the_paid_part_of_the_principal_from_the_value_date() {
        ClaimAccount a = claim("2024-01-01", "2024-01-31", "1000.00", InterestBasis.annual(new BigDecimal("10")));
        Allocator.allocate(List.of(a), List.of(pay("2024-03-01", "500.00")), AllocationRules.of(Jurisdiction.DE, AllocationOrder.PRINCIPAL_INTEREST_COSTS));

        // 1–29 Feb on 1000 (29 days) and 1–31 Mar on 500 (31 days), each line rounded: 7.95 + 4.25
        assertThat(a.interestTo(date("2024-03-31")).periods()).extracting(InterestPeriod::interest)
                .containsExactly(eur("7.95"), eur("4.25"));
    }

    @Test
    void nl_interest_paid_inside_a_year_is_not_capitalised_on_the_anniversary() {
        ClaimAccount a = claim("2023-08-01", "2023-08-31", "10000.00", SEVEN_PERCENT_2024);
        // pays the interest accrued to 29 Feb 2024 (6 % for 122 days + 7 % for 60 days = 200.55 + 115.07), no principal
        Allocator.allocate(List.of(a), List.of(pay("2024-03-01", "315.62")), NL);

        List<InterestPeriod> lines = a.interestTo(date("2024-12-31")).periods();
        InterestPeriod afterAnniversary = lines.get(lines.size() - 1);
        // the year to 31 Aug 2024 earned 200.55 + 467.95 = 668.50; 315.62 of it was paid, so 352.88 joins the base
        assertThat(afterAnniversary.firstDate()).isEqualTo(date("2024-09-01"));
        assertThat(afterAnniversary.base()).isEqualTo(eur("10352.88"));
        assertThat(a.balanceAt(date("2024-12-31")).interest()).isEqualTo(eur("668.50").minus(eur("315.62"))
                .plus(afterAnniversary.interest()));
    }

    @Test
    void nl_interest_paid_after_the_anniversary_lowers_the_base_from_the_value_date() {
        ClaimAccount a = claim("2023-08-01", "2023-08-31", "10000.00", SEVEN_PERCENT_2024);
        Allocator.allocate(List.of(a), List.of(pay("2024-09-01", "668.50")), NL);

        List<InterestPeriod> lines = new ArrayList<>(a.interestTo(date("2024-12-31")).periods());

        assertThat(lines.get(lines.size() - 1).base()).isEqualTo(eur("10000.00"));
        assertThat(a.balanceAt(date("2024-12-31")).principal()).isEqualTo(eur("10000.00"));
    }
}
