package io.vorda.calendar;

import java.time.LocalDate;

/**
 * A day on which deadlines and due dates do not fall in a jurisdiction.
 *
 * @param date the day
 * @param name the holiday's English name, e.g. "Good Friday"
 * @param rule why it counts, e.g. "Atw art. 3(2)"
 */
public record PublicHoliday(LocalDate date, String name, String rule) {
}
