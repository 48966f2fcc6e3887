package io.vorda.arrangement;

import io.vorda.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTest {

    private static final Instant AGREED = Instant.parse("2026-03-02T09:00:00Z");

    private static ReceivedPayment paid(String amount, String valueDate, Instant recordedAt) {
        return new ReceivedPayment(Money.of(amount, "EUR"), LocalDate.parse(valueDate), recordedAt);
    }

    private static List<Money> due(String... amounts) {
        return java.util.Arrays.stream(amounts).map(a -> Money.of(a, "EUR")).toList();
    }

    @Test
    void payments_fill_the_oldest_instalment_first_and_record_the_day_it_was_full() {
        List<Coverage.Covered> covered = Coverage.of(due("100", "100", "100"), Coverage.countable(List.of(
                paid("60", "2026-04-01", AGREED.plusSeconds(10)), paid("80", "2026-04-03", AGREED.plusSeconds(20))), AGREED));

        assertThat(covered.get(0)).isEqualTo(new Coverage.Covered(Money.of("100", "EUR"), LocalDate.parse("2026-04-03")));
        assertThat(covered.get(1)).isEqualTo(new Coverage.Covered(Money.of("40", "EUR"), null));
        assertThat(covered.get(2).paid()).isEqualTo(Money.of("0", "EUR"));
    }

    @Test
    void value_dates_order_the_payments_and_only_those_booked_after_the_agreement_count() {
        List<ReceivedPayment> payments = List.of(
                paid("100", "2026-05-01", AGREED.plusSeconds(10)),
                paid("100", "2026-04-01", AGREED.plusSeconds(99)),      // booked later, paid earlier
                paid("500", "2026-03-01", AGREED.minusSeconds(60)));    // in the balance the plan covers already

        List<Coverage.Covered> covered = Coverage.of(due("100", "100", "100"), Coverage.countable(payments, AGREED));

        assertThat(covered).extracting(Coverage.Covered::paidOn)
                .containsExactly(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-05-01"), null);
    }

    @Test
    void an_instalment_is_open_then_late_within_grace_then_missed() {
        LocalDate due = LocalDate.parse("2026-04-01");
        LocalDate graceEnd = LocalDate.parse("2026-04-06");
        Coverage.Covered nothing = new Coverage.Covered(Money.of("0", "EUR"), null);

        assertThat(Coverage.judge(InstalmentStatus.OPEN, nothing, due, graceEnd, due)).isEqualTo(InstalmentStatus.OPEN);
        assertThat(Coverage.judge(InstalmentStatus.OPEN, nothing, due, graceEnd, due.plusDays(1))).isEqualTo(InstalmentStatus.LATE);
        assertThat(Coverage.judge(InstalmentStatus.LATE, nothing, due, graceEnd, graceEnd)).isEqualTo(InstalmentStatus.LATE);
        assertThat(Coverage.judge(InstalmentStatus.LATE, nothing, due, graceEnd, graceEnd.plusDays(1))).isEqualTo(InstalmentStatus.MISSED);
    }

    @Test
    void paid_within_grace_is_paid_paid_after_it_is_missed_and_missed_stays_missed() {
        LocalDate due = LocalDate.parse("2026-04-01");
        LocalDate graceEnd = LocalDate.parse("2026-04-06");
        Coverage.Covered inGrace = new Coverage.Covered(Money.of("100", "EUR"), graceEnd);
        Coverage.Covered tooLate = new Coverage.Covered(Money.of("100", "EUR"), graceEnd.plusDays(1));

        assertThat(Coverage.judge(InstalmentStatus.LATE, inGrace, due, graceEnd, graceEnd.plusDays(9))).isEqualTo(InstalmentStatus.PAID);
        assertThat(Coverage.judge(InstalmentStatus.LATE, tooLate, due, graceEnd, graceEnd.plusDays(9))).isEqualTo(InstalmentStatus.MISSED);
        assertThat(Coverage.judge(InstalmentStatus.MISSED, inGrace, due, graceEnd, graceEnd.plusDays(9))).isEqualTo(InstalmentStatus.MISSED);
        // a payment reversed after the instalment was judged paid makes it open again
        assertThat(Coverage.judge(InstalmentStatus.PAID, new Coverage.Covered(Money.of("0", "EUR"), null), due, graceEnd, due))
                .isEqualTo(InstalmentStatus.OPEN);
    }
}
