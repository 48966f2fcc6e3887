package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.vorda.interest.DayCount.ACT_365F;
import static io.vorda.interest.DayCount.ACT_ACT;
import static io.vorda.interest.DayCount.THIRTY_360;
import static io.vorda.interest.InterestBasis.statutory;
import static io.vorda.interest.InterestFixtures.CALCULATOR;
import static io.vorda.interest.InterestFixtures.Line;
import static io.vorda.interest.InterestFixtures.accrue;
import static io.vorda.interest.InterestFixtures.date;
import static io.vorda.interest.InterestFixtures.eur;
import static io.vorda.interest.InterestFixtures.line;
import static io.vorda.interest.InterestFixtures.percent;
import static io.vorda.interest.StatutoryRate.DE_BASE_RATE;
import static io.vorda.interest.StatutoryRate.DE_DEFAULT;
import static io.vorda.interest.StatutoryRate.DE_DEFAULT_COMMERCIAL;
import static io.vorda.interest.StatutoryRate.NL_STATUTORY;
import static io.vorda.interest.StatutoryRate.PL_LATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterestCalculatorTest {

    /** money-rules.md §6, reproduced to the cent with every breakdown line. */
    @Nested
    class WorkedExamples {

        @Test
        void example_1_nl_consumer_interest_is_capitalised_on_the_first_anniversary() {
            AccruedInterest result = accrue("10000.00", "2023-09-01", "2024-12-31", statutory(NL_STATUTORY), ACT_365F);

            assertThat(result.periods()).map(Line::of).containsExactly(
                    line("2023-09-01", "2023-12-31", 122, "6", "10000.00", "200.5479", "200.55"),
                    new Line("2024-01-01", "2024-08-31", 244, "7", "10000.00", "467.9452", "467.95", "668.50"),
                    line("2024-09-01", "2024-12-31", 122, "7", "10668.50", "249.6137", "249.61"));
            assertThat(result.total()).isEqualTo(eur("918.11"));
            assertThat(result.capitalised()).isEqualTo(eur("668.50"));
            assertThat(result.isConfirmed()).isTrue();
        }

        @Test
        void example_1_without_capitalisation_comes_to_15_64_less() {
            var simple = new InterestBasis.Statutory(NL_STATUTORY, BigDecimal.ZERO, Compounding.NONE);

            AccruedInterest result = accrue("10000.00", "2023-09-01", "2024-12-31", simple, ACT_365F);

            // no anniversary split: 2024 is one line, 467.95 + 233.97 of the example in one rounding
            assertThat(result.periods()).map(Line::of).containsExactly(
                    line("2023-09-01", "2023-12-31", 122, "6", "10000.00", "200.5479", "200.55"),
                    line("2024-01-01", "2024-12-31", 366, "7", "10000.00", "701.9178", "701.92"));
            assertThat(result.total()).isEqualTo(eur("902.47"));
        }

        @Test
        void example_9_de_b2b_default_interest_over_a_half_year_boundary() {
            AccruedInterest result = accrue("50000.00", "2024-06-01", "2024-09-30", statutory(DE_DEFAULT_COMMERCIAL), ACT_365F);

            assertThat(result.periods()).map(Line::of).containsExactly(
                    line("2024-06-01", "2024-06-30", 30, "12.62", "50000.00", "518.6301", "518.63"),
                    line("2024-07-01", "2024-09-30", 92, "12.37", "50000.00", "1558.9589", "1558.96"));
            assertThat(result.total()).isEqualTo(eur("2077.59"));
            assertThat(result.capitalised()).isEqualTo(eur("0.00")); // §289 BGB: no compounding
        }

        @Test
        void example_9_with_act_366_in_the_leap_year() {
            AccruedInterest result = accrue("50000.00", "2024-06-01", "2024-09-30", statutory(DE_DEFAULT_COMMERCIAL), ACT_ACT);

            assertThat(result.periods()).extracting(InterestPeriod::daysInYear).containsOnly(366);
            assertThat(result.total()).isEqualTo(eur("2071.91"));
        }

        @Test
        void example_13_accrued_interest_on_both_claims_on_the_payment_day_which_is_not_counted() {
            AccruedInterest claimA = accrue("2000.00", "2024-02-01", "2024-09-30", statutory(NL_STATUTORY), ACT_365F);
            AccruedInterest claimB = accrue("1500.00", "2024-04-01", "2024-09-30", statutory(NL_STATUTORY), ACT_365F);

            assertThat(claimA.periods()).map(Line::of)
                    .containsExactly(line("2024-02-01", "2024-09-30", 243, "7", "2000.00", "93.2055", "93.21"));
            assertThat(claimB.periods()).map(Line::of)
                    .containsExactly(line("2024-04-01", "2024-09-30", 183, "7", "1500.00", "52.6438", "52.64"));
        }

        @Test
        void example_13_interest_on_claim_b_continues_on_the_unpaid_principal_from_the_payment_day() {
            var request = InterestRequest.of(eur("1500.00"), date("2024-04-01"), date("2024-12-31"), statutory(NL_STATUTORY), ACT_365F)
                    .withPrincipalChanges(List.of(PrincipalChange.payment(date("2024-10-01"), eur("554.15"))));

            AccruedInterest result = CALCULATOR.accrue(request);

            assertThat(result.periods()).map(Line::of).containsExactly(
                    line("2024-04-01", "2024-09-30", 183, "7", "1500.00", "52.6438", "52.64"),
                    line("2024-10-01", "2024-12-31", 92, "7", "945.85", "16.6884", "16.69"));
            assertThat(result.total()).isEqualTo(eur("69.33"));
        }
    }

    @Nested
    class PeriodEdges {

        @Test
        void a_period_ending_the_day_before_it_starts_is_empty_and_bears_nothing() {
            AccruedInterest result = accrue("1000.00", "2024-10-01", "2024-09-30", statutory(NL_STATUTORY), ACT_365F);

            assertThat(result.periods()).isEmpty();
            assertThat(result.total()).isEqualTo(eur("0.00"));
        }

        @Test
        void a_period_ending_before_that_is_refused() {
            assertThatThrownBy(() -> accrue("1000.00", "2024-10-01", "2024-09-29", statutory(NL_STATUTORY), ACT_365F))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PERIOD);
                        assertThat(e.field()).isEqualTo("lastInterestDate");
                    });
        }

        @Test
        void a_single_day_bears_one_day_of_interest() {
            AccruedInterest result = accrue("36500.00", "2024-03-15", "2024-03-15", statutory(NL_STATUTORY), ACT_365F);

            assertThat(result.periods()).map(Line::of).containsExactly(line("2024-03-15", "2024-03-15", 1, "7", "36500.00", "7.0000", "7.00"));
        }

        @Test
        void a_rate_change_on_the_first_day_applies_from_that_day() {
            AccruedInterest result = accrue("1000.00", "2024-01-01", "2024-03-31", statutory(NL_STATUTORY), ACT_365F);

            assertThat(result.periods()).singleElement().satisfies(p -> assertThat(p.annualRatePercent()).isEqualByComparingTo("7"));
        }

        @Test
        void a_rate_change_on_the_last_day_gives_that_day_its_own_line() {
            AccruedInterest result = accrue("1000.00", "2024-06-01", "2024-07-01", statutory(DE_DEFAULT), ACT_365F);

            assertThat(result.periods()).map(Line::of).containsExactly(
                    line("2024-06-01", "2024-06-30", 30, "8.62", "1000.00", "7.0849", "7.08"),
                    line("2024-07-01", "2024-07-01", 1, "8.37", "1000.00", "0.2293", "0.23"));
        }

        @Test
        void a_rate_change_the_day_after_the_last_day_does_not_split() {
            AccruedInterest result = accrue("1000.00", "2024-06-01", "2024-06-30", statutory(DE_DEFAULT), ACT_365F);

            assertThat(result.periods()).singleElement().satisfies(p -> assertThat(p.lastDate()).isEqualTo(date("2024-06-30")));
        }

        @Test
        void a_table_row_repeating_the_rate_does_not_split_the_line() {
            // NL 1 Jul 2024: 7 % confirmed unchanged; splitting there would change the per-line rounding of example 1
            AccruedInterest result = accrue("1000.00", "2024-05-01", "2024-08-31", statutory(NL_STATUTORY), ACT_365F);

            assertThat(result.periods()).singleElement().satisfies(p -> assertThat(p.sources()).hasSize(2));
        }
    }

    @Nested
    class LeapYearsAndDayCounts {

        @Test
        void act_365f_counts_the_leap_day_as_an_extra_day_of_a_365_day_year() {
            assertThat(accrue("10000.00", "2024-01-01", "2024-12-31", statutory(NL_STATUTORY), ACT_365F).total()).isEqualTo(eur("701.92"));
        }

        @Test
        void act_act_makes_a_whole_leap_year_worth_exactly_the_annual_rate() {
            assertThat(accrue("10000.00", "2024-01-01", "2024-12-31", statutory(NL_STATUTORY), ACT_ACT).total()).isEqualTo(eur("700.00"));
        }

        @Test
        void act_act_splits_at_new_year_so_each_line_has_one_year_length() {
            AccruedInterest result = accrue("10000.00", "2023-12-01", "2024-01-31", InterestBasis.annual(percent("10")), ACT_ACT);

            assertThat(result.periods()).map(Line::of).containsExactly(
                    line("2023-12-01", "2023-12-31", 31, "10", "10000.00", "84.9315", "84.93"),
                    line("2024-01-01", "2024-01-31", 31, "10", "10000.00", "84.6995", "84.70"));
        }

        @Test
        void thirty_360_gives_every_whole_month_thirty_days_including_february() {
            AccruedInterest result = accrue("1000.00", "2025-01-01", "2025-03-31", InterestBasis.monthly(percent("1")), THIRTY_360);

            assertThat(result.periods()).singleElement().satisfies(p -> {
                assertThat(p.days()).isEqualTo(90);
                assertThat(p.daysInYear()).isEqualTo(360);
            });
            assertThat(result.total()).isEqualTo(eur("30.00"));
        }

        @Test
        void a_monthly_rate_under_act_365f_is_twelve_times_that_a_year() {
            AccruedInterest result = accrue("1000.00", "2025-01-01", "2025-01-31", InterestBasis.monthly(percent("1")), ACT_365F);

            assertThat(result.periods()).map(Line::of).containsExactly(line("2025-01-01", "2025-01-31", 31, "12", "1000.00", "10.1918", "10.19"));
        }

        @Test
        void a_start_on_29_february_capitalises_on_28_february_in_common_years() {
            AccruedInterest result = accrue("1000.00", "2024-02-29", "2028-03-31", statutory(NL_STATUTORY), ACT_365F);

            assertThat(result.periods()).filteredOn(p -> !p.capitalisedAfter().isZero()).map(InterestPeriod::lastDate)
                    .containsExactly(date("2025-02-27"), date("2026-02-27"), date("2027-02-27"), date("2028-02-28"));
        }
    }

    @Nested
    class Bases {

        @Test
        void the_base_rate_plus_five_points_agreed_equals_the_section_288_1_rate() {
            AccruedInterest agreed = accrue("5000.00", "2023-03-01", "2025-02-28", InterestBasis.statutoryPlus(DE_BASE_RATE, percent("5")), ACT_365F);
            AccruedInterest statute = accrue("5000.00", "2023-03-01", "2025-02-28", statutory(DE_DEFAULT), ACT_365F);

            assertThat(agreed.total()).isEqualTo(statute.total());
            assertThat(agreed.periods()).map(InterestPeriod::annualRatePercent).usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(statute.periods().stream().map(InterestPeriod::annualRatePercent).toList());
            assertThat(agreed.periods().getFirst().sources()).contains("plus 5 points agreed in the contract");
        }

        @Test
        void agreed_points_above_the_nl_rate_do_not_compound_unless_agreed() {
            AccruedInterest result = accrue("1000.00", "2023-01-01", "2024-12-31", InterestBasis.statutoryPlus(NL_STATUTORY, percent("2")), ACT_365F);

            assertThat(result.capitalised().isZero()).isTrue();
            assertThat(result.periods()).map(p -> p.annualRatePercent().toPlainString()).containsExactly("6", "8", "9");
        }

        @Test
        void a_fixed_annual_rate_is_one_line_over_years_and_cites_the_contract() {
            AccruedInterest result = accrue("1200.00", "2020-01-01", "2022-12-31", InterestBasis.annual(percent("8.5")), ACT_365F);

            assertThat(result.periods()).singleElement().satisfies(p -> {
                assertThat(p.days()).isEqualTo(1096);
                assertThat(p.sources()).containsExactly("agreed in the contract: 8.5 % a year");
            });
            assertThat(result.total()).isEqualTo(eur("306.28"));
        }

        @Test
        void a_negative_agreed_rate_is_refused() {
            assertThatThrownBy(() -> InterestBasis.annual(percent("-1")))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT));
        }
    }

    @Nested
    class MissingOrUnconfirmedRates {

        @Test
        void a_day_before_the_first_table_row_is_refused_never_zero() {
            assertThatThrownBy(() -> accrue("1000.00", "2001-12-31", "2002-01-31", statutory(NL_STATUTORY), ACT_365F))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INTEREST_RATE_UNKNOWN);
                        assertThat(e.getMessage()).contains("NL_STATUTORY", "2001-12-31", "2002-01-01");
                    });
        }

        @Test
        void the_plus_nine_points_rate_does_not_exist_before_29_july_2014() {
            assertThatThrownBy(() -> accrue("1000.00", "2014-07-28", "2014-08-31", statutory(DE_DEFAULT_COMMERCIAL), ACT_365F))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEREST_RATE_UNKNOWN));
            assertThat(accrue("1000.00", "2014-07-29", "2014-07-29", statutory(DE_DEFAULT_COMMERCIAL), ACT_365F)
                    .periods().getFirst().annualRatePercent()).isEqualByComparingTo("8.27");
        }

        @Test
        void the_polish_civil_code_late_rate_starts_on_1_january_2016() {
            assertThatThrownBy(() -> accrue("1000.00", "2015-12-31", "2016-01-31", statutory(PL_LATE), ACT_365F))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTEREST_RATE_UNKNOWN));
        }

        @Test
        void a_line_on_an_unconfirmed_rate_says_so_and_cites_why() {
            AccruedInterest result = accrue("1000.00", "2025-06-01", "2025-07-31", statutory(NL_STATUTORY), ACT_365F);

            // 1 Jul 2025 "6 %, no change" is unconfirmed (money-rules §9 item 1); it does not split the line
            assertThat(result.periods()).singleElement().satisfies(p -> {
                assertThat(p.isConfirmed()).isFalse();
                assertThat(p.sources()).anySatisfy(s -> assertThat(s).contains("§9 item 1"));
            });
            assertThat(result.isConfirmed()).isFalse();
        }

        @Test
        void days_after_the_last_published_date_carry_the_last_rate_forward_as_unconfirmed() {
            AccruedInterest result = accrue("1000.00", "2026-05-01", "2026-07-31", statutory(DE_DEFAULT), ACT_365F);

            assertThat(result.periods()).singleElement().satisfies(p -> {
                assertThat(p.annualRatePercent()).isEqualByComparingTo("6.27");
                assertThat(p.isConfirmed()).isFalse();
                assertThat(p.sources()).anySatisfy(s -> assertThat(s).contains("after 2026-06-30"));
            });
            assertThat(accrue("1000.00", "2026-05-01", "2026-06-30", statutory(DE_DEFAULT), ACT_365F).isConfirmed()).isTrue();
        }
    }

    @Nested
    class PrincipalChanges {

        @Test
        void a_payment_of_everything_stops_interest_from_its_value_date() {
            var request = InterestRequest.of(eur("1000.00"), date("2024-01-01"), date("2024-12-31"), statutory(DE_DEFAULT), ACT_365F)
                    .withPrincipalChanges(List.of(PrincipalChange.payment(date("2024-03-01"), eur("1000.00"))));

            AccruedInterest result = CALCULATOR.accrue(request);

            assertThat(result.total()).isEqualTo(accrue("1000.00", "2024-01-01", "2024-02-29", statutory(DE_DEFAULT), ACT_365F).total());
            assertThat(result.periods().getLast().base()).isEqualTo(eur("0.00"));
        }

        @Test
        void a_payment_before_or_on_the_first_day_lowers_the_starting_principal() {
            var request = InterestRequest.of(eur("1000.00"), date("2024-01-01"), date("2024-01-31"), statutory(DE_DEFAULT), ACT_365F)
                    .withPrincipalChanges(List.of(PrincipalChange.payment(date("2023-12-15"), eur("400.00")),
                            PrincipalChange.payment(date("2024-01-01"), eur("100.00"))));

            assertThat(CALCULATOR.accrue(request).periods()).singleElement()
                    .satisfies(p -> assertThat(p.base()).isEqualTo(eur("500.00")));
        }

        @Test
        void paying_more_than_the_principal_is_refused() {
            var request = InterestRequest.of(eur("1000.00"), date("2024-01-01"), date("2024-12-31"), statutory(DE_DEFAULT), ACT_365F)
                    .withPrincipalChanges(List.of(PrincipalChange.payment(date("2024-06-01"), eur("1000.01"))));

            assertThatThrownBy(() -> CALCULATOR.accrue(request))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
        }

        @Test
        void a_change_in_another_currency_is_refused() {
            assertThatThrownBy(() -> InterestRequest.of(eur("1000.00"), date("2024-01-01"), date("2024-12-31"), statutory(DE_DEFAULT), ACT_365F)
                    .withPrincipalChanges(List.of(PrincipalChange.payment(date("2024-06-01"), io.vorda.shared.Money.of("10.00", "PLN")))))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
        }

        @Test
        void a_negative_principal_is_refused() {
            assertThatThrownBy(() -> accrue("-1.00", "2024-01-01", "2024-12-31", statutory(DE_DEFAULT), ACT_365F))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("principal"));
        }
    }
}
