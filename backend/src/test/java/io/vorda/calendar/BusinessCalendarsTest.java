package io.vorda.calendar;

import io.vorda.client.Jurisdiction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

/** The holiday law of money-rules.md §1.8, §2.8, §3.7, §4.7 and the table in §5.6, day by day. */
class BusinessCalendarsTest {

    private static final BusinessCalendars CALENDARS = new BusinessCalendars();

    @ParameterizedTest(name = "{0} {1}: business day = {2}")
    @CsvSource({
            // NL, Atw art. 3
            "NL, 2025-04-26, false",  // King's Day moves to Saturday 26 Apr when the 27th is a Sunday
            "NL, 2026-04-27, false",  // King's Day on a Monday
            "NL, 2026-04-03, false",  // Good Friday, art. 3(2)
            "NL, 2026-05-05, false",  // Liberation Day every year, also outside lustrum years
            "NL, 2027-05-05, false",
            "NL, 2026-05-14, false",  // Ascension
            "NL, 2026-12-26, false",  // Boxing Day is on Saturday in 2026 anyway
            "NL, 2025-12-26, false",
            "NL, 2026-05-01, true",   // 1 May is no Dutch holiday
            "NL, 2026-03-02, true",
            // BE: the ten legal holidays only
            "BE, 2026-07-21, false",
            "BE, 2026-11-11, false",
            "BE, 2026-05-01, false",
            "BE, 2025-12-26, true",   // 26 Dec is not a Belgian legal holiday
            "BE, 2026-04-03, true",   // nor Good Friday
            "BE, 2026-11-02, true",   // All Souls: an observance
            "BE, 2026-11-16, true",   // King's Feast (15 Nov, a Sunday in 2026) is not a legal holiday
            "BE, 2025-12-31, true",
            // DE: the nine nationwide holidays
            "DE, 2026-04-03, false",  // Karfreitag
            "DE, 2026-10-03, false",  // a Saturday; still a holiday
            "DE, 2025-10-03, false",
            "DE, 2026-12-24, true",   // Heiligabend is a working day
            "DE, 2026-06-04, true",   // Corpus Christi only in some states
            "DE, 2026-01-06, true",   // Epiphany only in BW, BY, ST
            // PL
            "PL, 2025-12-24, false",  // new from 2025
            "PL, 2024-12-24, true",   // not before
            "PL, 2026-01-06, false",
            "PL, 2026-06-04, false",  // Corpus Christi
            "PL, 2026-04-03, true",   // Good Friday is a working day in Poland
            "PL, 2026-05-03, false"
    })
    void knows_the_holidays_of_each_country(Jurisdiction jurisdiction, LocalDate day, boolean businessDay) {
        assertThat(CALENDARS.of(jurisdiction).isBusinessDay(day)).isEqualTo(businessDay);
    }

    @ParameterizedTest(name = "{0}: {1} rolls to {2}")
    @CsvSource({
            "NL, 2026-04-03, 2026-04-07", // Good Friday, weekend, Easter Monday
            "NL, 2025-04-26, 2025-04-28", // King's Day on Saturday 26 Apr, then Sunday
            "BE, 2026-04-03, 2026-04-03", // Good Friday is a business day in Belgium
            "BE, 2025-12-25, 2025-12-26",
            "DE, 2025-12-25, 2025-12-29",
            "PL, 2025-12-24, 2025-12-29", // 24, 25, 26 Dec, then the weekend
            "PL, 2026-03-02, 2026-03-02"
    })
    void a_day_off_rolls_to_the_next_business_day(Jurisdiction jurisdiction, LocalDate day, LocalDate rolled) {
        assertThat(CALENDARS.of(jurisdiction).nextBusinessDayOnOrAfter(day)).isEqualTo(rolled);
    }

    @Test
    void business_days_are_counted_over_weekends_and_holidays() {
        BusinessCalendar nl = CALENDARS.of(Jurisdiction.NL);

        assertThat(nl.plusBusinessDays(LocalDate.parse("2026-04-02"), 1)).isEqualTo("2026-04-07");
        assertThat(nl.plusBusinessDays(LocalDate.parse("2026-04-02"), 3)).isEqualTo("2026-04-09");
        assertThat(nl.plusBusinessDays(LocalDate.parse("2026-04-07"), -1)).isEqualTo("2026-04-02");
        assertThat(nl.plusBusinessDays(LocalDate.parse("2026-04-04"), 0)).isEqualTo("2026-04-07");
        assertThat(CALENDARS.of(Jurisdiction.BE).plusBusinessDays(LocalDate.parse("2026-04-02"), 1)).isEqualTo("2026-04-03");
    }

    @Test
    void each_country_has_its_statutory_number_of_holidays() {
        assertThat(CALENDARS.of(Jurisdiction.BE).holidays(Year.of(2026))).hasSize(10)
                .noneMatch(h -> h.date().equals(LocalDate.parse("2026-12-26")));
        assertThat(CALENDARS.of(Jurisdiction.DE).holidays(Year.of(2026))).hasSize(9);
        assertThat(CALENDARS.of(Jurisdiction.PL).holidays(Year.of(2025))).hasSize(14);
        assertThat(CALENDARS.of(Jurisdiction.NL).holidays(Year.of(2026))).extracting(PublicHoliday::date)
                .contains(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-05-05"), LocalDate.parse("2026-04-27"));
        assertThat(CALENDARS.of(Jurisdiction.NL).holidayOn(LocalDate.parse("2026-04-03")))
                .hasValueSatisfying(h -> assertThat(h.rule()).isEqualTo("Atw art. 3(2)"));
    }
}
