package io.vorda.interest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How days are counted and what a year is worth. No statute in NL, BE, DE or PL fixes this (money-rules.md §0, §9
 * item 7), so it is always chosen explicitly; {@link #ACT_365F} is the house default every worked example uses.
 */
public enum DayCount {
    /** Actual days over 365, also in leap years (money-rules.md §0; public calculators' practice). */
    ACT_365F,
    /**
     * Actual days over the actual length of the calendar year (ISDA act/act): days in a leap year count 1/366,
     * other days 1/365. Periods are split at 1 January so each one has a single year length.
     */
    ACT_ACT,
    /** 30E/360: every month counts 30 days and a 31st counts as the 30th; the year has 360 days (some German tools). */
    THIRTY_360;

    /** The days that bear interest from {@code from} (counted) to {@code toExclusive} (not counted). */
    int days(LocalDate from, LocalDate toExclusive) {
        return switch (this) {
            case ACT_365F, ACT_ACT -> Math.toIntExact(ChronoUnit.DAYS.between(from, toExclusive));
            case THIRTY_360 -> thirtyDayOrdinal(toExclusive) - thirtyDayOrdinal(from);
        };
    }

    /** The year's length in days for a period starting on {@code from} (act/act periods never cross 1 January). */
    int daysInYear(LocalDate from) {
        return switch (this) {
            case ACT_365F -> 365;
            case ACT_ACT -> from.lengthOfYear();
            case THIRTY_360 -> 360;
        };
    }

    boolean splitsAtNewYear() {
        return this == ACT_ACT;
    }

    // 30E/360 as a position on a 360-day calendar: day counts are differences of positions, so they add up when a
    // period is split anywhere.
    private static int thirtyDayOrdinal(LocalDate date) {
        return date.getYear() * 360 + date.getMonthValue() * 30 + Math.min(date.getDayOfMonth(), 30);
    }
}
