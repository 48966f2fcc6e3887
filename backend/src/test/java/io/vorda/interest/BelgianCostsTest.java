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

/** BE: money-rules §2.3 (€40 B2B) and §2.4 (Book XIX for consumers). */
class BelgianCostsTest {

    private static final CostScales SCALES = new CostScales();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Easter Monday 2026 is a Belgian legal holiday (money-rules §2.8). */
    private static final WorkingDays BE_DAYS = WorkingDays.mondayToFridayExcept(List.of(LocalDate.of(2026, 4, 6)));
    private static final AgreedCosts NOTHING_AGREED = AgreedCosts.none(CostAssessment.EUR);
    private static final ExtraReminders NO_REMINDERS = ExtraReminders.none(CostAssessment.EUR);
    private static final FirstReminder LONG_AGO = new FirstReminder(LocalDate.of(2026, 1, 5), FirstReminder.Channel.PAPER);

    private static UnpaidClaim balance(String amount) {
        return new UnpaidClaim(Money.of(amount, "EUR"), LocalDate.of(2025, 12, 1));
    }

    private static AgreedCosts clause(String percent) {
        return new AgreedCosts(new BigDecimal(percent), null, Money.zero(CostAssessment.EUR));
    }

    @ParameterizedTest(name = "balance {0}: damages at most {1}")
    @CsvSource({
            "100.00, 20.00",
            "150.00, 20.00",
            "150.01, 30.00",
            "400.00, 55.00",
            "500.00, 65.00",
            "500.01, 65.00",
            "1000.00, 90.00",
            "39200.00, 2000.00",
            "100000.00, 2000.00"})
    void the_damages_cap_steps_at_150_is_continuous_at_500_and_stops_at_2000(String balance, String cap) {
        assertThat(BelgianCosts.damagesCap(Money.of(balance, "EUR"), new CostAssessment(CostAssessment.EUR))).isEqualTo(Money.of(cap, "EUR"));
    }

    @Test
    void a_damages_clause_within_the_cap_is_charged_after_the_waiting_period() {
        CollectionCost cost = SCALES.belgianConsumer(balance("1000.00"), clause("8"), NO_REMINDERS, LONG_AGO, BE_DAYS, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("80.00", "EUR"));
        assertThat(cost.rule()).isEqualTo(CostRule.CLAIMED_COSTS);
        assertThat(cost.cappedBy()).isNull();
        assertThat(cost.isChargeable()).isTrue();
    }

