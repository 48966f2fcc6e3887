package io.vorda.interest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.vorda.interest.DayCount.ACT_365F;
import static io.vorda.interest.InterestFixtures.CALCULATOR;
import static io.vorda.interest.InterestFixtures.eur;
import static io.vorda.interest.StatutoryRate.NL_STATUTORY;
import static org.assertj.core.api.Assertions.assertThat;

/** Paused days (a payment plan freezing interest, ADR 0016) bear no interest and get no line. */
class InterestPauseTest {

    /*
     * money-rules §6 example 1 (10,000.00 NL statutory from 1 Sep 2023, capitalised on 1 Sep 2024), paused 1 Aug – 30 Sep
     * 2024, so the anniversary falls inside the pause:
     *   1 Sep – 31 Dec 2023  122 days × 6 % on 10,000.00            = 200.5479 → 200.55
     *   1 Jan – 31 Jul 2024  213 days × 7 % on 10,000.00            = 408.4932 → 408.49
     *   1 Aug – 30 Sep 2024  paused; on 1 Sep the year's 609.04 (200.55 + 408.49) still joins the base
     *   1 Oct – 31 Dec 2024   92 days × 7 % on 10,609.04            = 187.1841 → 187.18
     *   total 796.22 (without the pause 918.11)
     */
    @Test
    void a_pause_leaves_its_days_out_and_an_anniversary_inside_it_still_capitalises() {
        InterestRequest request = new InterestRequest(eur("10000.00"), LocalDate.parse("2023-09-01"), LocalDate.parse("2024-12-31"),
                InterestBasis.statutory(NL_STATUTORY), ACT_365F, List.of(),
                List.of(new InterestPause(LocalDate.parse("2024-08-01"), LocalDate.parse("2024-10-01"))));

        AccruedInterest result = CALCULATOR.accrue(request);

        assertThat(result.periods()).extracting(p -> p.firstDate() + ".." + p.lastDate() + " " + p.days() + " " + p.base().amount() + " " + p.interest().amount())
                .containsExactly("2023-09-01..2023-12-31 122 10000.00 200.55", "2024-01-01..2024-07-31 213 10000.00 408.49",
                        "2024-10-01..2024-12-31 92 10609.04 187.18");
        assertThat(result.total()).isEqualTo(eur("796.22"));
    }

    @Test
    void an_open_ended_pause_stops_interest_from_its_first_day() {
        InterestRequest request = InterestRequest.of(eur("3650.00"), LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-31"),
                InterestBasis.annual(BigDecimal.TEN), ACT_365F).withPauses(List.of(new InterestPause(LocalDate.parse("2026-03-03"), null)));

        // 1 Feb – 2 Mar: 30 days × 1.00 a day
        assertThat(CALCULATOR.accrue(request).total()).isEqualTo(eur("30.00"));
    }
}
