package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** NL: money-rules §1.4–1.6 and worked examples 3–7. */
class DutchCostsTest {

    private static final CostScales SCALES = new CostScales();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Good Friday and Easter Monday 2026 (money-rules §5.6), besides weekends. */
    private static final WorkingDays NL_DAYS = WorkingDays.mondayToFridayExcept(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
    private static final AgreedCosts NOTHING_AGREED = AgreedCosts.none(CostAssessment.EUR);
    private static final FourteenDayLetter EXPIRED_LETTER = new FourteenDayLetter(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7));

    private static UnpaidClaim claim(String principal) {
        return new UnpaidClaim(Money.of(principal, "EUR"), LocalDate.of(2025, 12, 1));
    }

    private static CollectionCost consumer(List<UnpaidClaim> claims, AgreedCosts agreed, VatOnCosts vat, FourteenDayLetter letter, LocalDate today) {
        return SCALES.dutchConsumer(claims, agreed, vat, letter, NL_DAYS, today);
    }

    @ParameterizedTest(name = "example {0}: BIK on {1} is {2}, with VAT {3}")
    @CsvSource({
            "3, 250.00, 40.00, 48.40",
            "4, 2500.00, 375.00, 453.75",
            "5, 5000.00, 625.00, 756.25",
            "6, 12345.67, 898.46, 1087.14",
            "7, 300000.00, 3275.00, 3962.75"})
    void bik_reproduces_worked_examples_3_to_7_with_and_without_vat(int example, String principal, String bik, String withVat) {
        CollectionCost without = consumer(List.of(claim(principal)), NOTHING_AGREED, VatOnCosts.NOT_ADDED, EXPIRED_LETTER, TODAY);
        CollectionCost with = consumer(List.of(claim(principal)), NOTHING_AGREED, VatOnCosts.ADDED_CREDITOR_CANNOT_DEDUCT, EXPIRED_LETTER, TODAY);

        assertThat(without.amount()).isEqualTo(Money.of(bik, "EUR"));
        assertThat(with.amount()).isEqualTo(Money.of(withVat, "EUR"));
        assertThat(with.lines()).extracting(CollectionCost.Line::rule).endsWith(CostRule.NL_BIK_VAT);
        assertThat(without.isChargeable()).isTrue();
    }

