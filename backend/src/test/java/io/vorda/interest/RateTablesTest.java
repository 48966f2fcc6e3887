package io.vorda.interest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.vorda.interest.InterestFixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped rate data against money-rules.md §1–4 and §9: the figures, the derivations and what is unconfirmed. */
class RateTablesTest {

    private static final RateTables SHIPPED = RateTables.shipped();

    private static BigDecimal rateOn(StatutoryRate rate, String day) {
        RatePeriod period = SHIPPED.table(rate).periodOn(date(day));
        assertThat(period).as("%s on %s", rate, day).isNotNull();
        return period.annualRatePercent();
    }

    @ParameterizedTest(name = "{0} on {1}: {2} %")
    @CsvSource({
            "NL_STATUTORY, 2003-07-31, 7", "NL_STATUTORY, 2012-06-30, 4", "NL_STATUTORY, 2022-12-31, 2",
            "NL_STATUTORY, 2023-09-01, 6", "NL_STATUTORY, 2024-12-31, 7", "NL_STATUTORY, 2025-03-01, 6", "NL_STATUTORY, 2026-02-01, 4",
            "NL_COMMERCIAL, 2013-03-15, 7.75", "NL_COMMERCIAL, 2013-03-16, 8.75", "NL_COMMERCIAL, 2020-05-05, 8.00",
            "NL_COMMERCIAL, 2024-08-01, 12.25", "NL_COMMERCIAL, 2026-03-02, 10.15",
            "BE_LEGAL, 2010-06-30, 3.25", "BE_LEGAL, 2023-01-01, 5.25", "BE_LEGAL, 2026-12-31, 4.50",
            "BE_COMMERCIAL, 2011-12-31, 8.5", "BE_COMMERCIAL, 2014-03-01, 8.5", "BE_COMMERCIAL, 2019-01-01, 8.0",
            "BE_COMMERCIAL, 2023-07-01, 12.0", "BE_COMMERCIAL, 2025-07-01, 10.5",
            "DE_BASE_RATE, 2019-01-01, -0.88", "DE_BASE_RATE, 2024-01-01, 3.62",
            "PL_REFERENCE, 2022-09-07, 6.50", "PL_REFERENCE, 2022-09-08, 6.75", "PL_REFERENCE, 2026-03-05, 3.75",
            "PL_COMMERCIAL, 2019-12-31, 9.50", "PL_COMMERCIAL, 2022-08-01, 16.00", "PL_COMMERCIAL, 2025-07-15, 15.25",
            "PL_COMMERCIAL_PUBLIC_MEDICAL, 2021-03-01, 8.10", "PL_COMMERCIAL_PUBLIC_MEDICAL, 2026-01-01, 12.00"})
    void shipped_rates_are_the_figures_of_money_rules(StatutoryRate rate, String day, BigDecimal expectedPercent) {
        assertThat(rateOn(rate, day)).isEqualByComparingTo(expectedPercent);
    }

