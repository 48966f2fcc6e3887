package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DE: money-rules §3.3 (€40 Pauschale), §3.5 (collection-fee caps) and example 9. */
class GermanCostsTest {

    private static final CostScales SCALES = new CostScales();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate NEW_FEES = LocalDate.of(2025, 6, 1);
    private static final AgreedCosts NOTHING_AGREED = AgreedCosts.none(CostAssessment.EUR);

    private static UnpaidClaim claim(String principal) {
        return new UnpaidClaim(Money.of(principal, "EUR"), LocalDate.of(2025, 5, 1));
    }

    private static AgreedCosts fee(String amount) {
        return new AgreedCosts(null, null, Money.of(amount, "EUR"));
    }

    @Test
    void the_fee_for_a_claim_up_to_50_is_30_before_1_june_2025_and_30_50_from_then() {
        CollectionCost before = SCALES.germanConsumerCollectionFee(claim("40.00"), CollectionEffort.NORMAL, LocalDate.of(2025, 5, 31), NOTHING_AGREED, TODAY);
        CollectionCost after = SCALES.germanConsumerCollectionFee(claim("40.00"), CollectionEffort.NORMAL, NEW_FEES, NOTHING_AGREED, TODAY);

        assertThat(before.amount()).isEqualTo(Money.of("27.00", "EUR")); // 0.9 × 30.00
        assertThat(after.amount()).isEqualTo(Money.of("27.45", "EUR")); // 0.9 × 30.50
        assertThat(before.explanation().getFirst()).contains("30.00 EUR").contains("1 Oct 2021");
        assertThat(after.explanation().getFirst()).contains("30.50 EUR").contains("KostBRÄG 2025");
        assertThat(after.rule()).isEqualTo(CostRule.DE_COLLECTION_FEE_CAP);
    }

    @ParameterizedTest(name = "claim {0}, {1}, instructed {2}: at most {3}")
    @CsvSource({
            "1000.00, SIMPLE, 2025-06-01, 46.50",
            "1000.00, NORMAL, 2025-06-01, 83.70",
            "1000.00, EXTENSIVE, 2025-06-01, 120.90",
            "1000.00, NORMAL, 2025-05-31, 79.20",
            "500.00, NORMAL, 2025-06-01, 46.35",
            "500.01, NORMAL, 2025-06-01, 83.70",
            "4500.00, NORMAL, 2025-06-01, 319.05",
            "10000.00, NORMAL, 2025-06-01, 586.80",
            "50.00, SIMPLE, 2025-05-31, 15.00"})
    void the_recoverable_fee_is_the_fee_rate_times_the_rvg_fee_of_the_version_in_force_when_instructed(
            String value, CollectionEffort effort, LocalDate instructedOn, String cap) {
        assertThat(SCALES.germanConsumerCollectionFee(claim(value), effort, instructedOn, NOTHING_AGREED, TODAY).amount())
                .isEqualTo(Money.of(cap, "EUR"));
    }

    @ParameterizedTest(name = "claim {0} instructed {1} is refused")
    @CsvSource({"3000.00, 2025-06-01", "12000.00, 2025-06-01", "9500.00, 2025-05-31", "40.00, 2021-09-30"})
    void claim_values_and_dates_beyond_the_shipped_rvg_rows_are_refused_not_guessed(String value, LocalDate instructedOn) {
        assertThatThrownBy(() -> SCALES.germanConsumerCollectionFee(claim(value), CollectionEffort.NORMAL, instructedOn, NOTHING_AGREED, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.COST_RULE_UNKNOWN));
    }

    @Test
    void a_refusal_names_the_claim_values_that_are_known() {
        assertThatThrownBy(() -> SCALES.germanConsumerCollectionFee(claim("3000.00"), CollectionEffort.NORMAL, NEW_FEES, NOTHING_AGREED, TODAY))
                .hasMessageContaining("3000.00 EUR").hasMessageContaining("4000.01–5000");
    }

    @Test
    void agreed_collection_costs_apply_within_the_cap_and_are_capped_above_it() {
        CollectionCost within = SCALES.germanConsumerCollectionFee(claim("1000.00"), CollectionEffort.NORMAL, NEW_FEES, fee("50.00"), TODAY);
        CollectionCost above = SCALES.germanConsumerCollectionFee(claim("1000.00"), CollectionEffort.NORMAL, NEW_FEES, fee("120.00"), TODAY);

        assertThat(within.amount()).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(within.cappedBy()).isNull();
        assertThat(above.amount()).isEqualTo(Money.of("83.70", "EUR"));
        assertThat(above.cappedBy()).isEqualTo(CostRule.DE_COLLECTION_FEE_CAP);
        assertThat(above.explanation()).anyMatch(s -> s.contains("120.00 EUR") && s.contains("§13e RDG"));
    }

    @Test
    void the_fee_is_chargeable_once_the_claim_is_overdue_and_the_agency_instructed() {
        CollectionCost cost = SCALES.germanConsumerCollectionFee(claim("1000.00"), CollectionEffort.NORMAL, LocalDate.of(2026, 3, 10), NOTHING_AGREED, TODAY);

        assertThat(cost.chargeableFrom()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(cost.isChargeable()).isFalse();
    }

    @Test
    void example_9_a_business_in_default_owes_the_40_pauschale() {
        UnpaidClaim remuneration = new UnpaidClaim(Money.of("50000.00", "EUR"), LocalDate.of(2024, 5, 31));

        CollectionCost cost = SCALES.germanBusinessFlatFee(remuneration, LocalDate.of(2024, 6, 1), NOTHING_AGREED, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(cost.rule()).isEqualTo(CostRule.DE_FLAT_FEE);
        assertThat(cost.legalSource()).isEqualTo("§288(5) sentence 1 BGB");
        assertThat(cost.chargeableFrom()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void the_pauschale_is_credited_against_later_collection_costs() {
        UnpaidClaim remuneration = new UnpaidClaim(Money.of("5000.00", "EUR"), LocalDate.of(2026, 1, 31));

        CollectionCost small = SCALES.germanBusinessFlatFee(remuneration, LocalDate.of(2026, 2, 1), fee("25.00"), TODAY);
        CollectionCost large = SCALES.germanBusinessFlatFee(remuneration, LocalDate.of(2026, 2, 1), fee("150.00"), TODAY);

        assertThat(small.amount()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(small.lines()).extracting(l -> l.amount().amount().toPlainString()).containsExactly("40.00", "25.00", "-25.00");
        assertThat(large.amount()).isEqualTo(Money.of("150.00", "EUR"));
        assertThat(large.lines()).extracting(CollectionCost.Line::rule)
                .containsExactly(CostRule.DE_FLAT_FEE, CostRule.CLAIMED_COSTS, CostRule.DE_FLAT_FEE_CREDIT);
        assertThat(large.rule()).isEqualTo(CostRule.CLAIMED_COSTS);
    }

    @Test
    void default_cannot_begin_on_the_due_date() {
        UnpaidClaim remuneration = new UnpaidClaim(Money.of("5000.00", "EUR"), LocalDate.of(2026, 1, 31));

        assertThatThrownBy(() -> SCALES.germanBusinessFlatFee(remuneration, LocalDate.of(2026, 1, 31), NOTHING_AGREED, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("inDefaultFrom"));
    }
}