    @Test
    void the_minimum_of_40_is_the_rule_that_sets_a_small_bik() {
        CollectionCost cost = consumer(List.of(claim("250.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, EXPIRED_LETTER, TODAY);

        assertThat(cost.rule()).isEqualTo(CostRule.NL_BIK_MINIMUM);
        assertThat(cost.legalSource()).contains("art. 2(2)");
        assertThat(cost.cappedBy()).isNull();
        assertThat(cost.explanation()).anyMatch(s -> s.contains("37.50") && s.contains("15 % of 250.00"));
    }

    @Test
    void the_bik_is_capped_at_6775_above_a_principal_of_one_million() {
        CollectionCost atMillion = consumer(List.of(claim("1000000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, EXPIRED_LETTER, TODAY);
        CollectionCost above = consumer(List.of(claim("1500000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, EXPIRED_LETTER, TODAY);

        assertThat(atMillion.amount()).isEqualTo(Money.of("6775.00", "EUR"));
        assertThat(atMillion.cappedBy()).isNull();
        assertThat(above.amount()).isEqualTo(Money.of("6775.00", "EUR"));
        assertThat(above.cappedBy()).isEqualTo(CostRule.NL_BIK_MAXIMUM);
        assertThat(above.explanation()).anyMatch(s -> s.contains("9275.00")).anyMatch(s -> s.contains("maximum"));
    }

    @Test
    void several_claims_of_one_consumer_are_charged_on_the_sum_of_their_principals() {
        CollectionCost cost = consumer(List.of(claim("2000.00"), claim("1500.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, EXPIRED_LETTER, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("475.00", "EUR")); // not 300 + 225 = 525 (money-rules §6)
        assertThat(cost.explanation().getFirst()).contains("2 claims").contains("3500.00 EUR");
    }

    @Test
    void before_the_letters_term_expires_the_costs_are_not_yet_chargeable_and_the_result_says_from_when() {
        // received Monday 2 Mar 2026: the term is 3–16 Mar, costs from 17 Mar
        FourteenDayLetter letter = new FourteenDayLetter(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2));

        CollectionCost onLastDay = consumer(List.of(claim("1000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, letter, LocalDate.of(2026, 3, 16));
        CollectionCost dayAfter = consumer(List.of(claim("1000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, letter, LocalDate.of(2026, 3, 17));

        assertThat(onLastDay.isChargeable()).isFalse();
        assertThat(onLastDay.chargeableFrom()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(onLastDay.amount()).isEqualTo(Money.of("150.00", "EUR")); // what the letter must state
        assertThat(onLastDay.explanation()).anyMatch(s -> s.contains("2026-03-03 to 2026-03-16"))
                .anyMatch(s -> s.contains("Not yet chargeable on 2026-03-16; chargeable from 2026-03-17"));
        assertThat(dayAfter.isChargeable()).isTrue();
    }

    @Test
    void the_term_counts_from_receipt_not_from_sending() {
        FourteenDayLetter sentLongBefore = new FourteenDayLetter(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 2));

        CollectionCost cost = consumer(List.of(claim("1000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, sentLongBefore, LocalDate.of(2026, 3, 10));

        assertThat(cost.isChargeable()).isFalse();
        assertThat(cost.chargeableFrom()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void a_term_ending_on_a_weekend_or_holiday_runs_to_the_next_working_day() {
        FourteenDayLetter endsSaturday = new FourteenDayLetter(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 7));
        FourteenDayLetter endsEasterMonday = new FourteenDayLetter(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23));

        assertThat(consumer(List.of(claim("1000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, endsSaturday, TODAY).chargeableFrom())
                .isEqualTo(LocalDate.of(2026, 3, 24));
        CollectionCost easter = consumer(List.of(claim("1000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, endsEasterMonday, TODAY);
        assertThat(easter.chargeableFrom()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(easter.explanation()).anyMatch(s -> s.contains("Algemene termijnenwet"));
    }

    @Test
    void without_a_letter_the_amount_is_known_but_never_chargeable() {
        CollectionCost cost = SCALES.dutchConsumer(List.of(claim("1000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, null, NL_DAYS, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(cost.chargeableFrom()).isNull();
        assertThat(cost.isChargeable()).isFalse();
        assertThat(cost.explanation()).anyMatch(s -> s.contains("No 14-day letter"));
    }

    @Test
    void a_letter_sent_before_default_or_received_before_it_was_sent_does_not_count() {
        FourteenDayLetter onDueDate = new FourteenDayLetter(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 3));

        assertThatThrownBy(() -> consumer(List.of(claim("1000.00")), NOTHING_AGREED, VatOnCosts.NOT_ADDED, onDueDate, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REMINDER);
                    assertThat(e.field()).isEqualTo("sentOn");
                });
        assertThatThrownBy(() -> new FourteenDayLetter(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("receivedOn"));
    }

    @Test
    void a_penalty_clause_within_the_bik_is_charged_as_agreed() {
        AgreedCosts tenPercent = new AgreedCosts(new BigDecimal("10"), null, Money.zero(CostAssessment.EUR));

        CollectionCost cost = consumer(List.of(claim("1000.00")), tenPercent, VatOnCosts.NOT_ADDED, EXPIRED_LETTER, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(cost.rule()).isEqualTo(CostRule.CLAIMED_COSTS);
        assertThat(cost.cappedBy()).isNull();
    }

    @Test
    void a_penalty_clause_and_admin_costs_above_the_bik_are_capped_by_it_for_a_consumer() {
        AgreedCosts tooMuch = new AgreedCosts(new BigDecimal("20"), Money.of("50.00", "EUR"), Money.of("25.00", "EUR"));

        CollectionCost cost = consumer(List.of(claim("1000.00")), tooMuch, VatOnCosts.NOT_ADDED, EXPIRED_LETTER, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(cost.cappedBy()).isEqualTo(CostRule.NL_BIK_SCALE);
        assertThat(cost.explanation()).anyMatch(s -> s.contains("225.00 EUR") && s.contains("6:96(5)"));
    }

    @Test
    void between_businesses_40_is_a_floor_due_from_the_day_after_the_due_date_without_demand() {
        UnpaidClaim small = new UnpaidClaim(Money.of("100.00", "EUR"), LocalDate.of(2026, 3, 1));
        AgreedCosts tenEuros = new AgreedCosts(null, null, Money.of("10.00", "EUR"));

        CollectionCost floored = SCALES.dutchBusiness(small, tenEuros, VatOnCosts.NOT_ADDED, TODAY);
        CollectionCost onDueDate = SCALES.dutchBusiness(small, tenEuros, VatOnCosts.NOT_ADDED, LocalDate.of(2026, 3, 1));

        assertThat(floored.amount()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(floored.rule()).isEqualTo(CostRule.NL_COMMERCIAL_MINIMUM);
        assertThat(floored.chargeableFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(floored.isChargeable()).isTrue();
        assertThat(onDueDate.isChargeable()).isFalse();
    }

    @Test
    void between_businesses_justified_costs_above_40_are_claimed_as_they_are() {
        UnpaidClaim claim = claim("1000.00");
        AgreedCosts fifteenPercent = new AgreedCosts(new BigDecimal("15"), null, Money.zero(CostAssessment.EUR));
        AgreedCosts aboveScale = new AgreedCosts(new BigDecimal("30"), null, Money.zero(CostAssessment.EUR));

        assertThat(SCALES.dutchBusiness(claim, fifteenPercent, VatOnCosts.NOT_ADDED, TODAY).amount()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(SCALES.dutchBusiness(claim, NOTHING_AGREED, VatOnCosts.NOT_ADDED, TODAY).amount()).isEqualTo(Money.of("150.00", "EUR"));
        CollectionCost agreedAbove = SCALES.dutchBusiness(claim, aboveScale, VatOnCosts.NOT_ADDED, TODAY);
        assertThat(agreedAbove.amount()).isEqualTo(Money.of("300.00", "EUR")); // not capped between businesses
        assertThat(agreedAbove.cappedBy()).isNull();
        assertThat(agreedAbove.explanation()).anyMatch(s -> s.contains("may reduce"));
    }
}