    @ParameterizedTest(name = "from {0}: base {1}, §288(1) {2}, §288(2) {3}, old B2B {4}")
    @CsvSource({
            "2010-01-01, 0.12, 5.12, , 8.12", "2011-07-01, 0.37, 5.37, , 8.37", "2013-01-01, -0.13, 4.87, , 7.87",
            "2014-07-29, -0.73, 4.27, 8.27, 7.27", "2015-01-01, -0.83, 4.17, 8.17, 7.17", "2016-07-01, -0.88, 4.12, 8.12, 7.12",
            "2022-07-01, -0.88, 4.12, 8.12, 7.12", "2023-01-01, 1.62, 6.62, 10.62, 9.62", "2023-07-01, 3.12, 8.12, 12.12, 11.12",
            "2024-01-01, 3.62, 8.62, 12.62, 11.62", "2024-07-01, 3.37, 8.37, 12.37, 11.37", "2025-01-01, 2.27, 7.27, 11.27, 10.27",
            "2025-07-01, 1.27, 6.27, 10.27, 9.27", "2026-01-01, 1.27, 6.27, 10.27, 9.27"})
    void german_default_rates_are_the_base_rate_plus_the_section_288_points(String day, BigDecimal base, BigDecimal general,
                                                                           BigDecimal commercial, BigDecimal oldCommercial) {
        assertThat(rateOn(StatutoryRate.DE_BASE_RATE, day)).isEqualByComparingTo(base);
        assertThat(rateOn(StatutoryRate.DE_DEFAULT, day)).isEqualByComparingTo(general);
        assertThat(rateOn(StatutoryRate.DE_DEFAULT_COMMERCIAL_UNTIL_2014_07_28, day)).isEqualByComparingTo(oldCommercial);
        if (commercial != null) {
            assertThat(rateOn(StatutoryRate.DE_DEFAULT_COMMERCIAL, day)).isEqualByComparingTo(commercial);
        } else {
            assertThat(SHIPPED.table(StatutoryRate.DE_DEFAULT_COMMERCIAL).periodOn(date(day))).isNull();
        }
    }

    @Test
    void the_polish_late_rate_follows_every_nbp_change_from_2016_as_in_money_rules_4_2() {
        List<String> rows = SHIPPED.table(StatutoryRate.PL_LATE).periods().stream()
                .map(p -> p.validFrom() + " " + p.annualRatePercent().toPlainString()).toList();

        assertThat(rows).containsExactly("2016-01-01 7.00", "2020-03-18 6.50", "2020-04-09 6.00", "2020-05-29 5.60",
                "2021-10-07 6.00", "2021-11-04 6.75", "2021-12-09 7.25", "2022-01-05 7.75", "2022-02-09 8.25", "2022-03-09 9.00",
                "2022-04-07 10.00", "2022-05-06 10.75", "2022-06-09 11.50", "2022-07-08 12.00", "2022-09-08 12.25",
                "2023-09-07 11.50", "2023-10-05 11.25", "2025-05-08 10.75", "2025-07-03 10.50", "2025-09-04 10.25",
                "2025-10-09 10.00", "2025-11-06 9.75", "2025-12-04 9.50", "2026-03-05 9.25");
    }

    @ParameterizedTest
    @EnumSource(value = StatutoryRate.class, names = {"PL_COMMERCIAL", "PL_COMMERCIAL_PUBLIC_MEDICAL"})
    void polish_commercial_rates_are_the_reference_rate_on_1_january_or_1_july_plus_the_mark_up(StatutoryRate rate) {
        RateTable reference = SHIPPED.table(StatutoryRate.PL_REFERENCE);
        for (LocalDate halfYear = date("2016-01-01"); !halfYear.isAfter(date("2026-07-01")); halfYear = halfYear.plusMonths(6)) {
            // art. 4 pt 3 of the 2013 Act: +8 for everyone until 2019, then +10 (+8 for public medical debtors)
            String markUp = halfYear.getYear() < 2020 || rate == StatutoryRate.PL_COMMERCIAL_PUBLIC_MEDICAL ? "8" : "10";
            BigDecimal expected = reference.periodOn(halfYear).annualRatePercent().add(new BigDecimal(markUp));
            assertThat(rateOn(rate, halfYear.toString())).as("%s %s", rate, halfYear).isEqualByComparingTo(expected);
            assertThat(rateOn(rate, halfYear.plusMonths(6).minusDays(1).toString())).isEqualByComparingTo(expected);
        }
    }

