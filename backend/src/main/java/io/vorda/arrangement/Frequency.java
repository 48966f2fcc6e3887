package io.vorda.arrangement;

import java.time.LocalDate;

/** How often a plan's instalments fall due. */
public enum Frequency {
    /** Every week on the first instalment's weekday. */
    WEEKLY,
    /** Every two weeks. */
    EVERY_TWO_WEEKS,
    /** Every month on the first instalment's day of the month (the month's last day when it is shorter). */
    MONTHLY,
    /** Every three months. */
    QUARTERLY;

    /**
     * The scheduled day of the instalment {@code index} places after the first, counted from the first each time
     * so that 31 January, 28 February, 31 March never drift to the 28th.
     */
    LocalDate after(LocalDate first, int index) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case EVERY_TWO_WEEKS -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
            case QUARTERLY -> first.plusMonths(3L * index);
        };
    }
}
