package io.vorda.calendar;

import io.vorda.client.Jurisdiction;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business-day calendars, one per jurisdiction: which days a deadline or a due date may fall on. A payment plan's
 * due dates and a workflow's "wait N business days" both roll with the calendar of the case's jurisdiction
 * (money-rules §5.6 rule 1: the national holiday law of the place of performance).
 */
@Singleton
public class BusinessCalendars {

    private final Map<Jurisdiction, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    /** The calendar of one jurisdiction; its holidays are read from Jollyday on first use. */
    public BusinessCalendar of(Jurisdiction jurisdiction) {
        return calendars.computeIfAbsent(jurisdiction, j -> new BusinessCalendar(j, new HolidayRules(j)));
    }
}
