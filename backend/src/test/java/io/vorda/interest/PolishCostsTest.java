package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PL: money-rules §4.4 (recovery compensation). The rates here are test data, not NBP figures. */
class PolishCostsTest {

    private static final CostScales SCALES = new CostScales();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Currency PLN = Currency.getInstance("PLN");
    private static final WorkingDays PL_DAYS = WorkingDays.mondayToFridayExcept(List.of());
    private static final AgreedCosts NOTHING_AGREED = AgreedCosts.none(PLN);
    /** Friday 27 Feb 2026 is February's last working day (28 Feb is a Saturday). */
    private static final LocalDate FEBRUARY_RATE_DAY = LocalDate.of(2026, 2, 27);
    private static final ExchangeRates RATES = ratesOn(Map.of(FEBRUARY_RATE_DAY, "4.2693", LocalDate.of(2026, 2, 26), "4.1000",
            LocalDate.of(2019, 10, 31), "4.2838"));

    private static ExchangeRates ratesOn(Map<LocalDate, String> eurPln) {
        return (base, quote, date) -> base.getCurrencyCode().equals("EUR") && quote.equals(PLN)
                ? Optional.ofNullable(eurPln.get(date)).map(BigDecimal::new) : Optional.empty();
    }

    private static UnpaidClaim dueInMarch(String value) {
        return new UnpaidClaim(Money.of(value, "PLN"), LocalDate.of(2026, 3, 10));
    }

    @ParameterizedTest(name = "claim PLN {0}: EUR {1} = PLN {2}")
    @CsvSource({
            "5000.00, 40, 170.77",
            "5000.01, 70, 298.85",
            "49999.99, 70, 298.85",
            "50000.00, 100, 426.93"})
    void the_compensation_steps_at_5000_and_50000_pln_and_is_converted_at_the_rate_of_the_last_working_day_of_the_month_before(
            String value, String euros, String pln) {
        CollectionCost cost = SCALES.polishRecoveryCompensation(dueInMarch(value), NOTHING_AGREED, RATES, PL_DAYS, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of(pln, "PLN"));
        assertThat(cost.rule()).isEqualTo(CostRule.PL_RECOVERY_COMPENSATION);
        assertThat(cost.explanation()).anyMatch(s -> s.contains("EUR " + euros))
                .anyMatch(s -> s.contains("2026-02-27") && s.contains("4.2693"));
    }

    @Test
    void the_rate_day_skips_public_holidays_of_the_working_day_calendar() {
        WorkingDays withHoliday = WorkingDays.mondayToFridayExcept(List.of(FEBRUARY_RATE_DAY));

        CollectionCost cost = SCALES.polishRecoveryCompensation(dueInMarch("1000.00"), NOTHING_AGREED, RATES, withHoliday, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("164.00", "PLN")); // 40 × 4.1000 of 26 Feb
    }

    @Test
    void a_missing_rate_is_refused_naming_the_day_it_is_needed_for() {
        assertThatThrownBy(() -> SCALES.polishRecoveryCompensation(dueInMarch("1000.00"), NOTHING_AGREED, ratesOn(Map.of()), PL_DAYS, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EXCHANGE_RATE_UNKNOWN);
                    assertThat(e.getMessage()).contains("EUR/PLN").contains("2026-02-27").contains("2026-02");
                });
    }

    @Test
    void before_2020_every_claim_got_eur_40() {
        UnpaidClaim old = new UnpaidClaim(Money.of("60000.00", "PLN"), LocalDate.of(2019, 11, 15));

        assertThat(SCALES.polishRecoveryCompensation(old, NOTHING_AGREED, RATES, PL_DAYS, TODAY).amount()).isEqualTo(Money.of("171.35", "PLN"));
    }

    @Test
    void agreed_recovery_costs_above_the_compensation_add_only_the_part_above_it() {
        AgreedCosts agreed = new AgreedCosts(null, null, Money.of("250.00", "PLN"));

        CollectionCost cost = SCALES.polishRecoveryCompensation(dueInMarch("1000.00"), agreed, RATES, PL_DAYS, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("250.00", "PLN"));
        assertThat(cost.lines()).extracting(l -> l.amount().amount().toPlainString()).containsExactly("170.77", "79.23");
        assertThat(cost.rule()).isEqualTo(CostRule.PL_RECOVERY_COSTS_ABOVE_COMPENSATION);
    }

    @Test
    void the_compensation_is_due_from_the_day_after_the_due_date_and_only_for_claims_in_pln() {
        CollectionCost cost = SCALES.polishRecoveryCompensation(dueInMarch("1000.00"), NOTHING_AGREED, RATES, PL_DAYS, TODAY);
        UnpaidClaim inEuro = new UnpaidClaim(Money.of("1000.00", "EUR"), LocalDate.of(2026, 3, 10));

        assertThat(cost.chargeableFrom()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(cost.isChargeable()).isFalse();
        assertThatThrownBy(() -> SCALES.polishRecoveryCompensation(inEuro, NOTHING_AGREED, RATES, PL_DAYS, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.COST_RULE_UNKNOWN));
    }
}
