package io.vorda.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.vorda.client.Jurisdiction;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One country's public holidays: Jollyday's national calendar (no regions) with the law of money-rules.md applied.
 * Jollyday marks days the way calendars print them, which is not always what moves a legal deadline: NL counts
 * Good Friday (an "observance" in Jollyday), Belgium's legal holidays are fewer than the days Jollyday lists.
 */
final class HolidayRules {

    private static final String GOOD_FRIDAY = "christian.GOOD_FRIDAY";

    /** Belgium: the ten legal holidays only (money-rules §2.8); 26 Dec and Good Friday are not among them. */
    private static final Set<String> BELGIAN_LEGAL_HOLIDAYS = Set.of("NEW_YEAR", "christian.EASTER_MONDAY", "LABOUR_DAY",
            "christian.ASCENSION_DAY", "christian.PENTECOST_MONDAY", "NATIONAL_DAY", "ASSUMPTION_DAY", "ALL_SAINTS",
            "ARMISTICE", "CHRISTMAS");

    private final Jurisdiction jurisdiction;
    private volatile HolidayManager manager;

    HolidayRules(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    SortedMap<LocalDate, PublicHoliday> holidays(int year) {
        SortedMap<LocalDate, PublicHoliday> days = new TreeMap<>();
        for (Holiday holiday : manager().getHolidays(Year.of(year))) {
            if (counts(holiday)) {
                days.put(holiday.getDate(), new PublicHoliday(holiday.getDate(), holiday.getDescription(Locale.ENGLISH), rule(holiday)));
            }
        }
        if (jurisdiction == Jurisdiction.NL) {
            // Atw art. 3(1) names 5 May every year, whatever a calendar says about lustrum years
            LocalDate liberation = LocalDate.of(year, Month.MAY, 5);
            days.putIfAbsent(liberation, new PublicHoliday(liberation, "Liberation Day", "Atw art. 3(1)"));
        }
        return Collections.unmodifiableSortedMap(days);
    }

    private boolean counts(Holiday holiday) {
        return switch (jurisdiction) {
            // Atw art. 3(2): Good Friday is treated as a generally recognised holiday
            case NL -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY || GOOD_FRIDAY.equals(holiday.getPropertiesKey());
            case BE -> BELGIAN_LEGAL_HOLIDAYS.contains(holiday.getPropertiesKey());
            // the national calendar without states: the nine nationwide holidays (§193 BGB; money-rules §3.7)
            case DE -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY;
            // ustawa o dniach wolnych od pracy, incl. 24 Dec from 2025 (money-rules §4.7)
            case PL -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY;
        };
    }

    private String rule(Holiday holiday) {
        return switch (jurisdiction) {
            case NL -> GOOD_FRIDAY.equals(holiday.getPropertiesKey()) ? "Atw art. 3(2)" : "Atw art. 3(1)";
            case BE -> "Belgian legal holiday";
            case DE -> "nationwide holiday (§193 BGB)";
            case PL -> "ustawa o dniach wolnych od pracy";
        };
    }

    private HolidayManager manager() {
        HolidayManager current = manager;
        if (current == null) {
            synchronized (this) {
                if (manager == null) {
                    // slow the first time in a JVM (JAXB reads the country's XML): hence lazily, not at start-up
                    manager = HolidayManager.getInstance(ManagerParameters.create(calendar()));
                }
                current = manager;
            }
        }
        return current;
    }

    private HolidayCalendar calendar() {
        return switch (jurisdiction) {
            case NL -> HolidayCalendar.NETHERLANDS;
            case BE -> HolidayCalendar.BELGIUM;
            case DE -> HolidayCalendar.GERMANY;
            case PL -> HolidayCalendar.POLAND;
        };
    }
}
