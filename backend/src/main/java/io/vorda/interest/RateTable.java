package io.vorda.interest;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of one statutory rate in date order, and the last day up to which the table is known to be complete.
 * A rate stays in force until the next row; days after {@code publishedThrough} still use the last row, but are
 * reported as unconfirmed because a newer rate may have been published since.
 */
public record RateTable(StatutoryRate rate, List<RatePeriod> periods, LocalDate publishedThrough) {

    public RateTable {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(publishedThrough, "publishedThrough");
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException(rate + " has no rate periods");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i).validFrom().isAfter(periods.get(i - 1).validFrom())) {
                throw new IllegalArgumentException(rate + ": rows must be in strictly ascending date order at " + periods.get(i).validFrom());
            }
        }
    }

    public LocalDate firstDate() {
        return periods.getFirst().validFrom();
    }

    /** The row in force on {@code date}, or null before the first row. */
    public @Nullable RatePeriod periodOn(LocalDate date) {
        RatePeriod inForce = null;
        for (RatePeriod period : periods) {
            if (period.validFrom().isAfter(date)) {
                break;
            }
            inForce = period;
        }
        return inForce;
    }

    /** The rows in force on at least one day from {@code from} to {@code toExclusive} (not counted). */
    List<RatePeriod> periodsBetween(LocalDate from, LocalDate toExclusive) {
        List<RatePeriod> result = new ArrayList<>();
        RatePeriod first = periodOn(from);
        if (first != null) {
            result.add(first);
        }
        for (RatePeriod period : periods) {
            if (period.validFrom().isAfter(from) && period.validFrom().isBefore(toExclusive)) {
                result.add(period);
            }
        }
        return result;
    }

    /** The table of a derived rate: every row of its reference plus the statutory points, from the statute's start. */
    static RateTable derive(StatutoryRate derived, RateTable reference) {
        LocalDate appliesFrom = derived.appliesFrom();
        List<RatePeriod> rows = new ArrayList<>();
        for (RatePeriod row : reference.periods()) {
            LocalDate validFrom = row.validFrom();
            if (appliesFrom != null && validFrom.isBefore(appliesFrom)) {
                RatePeriod next = reference.periodOn(appliesFrom);
                if (next != row) {
                    continue;
                }
                validFrom = appliesFrom; // the reference row in force when the statute starts opens the derived table
            }
            rows.add(new RatePeriod(validFrom, row.annualRatePercent().add(derived.pointsAbove()), row.isConfirmed(),
                    "%s: %s %s + %s points (%s)".formatted(derived.rule(), reference.rate(),
                            row.annualRatePercent().toPlainString(), derived.pointsAbove().toPlainString(), row.source())));
        }
        return new RateTable(derived, rows, reference.publishedThrough());
    }
}
