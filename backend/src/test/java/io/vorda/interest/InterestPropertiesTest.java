package io.vorda.interest;

import io.vorda.shared.Money;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static io.vorda.interest.InterestFixtures.CALCULATOR;
import static io.vorda.interest.InterestFixtures.exactSum;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that hold for any principal, period, basis and day count. Each repetition draws its case from a
 * seeded generator, so a failure names the repetition and reproduces exactly.
 */
class InterestPropertiesTest {

    private static final List<InterestBasis> SIMPLE_BASES = List.of(
            new InterestBasis.Statutory(StatutoryRate.NL_STATUTORY, BigDecimal.ZERO, Compounding.NONE),
            InterestBasis.statutory(StatutoryRate.BE_LEGAL),
            InterestBasis.statutory(StatutoryRate.BE_COMMERCIAL),
            InterestBasis.statutory(StatutoryRate.DE_DEFAULT),
            InterestBasis.statutory(StatutoryRate.DE_DEFAULT_COMMERCIAL),
            InterestBasis.statutory(StatutoryRate.PL_LATE),
            InterestBasis.statutory(StatutoryRate.PL_COMMERCIAL),
            InterestBasis.statutoryPlus(StatutoryRate.PL_REFERENCE, new BigDecimal("2.25")),
            InterestBasis.annual(new BigDecimal("8.125")),
            InterestBasis.monthly(new BigDecimal("1.5")));

    /** One generated case: a principal of 100.00 to 999,999.99, a period of 0 to ~4 years from 2016 on, a basis and a day count. */
    private record Case(Money principal, LocalDate first, LocalDate last, InterestBasis basis, DayCount dayCount, Random random) {

