package io.vorda.calendar;

import io.vorda.client.Jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The business days of one jurisdiction: every day but Saturdays, Sundays and the jurisdiction's public holidays.
 * Thread-safe; holidays are computed once per year and kept.
 */
public final class BusinessCalendar {

    private final Jurisdiction jurisdiction;
    private final HolidayRules rules;
    private final Map<Integer, Map<LocalDate, PublicHoliday>> years = new ConcurrentHashMap<>();

    BusinessCalendar(Jurisdiction jurisdiction, HolidayRules rules) {
        this.jurisdiction = jurisdiction;
        this.rules = rules;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** True unless the day is a Saturday, a Sunday or a public holiday. */
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holidayOn(date).isEmpty();
    }

    /** The day itself when it is a business day, else the first business day after it (Atw art. 1, §193 BGB). */
    public LocalDate nextBusinessDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The business day {@code days} business days after {@code date} (before it when negative); the start day
     * itself is not counted. Zero gives the start day rolled forward to a business day.
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        if (days == 0) {
            return nextBusinessDayOnOrAfter(date);
        }
        int step = days > 0 ? 1 : -1;
        LocalDate day = date;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The public holiday on a day, if any (weekends are not holidays unless the law names the day). */
    public Optional<PublicHoliday> holidayOn(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    /** The year's public holidays in date order. */
    public List<PublicHoliday> holidays(Year year) {
        return List.copyOf(year(year.getValue()).values());
    }

    private Map<LocalDate, PublicHoliday> year(int year) {
        return years.computeIfAbsent(year, rules::holidays);
    }
}