    @Test
    void exactly_the_rows_money_rules_9_lists_are_unconfirmed() {
        List<String> unconfirmed = new ArrayList<>();
        for (StatutoryRate rate : StatutoryRate.values()) {
            if (rate.derivedFrom() == null) {
                SHIPPED.table(rate).periods().stream().filter(p -> !p.isConfirmed()).forEach(p -> unconfirmed.add(rate + " " + p.validFrom()));
            }
        }

        assertThat(unconfirmed).containsExactlyInAnyOrder(
                "NL_STATUTORY 2025-07-01", "NL_STATUTORY 2026-01-01",              // §9 items 1, 2
                "NL_COMMERCIAL 2011-07-01", "NL_COMMERCIAL 2013-03-16",            // §9 item 4
                "BE_COMMERCIAL 2026-01-01",                                       // §9 item 5
                "PL_REFERENCE 2013-07-04", "PL_REFERENCE 2014-10-09",              // §9 item 13
                "PL_COMMERCIAL 2026-07-01", "PL_COMMERCIAL_PUBLIC_MEDICAL 2026-07-01"); // §9 item 3
    }

    @Test
    void rates_after_the_last_checked_date_are_not_published_yet() {
        assertThat(SHIPPED.table(StatutoryRate.NL_STATUTORY).publishedThrough()).isEqualTo(date("2026-06-30"));
        assertThat(SHIPPED.table(StatutoryRate.DE_DEFAULT).publishedThrough()).isEqualTo(date("2026-06-30"));
        assertThat(SHIPPED.table(StatutoryRate.BE_LEGAL).publishedThrough()).isEqualTo(date("2026-12-31"));
        assertThat(SHIPPED.table(StatutoryRate.PL_LATE).publishedThrough()).isEqualTo(date("2026-03-31"));
    }

    @Test
    void a_derived_row_cites_the_statute_and_its_reference_row() {
        RatePeriod row = SHIPPED.table(StatutoryRate.DE_DEFAULT_COMMERCIAL).periodOn(date("2024-07-01"));

        assertThat(row.source()).startsWith("§288(2) BGB: DE_BASE_RATE 3.37 + 9 points").contains("Bundesbank");
    }

    @Test
    void adding_a_reference_row_moves_every_rate_derived_from_it() {
        List<RateTable> tables = new ArrayList<>();
        for (StatutoryRate rate : StatutoryRate.values()) {
            if (rate.derivedFrom() == null && rate != StatutoryRate.DE_BASE_RATE) {
                tables.add(SHIPPED.table(rate));
            }
        }
        RateTable base = SHIPPED.table(StatutoryRate.DE_BASE_RATE);
        List<RatePeriod> rows = new ArrayList<>(base.periods());
        rows.add(new RatePeriod(date("2026-07-01"), new BigDecimal("1.02"), false, "administrator, Bundesbank press release"));
        tables.add(new RateTable(StatutoryRate.DE_BASE_RATE, rows, date("2026-12-31")));

        RateTables extended = RateTables.of(tables);

        assertThat(extended.table(StatutoryRate.DE_DEFAULT).periodOn(date("2026-07-01")).annualRatePercent()).isEqualByComparingTo("6.02");
        assertThat(extended.table(StatutoryRate.DE_DEFAULT_COMMERCIAL).periodOn(date("2026-08-01")).isConfirmed()).isFalse();
        assertThat(extended.table(StatutoryRate.DE_DEFAULT_COMMERCIAL).publishedThrough()).isEqualTo(date("2026-12-31"));
    }

    @Test
    void a_malformed_rate_file_fails_loudly_naming_the_line() {
        assertThatThrownBy(() -> RateTableFile.parse(StatutoryRate.BE_LEGAL, List.of("published-through: 2026-12-31",
                RateTableFile.HEADER, "2025-01-01,4.50,true,source", "2026-01-01,4.50,yes,source")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 4");
        assertThatThrownBy(() -> RateTableFile.parse(StatutoryRate.BE_LEGAL, List.of(RateTableFile.HEADER, "2025-01-01,4.50,true,source")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("published-through");
        assertThatThrownBy(() -> RateTableFile.parse(StatutoryRate.BE_LEGAL, List.of("published-through: 2026-12-31", RateTableFile.HEADER,
                "2026-01-01,4.50,true,source", "2025-01-01,4.50,true,source")))
                .hasMessageContaining("ascending");
    }
}
