package io.vorda.interest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;

/**
 * The working days at the place a term runs: no weekends and no public holidays of that country. Terms that end on
 * a day off move on (NL Algemene termijnenwet), Belgian waiting periods count working days, and the Polish rate day
 * is the month's last working day. The holiday calendar is data the caller supplies; this module computes only.
 */
@FunctionalInterface
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /** Monday to Friday, except the given public holidays. */
    static WorkingDays mondayToFridayExcept(Collection<LocalDate> publicHolidays) {
        Set<LocalDate> holidays = Set.copyOf(publicHolidays);
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    /** {@code date} itself when it is a working day, else the next one. */
    default LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The {@code n}th working day after {@code date} (the first is the next working day). */
    default LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        LocalDate day = date;
        for (int i = 0; i < n; i++) {
            day = onOrAfter(day.plusDays(1));
        }
        return day;
    }

    /** The last working day of {@code month}. */
    default LocalDate lastWorkingDayOf(YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
            if (!YearMonth.from(day).equals(month)) {
                throw new IllegalStateException("no working day in " + month);
            }
        }
        return day;
    }
}
