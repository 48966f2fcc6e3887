package io.vorda.arrangement;

import io.vorda.calendar.BusinessCalendars;
import io.vorda.cases.CaseId;
import io.vorda.client.Jurisdiction;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {

    private static final BusinessCalendars CALENDARS = new BusinessCalendars();
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final CaseId CASE = new CaseId(UUID.randomUUID());

    private static PlanRequest request(@Nullable Integer count, @Nullable String amount, Frequency frequency, String first,
                                       @Nullable String down, @Nullable String downOn) {
        return new PlanRequest(CASE, count, amount == null ? null : new BigDecimal(amount), frequency, LocalDate.parse(first),
                down == null ? null : new BigDecimal(down), downOn == null ? null : LocalDate.parse(downOn), null, null);
    }

    private static List<PlannedInstalment> schedule(PlanRequest request, String balance, Jurisdiction jurisdiction) {
        return Schedule.of(request, Money.of(balance, jurisdiction == Jurisdiction.PL ? "PLN" : "EUR"), TODAY, CALENDARS.of(jurisdiction));
    }

    private static List<String> amounts(List<PlannedInstalment> schedule) {
        return schedule.stream().map(i -> i.amount().amount().toPlainString()).toList();
    }

    private static List<String> dueDates(List<PlannedInstalment> schedule) {
        return schedule.stream().map(i -> i.dueOn().toString()).toList();
    }

    @Test
    void the_last_instalment_takes_the_remainder_cent() {
        List<PlannedInstalment> plan = schedule(request(3, null, Frequency.MONTHLY, "2026-04-01", null, null), "1000.00", Jurisdiction.NL);

        assertThat(amounts(plan)).containsExactly("333.33", "333.33", "333.34");
        assertThat(plan).extracting(PlannedInstalment::number).containsExactly(1, 2, 3);
        assertThat(dueDates(plan)).containsExactly("2026-04-01", "2026-05-01", "2026-06-01");
    }

    @Test
    void due_dates_move_off_weekends_and_dutch_holidays() {
        // Good Friday 3 Apr → Tuesday after Easter Monday; 3 May is a Sunday; 3 Oct is a Saturday
        List<PlannedInstalment> monthly = schedule(request(7, null, Frequency.MONTHLY, "2026-04-03", null, null), "700.00", Jurisdiction.NL);
        // King's Day (Monday 27 Apr), then Liberation Day (Tuesday 5 May)
        List<PlannedInstalment> mondays = schedule(request(3, null, Frequency.WEEKLY, "2026-04-20", null, null), "300.00", Jurisdiction.NL);
        List<PlannedInstalment> tuesdays = schedule(request(3, null, Frequency.WEEKLY, "2026-04-21", null, null), "300.00", Jurisdiction.NL);

        assertThat(monthly).extracting(i -> i.scheduledOn().toString()).startsWith("2026-04-03", "2026-05-03");
        assertThat(dueDates(monthly)).containsExactly("2026-04-07", "2026-05-04", "2026-06-03", "2026-07-03", "2026-08-03",
                "2026-09-03", "2026-10-05");
        assertThat(dueDates(mondays)).containsExactly("2026-04-20", "2026-04-28", "2026-05-04");
        assertThat(dueDates(tuesdays)).containsExactly("2026-04-21", "2026-04-28", "2026-05-06");
    }

    @Test
    void each_country_rolls_with_its_own_holidays() {
        PlanRequest christmas = request(1, null, Frequency.MONTHLY, "2026-12-24", null, null);
        PlanRequest goodFriday = request(1, null, Frequency.MONTHLY, "2026-04-03", null, null);

        assertThat(dueDates(schedule(christmas, "50.00", Jurisdiction.PL))).containsExactly("2026-12-28"); // 24–26 Dec, weekend
        assertThat(dueDates(schedule(christmas, "50.00", Jurisdiction.DE))).containsExactly("2026-12-24"); // Heiligabend works
        assertThat(dueDates(schedule(goodFriday, "50.00", Jurisdiction.BE))).containsExactly("2026-04-03"); // no Belgian holiday
        assertThat(dueDates(schedule(goodFriday, "50.00", Jurisdiction.DE))).containsExactly("2026-04-07");
        assertThat(dueDates(schedule(request(1, null, Frequency.MONTHLY, "2026-12-26", null, null), "50.00", Jurisdiction.BE)))
                .containsExactly("2026-12-28"); // a Saturday in 2026
    }

    @Test
    void monthly_instalments_keep_the_day_of_the_month_of_the_first() {
        List<PlannedInstalment> plan = schedule(request(4, null, Frequency.MONTHLY, "2026-08-31", null, null), "400.00", Jurisdiction.DE);

        assertThat(plan).extracting(i -> i.scheduledOn().toString()).containsExactly("2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30");
        assertThat(dueDates(plan)).containsExactly("2026-08-31", "2026-09-30", "2026-11-02", "2026-11-30");
    }

    @Test
    void quarterly_and_fortnightly_plans_step_by_their_period() {
        assertThat(schedule(request(3, null, Frequency.QUARTERLY, "2026-03-16", null, null), "90.00", Jurisdiction.NL))
                .extracting(i -> i.scheduledOn().toString()).containsExactly("2026-03-16", "2026-06-16", "2026-09-16");
        assertThat(schedule(request(3, null, Frequency.EVERY_TWO_WEEKS, "2026-03-16", null, null), "90.00", Jurisdiction.NL))
                .extracting(i -> i.scheduledOn().toString()).containsExactly("2026-03-16", "2026-03-30", "2026-04-13");
    }

    @Test
    void by_instalment_amount_the_last_one_is_what_is_left() {
        List<PlannedInstalment> plan = schedule(request(null, "300", Frequency.MONTHLY, "2026-04-01", null, null), "1000.00", Jurisdiction.NL);

        assertThat(amounts(plan)).containsExactly("300.00", "300.00", "300.00", "100.00");
        assertThat(amounts(schedule(request(null, "250", Frequency.MONTHLY, "2026-04-01", null, null), "1000.00", Jurisdiction.NL)))
                .containsExactly("250.00", "250.00", "250.00", "250.00");
    }

    @Test
    void a_down_payment_comes_first_and_the_instalments_cover_the_rest() {
        List<PlannedInstalment> plan = schedule(request(3, null, Frequency.MONTHLY, "2026-04-01", "100", null), "1000.00", Jurisdiction.NL);

        assertThat(plan.get(0)).satisfies(down -> {
            assertThat(down.kind()).isEqualTo(InstalmentKind.DOWN_PAYMENT);
            assertThat(down.number()).isZero();
            assertThat(down.dueOn()).isEqualTo(TODAY);
        });
        assertThat(amounts(plan)).containsExactly("100.00", "300.00", "300.00", "300.00");
        assertThat(plan.stream().map(PlannedInstalment::amount).reduce(Money::plus).orElseThrow()).isEqualTo(Money.of("1000.00", "EUR"));
    }

    @Test
    void count_and_amount_together_must_add_up_to_the_balance() {
        assertThat(amounts(schedule(request(4, "250", Frequency.MONTHLY, "2026-04-01", null, null), "1000.00", Jurisdiction.NL)))
                .containsExactly("250.00", "250.00", "250.00", "250.00");
        assertRefused(() -> schedule(request(3, "250", Frequency.MONTHLY, "2026-04-01", null, null), "1000.00", Jurisdiction.NL),
                ErrorCode.PLAN_DOES_NOT_COVER_BALANCE, "instalmentAmount");
    }

    @Test
    void bad_requests_are_refused_naming_the_field() {
        assertRefused(() -> schedule(request(0, null, Frequency.MONTHLY, "2026-04-01", null, null), "100", Jurisdiction.NL),
                ErrorCode.INVALID_FORMAT, "instalmentCount");
        assertRefused(() -> schedule(request(null, null, Frequency.MONTHLY, "2026-04-01", null, null), "100", Jurisdiction.NL),
                ErrorCode.REQUIRED, "instalmentCount");
        assertRefused(() -> schedule(request(null, "0", Frequency.MONTHLY, "2026-04-01", null, null), "100", Jurisdiction.NL),
                ErrorCode.INVALID_AMOUNT, "instalmentAmount");
        assertRefused(() -> schedule(request(null, "-5", Frequency.MONTHLY, "2026-04-01", null, null), "100", Jurisdiction.NL),
                ErrorCode.INVALID_AMOUNT, "instalmentAmount");
        assertRefused(() -> schedule(request(null, "10.005", Frequency.MONTHLY, "2026-04-01", null, null), "100", Jurisdiction.NL),
                ErrorCode.INVALID_FORMAT, "instalmentAmount");
        assertRefused(() -> schedule(request(2, null, Frequency.MONTHLY, "2026-03-01", null, null), "100", Jurisdiction.NL),
                ErrorCode.DATE_IN_PAST, "firstDueOn");
        assertRefused(() -> schedule(request(2, null, Frequency.MONTHLY, "2026-04-01", "10", "2026-03-01"), "100", Jurisdiction.NL),
                ErrorCode.DATE_IN_PAST, "downPaymentDueOn");
        assertRefused(() -> schedule(request(2, null, Frequency.MONTHLY, "2026-04-01", "10", "2026-04-02"), "100", Jurisdiction.NL),
                ErrorCode.INVALID_PERIOD, "downPaymentDueOn");
        assertRefused(() -> schedule(request(2, null, Frequency.MONTHLY, "2026-04-01", "0", null), "100", Jurisdiction.NL),
                ErrorCode.INVALID_AMOUNT, "downPayment");
        assertRefused(() -> schedule(request(2, null, Frequency.MONTHLY, "2026-04-01", "100", null), "100", Jurisdiction.NL),
                ErrorCode.PLAN_DOES_NOT_COVER_BALANCE, "downPayment");
        assertRefused(() -> schedule(request(241, null, Frequency.WEEKLY, "2026-04-01", null, null), "10000", Jurisdiction.NL),
                ErrorCode.PAYMENT_PLAN_TOO_LONG, "instalmentCount");
        assertRefused(() -> schedule(request(null, "1", Frequency.WEEKLY, "2026-04-01", null, null), "10000", Jurisdiction.NL),
                ErrorCode.PAYMENT_PLAN_TOO_LONG, "instalmentAmount");
        assertRefused(() -> schedule(request(10, null, Frequency.WEEKLY, "2026-04-01", null, null), "0.05", Jurisdiction.NL),
                ErrorCode.INVALID_FORMAT, "instalmentCount");
        assertRefused(() -> schedule(request(2, null, Frequency.MONTHLY, "2026-04-01", null, null), "0.00", Jurisdiction.NL),
                ErrorCode.NO_OPEN_BALANCE, "caseId");
    }

    @Test
    void a_balance_that_changed_since_the_preview_is_refused() {
        PlanRequest seen = new PlanRequest(CASE, 2, null, Frequency.MONTHLY, LocalDate.parse("2026-04-01"), null, null, null,
                new BigDecimal("120.00"));

        assertRefused(() -> schedule(seen, "100.00", Jurisdiction.NL), ErrorCode.PLAN_DOES_NOT_COVER_BALANCE, "openBalance");
        assertThat(amounts(schedule(seen, "120.00", Jurisdiction.NL))).containsExactly("60.00", "60.00");
    }

    private static void assertRefused(Runnable action, ErrorCode code, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