        static Case draw(int seed, List<InterestBasis> bases) {
            Random random = new Random(seed);
            Money principal = new Money(BigDecimal.valueOf(random.nextLong(10_000L, 100_000_000L), 2), Currency.getInstance("EUR"));
            LocalDate first = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3650));
            LocalDate last = first.plusDays(random.nextInt(-1, 1500));
            return new Case(principal, first, last, bases.get(random.nextInt(bases.size())),
                    DayCount.values()[random.nextInt(DayCount.values().length)], random);
        }

        AccruedInterest accrue(LocalDate from, LocalDate through, List<PrincipalChange> changes) {
            return CALCULATOR.accrue(new InterestRequest(principal, from, through, basis, dayCount, changes));
        }

        AccruedInterest accrue() {
            return accrue(first, last, List.of());
        }

        /** A day from the first interest day to the day after the last one. */
        LocalDate someDay() {
            return first.plusDays(random.nextLong(ChronoUnit.DAYS.between(first, last) + 2));
        }
    }

    @RepeatedTest(300)
    void splitting_a_period_anywhere_keeps_the_exact_interest_of_a_simple_basis(RepetitionInfo repetition) {
        Case c = Case.draw(repetition.getCurrentRepetition(), SIMPLE_BASES);
        LocalDate split = c.someDay();

        AccruedInterest whole = c.accrue();
        AccruedInterest before = c.accrue(c.first(), split.minusDays(1), List.of());
        AccruedInterest after = c.accrue(split, c.last(), List.of());

        assertThat(exactSum(before).plus(exactSum(after))).isEqualTo(exactSum(whole));
        // the cents may differ only by each extra line's rounding (at most half a cent per line)
        BigDecimal roundingSlack = new BigDecimal("0.005").multiply(BigDecimal.valueOf(before.periods().size() + after.periods().size()));
        assertThat(before.total().plus(after.total()).minus(whole.total()).amount().abs()).isLessThanOrEqualTo(roundingSlack);
    }

    @RepeatedTest(200)
    void zero_changes_and_empty_periods_change_nothing(RepetitionInfo repetition) {
        List<InterestBasis> bases = new ArrayList<>(SIMPLE_BASES);
        bases.add(InterestBasis.statutory(StatutoryRate.NL_STATUTORY));
        bases.add(InterestBasis.statutory(StatutoryRate.NL_COMMERCIAL));
        Case c = Case.draw(repetition.getCurrentRepetition(), bases);
        Money zero = Money.zero(c.principal().currency());
        List<PrincipalChange> zeros = List.of(new PrincipalChange(c.someDay(), zero), new PrincipalChange(c.someDay(), zero));

        AccruedInterest plain = c.accrue();

        assertThat(c.accrue(c.first(), c.last(), zeros)).isEqualTo(plain);
        assertThat(c.accrue(c.first(), c.first().minusDays(1), List.of()).total().isZero()).isTrue();
        assertThat(c.accrue(c.last().plusDays(1), c.last(), List.of()).periods()).isEmpty();
    }

    @RepeatedTest(200)
    void the_lines_tile_the_period_and_add_up_to_the_total(RepetitionInfo repetition) {
        List<InterestBasis> bases = new ArrayList<>(SIMPLE_BASES);
        bases.add(InterestBasis.statutory(StatutoryRate.NL_COMMERCIAL));
        Case c = Case.draw(repetition.getCurrentRepetition(), bases);

        AccruedInterest result = c.accrue();

        LocalDate expectedFirst = c.first();
        Money sum = Money.zero(c.principal().currency());
        for (InterestPeriod line : result.periods()) {
            assertThat(line.firstDate()).isEqualTo(expectedFirst);
            assertThat(line.lastDate()).isAfterOrEqualTo(line.firstDate());
            assertThat(line.interest()).isEqualTo(ExactInterest.of(line).rounded(line.interest().currency()));
            sum = sum.plus(line.interest());
            expectedFirst = line.lastDate().plusDays(1);
        }
        assertThat(expectedFirst).isEqualTo(c.last().plusDays(1));
        assertThat(result.total()).isEqualTo(sum);
        if (c.dayCount() != DayCount.THIRTY_360) {
            assertThat(result.periods().stream().mapToLong(InterestPeriod::days).sum())
                    .isEqualTo(ChronoUnit.DAYS.between(c.first(), c.last().plusDays(1)));
        }
    }

    @RepeatedTest(200)
    void a_payment_stops_interest_on_the_paid_part_from_its_value_date(RepetitionInfo repetition) {
        Case c = Case.draw(repetition.getCurrentRepetition(), SIMPLE_BASES);
        LocalDate valueDate = c.someDay();
        Money paid = c.principal().multipliedBy(new BigDecimal("0.37"), Money.COMMERCIAL_ROUNDING);
        Money rest = c.principal().minus(paid);

        AccruedInterest withPayment = c.accrue(c.first(), c.last(), List.of(PrincipalChange.payment(valueDate, paid)));
        AccruedInterest onRest = new Case(rest, c.first(), c.last(), c.basis(), c.dayCount(), c.random()).accrue();
        AccruedInterest onPaidUntilPayment = new Case(paid, c.first(), c.last(), c.basis(), c.dayCount(), c.random())
                .accrue(c.first(), valueDate.minusDays(1), List.of());

        assertThat(exactSum(withPayment)).isEqualTo(exactSum(onRest).plus(exactSum(onPaidUntilPayment)));
    }

    @RepeatedTest(100)
    void yearly_capitalisation_never_lowers_interest_and_changes_nothing_within_the_first_year(RepetitionInfo repetition) {
        Case c = Case.draw(repetition.getCurrentRepetition(), List.of(InterestBasis.statutory(StatutoryRate.NL_STATUTORY)));
        var simple = new InterestBasis.Statutory(StatutoryRate.NL_STATUTORY, BigDecimal.ZERO, Compounding.NONE);

        AccruedInterest compounded = c.accrue();
        AccruedInterest notCompounded = new Case(c.principal(), c.first(), c.last(), simple, c.dayCount(), c.random()).accrue();

        assertThat(compounded.total()).isGreaterThanOrEqualTo(notCompounded.total());
        if (c.last().isBefore(c.first().plusYears(1))) {
            assertThat(compounded).isEqualTo(notCompounded);
        } else {
            assertThat(compounded.capitalised().isZero()).isFalse();
        }
    }

    @RepeatedTest(100)
    void a_later_last_day_never_gives_less_interest(RepetitionInfo repetition) {
        Case c = Case.draw(repetition.getCurrentRepetition(), SIMPLE_BASES);

        AccruedInterest shorter = c.accrue();
        AccruedInterest longer = c.accrue(c.first(), c.last().plusDays(1 + c.random().nextInt(400)), List.of());

        assertThat(exactSum(longer).numerator()).isGreaterThanOrEqualTo(exactSum(shorter).numerator());
    }
}