    @Test
    void a_damages_clause_above_the_cap_is_void_and_the_result_says_so() {
        CollectionCost cost = SCALES.belgianConsumer(balance("1000.00"), clause("10"), NO_REMINDERS, LONG_AGO, BE_DAYS, TODAY);

        assertThat(cost.amount()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(cost.cappedBy()).isEqualTo(CostRule.BE_CONSUMER_DAMAGES_CAP);
        assertThat(cost.explanation()).anyMatch(s -> s.contains("100.00 EUR, above the cap of 90.00 EUR") && s.contains("void"));
    }

    @Test
    void on_150_00_a_clause_of_25_is_void_but_on_150_01_it_is_within_the_cap() {
        AgreedCosts flat25 = new AgreedCosts(null, Money.of("25.00", "EUR"), Money.zero(CostAssessment.EUR));

        assertThat(SCALES.belgianConsumer(balance("150.00"), flat25, NO_REMINDERS, LONG_AGO, BE_DAYS, TODAY).amount()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(SCALES.belgianConsumer(balance("150.01"), flat25, NO_REMINDERS, LONG_AGO, BE_DAYS, TODAY).amount()).isEqualTo(Money.of("25.00", "EUR"));
    }

    @Test
    void without_a_damages_clause_no_damages_and_no_admin_costs_are_charged() {
        AgreedCosts adminOnly = new AgreedCosts(null, null, Money.of("15.00", "EUR"));

        CollectionCost cost = SCALES.belgianConsumer(balance("1000.00"), adminOnly, NO_REMINDERS, LONG_AGO, BE_DAYS, TODAY);

        assertThat(cost.amount().isZero()).isTrue();
        assertThat(cost.explanation()).anyMatch(s -> s.contains("No damages clause")).anyMatch(s -> s.contains("Administration costs of 15.00 EUR are not charged"));
    }

    @Test
    void later_reminders_cost_at_most_7_50_plus_postage_each() {
        ExtraReminders two = new ExtraReminders(2, Money.of("10.00", "EUR"), Money.of("1.50", "EUR"));
        ExtraReminders cheap = new ExtraReminders(1, Money.of("5.00", "EUR"), Money.of("1.50", "EUR"));

        CollectionCost capped = SCALES.belgianConsumer(balance("1000.00"), clause("8"), two, LONG_AGO, BE_DAYS, TODAY);
        CollectionCost asAgreed = SCALES.belgianConsumer(balance("1000.00"), NOTHING_AGREED, cheap, LONG_AGO, BE_DAYS, TODAY);

        assertThat(capped.amount()).isEqualTo(Money.of("98.00", "EUR")); // 80 damages + 2 × 7.50 + 2 × 1.50
        assertThat(capped.cappedBy()).isEqualTo(CostRule.BE_CONSUMER_EXTRA_REMINDER);
        assertThat(asAgreed.amount()).isEqualTo(Money.of("6.50", "EUR"));
        assertThat(asAgreed.rule()).isEqualTo(CostRule.BE_CONSUMER_EXTRA_REMINDER);
        assertThat(asAgreed.cappedBy()).isNull();
    }

    @Test
    void the_waiting_period_starts_on_the_third_working_day_after_a_paper_reminder() {
        // sent Monday 23 Mar 2026: working days 24, 25, 26 → the period runs 26 Mar – 8 Apr, costs from 9 Apr
        FirstReminder paper = new FirstReminder(LocalDate.of(2026, 3, 23), FirstReminder.Channel.PAPER);

        CollectionCost onLastDay = SCALES.belgianConsumer(balance("1000.00"), clause("8"), NO_REMINDERS, paper, BE_DAYS, LocalDate.of(2026, 4, 8));

        assertThat(onLastDay.chargeableFrom()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(onLastDay.isChargeable()).isFalse();
        assertThat(onLastDay.amount()).isEqualTo(Money.of("80.00", "EUR"));
    }

    @Test
    void the_waiting_period_starts_on_the_working_day_after_an_electronic_reminder_skipping_holidays() {
        // sent Friday 3 Apr 2026: Saturday, Sunday and Easter Monday are no working days → starts Tuesday 7 Apr
        FirstReminder email = new FirstReminder(LocalDate.of(2026, 4, 3), FirstReminder.Channel.ELECTRONIC);

        CollectionCost cost = SCALES.belgianConsumer(balance("1000.00"), clause("8"), NO_REMINDERS, email, BE_DAYS, TODAY);

        assertThat(cost.chargeableFrom()).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(cost.explanation()).anyMatch(s -> s.contains("from 2026-04-07 to 2026-04-20"));
    }

    @Test
    void without_a_first_reminder_nothing_is_chargeable_and_a_reminder_before_the_due_date_does_not_count() {
        CollectionCost cost = SCALES.belgianConsumer(balance("1000.00"), clause("8"), NO_REMINDERS, null, BE_DAYS, TODAY);
        FirstReminder early = new FirstReminder(LocalDate.of(2025, 11, 30), FirstReminder.Channel.PAPER);

        assertThat(cost.isChargeable()).isFalse();
        assertThat(cost.chargeableFrom()).isNull();
        assertThatThrownBy(() -> SCALES.belgianConsumer(balance("1000.00"), clause("8"), NO_REMINDERS, early, BE_DAYS, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REMINDER));
    }

    @Test
    void between_businesses_40_flat_is_due_and_higher_agreed_costs_add_only_the_part_above_it() {
        UnpaidClaim claim = new UnpaidClaim(Money.of("2000.00", "EUR"), LocalDate.of(2026, 3, 1));
        AgreedCosts hundred = new AgreedCosts(null, Money.of("100.00", "EUR"), Money.zero(CostAssessment.EUR));

        CollectionCost flat = SCALES.belgianBusiness(claim, NOTHING_AGREED, TODAY);
        CollectionCost higher = SCALES.belgianBusiness(claim, hundred, TODAY);

        assertThat(flat.amount()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(flat.rule()).isEqualTo(CostRule.BE_COMMERCIAL_FLAT_FEE);
        assertThat(flat.chargeableFrom()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(higher.amount()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(higher.lines()).extracting(l -> l.amount().amount().toPlainString()).containsExactly("40.00", "60.00");
    }
}
