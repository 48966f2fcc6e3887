package io.vorda.rate;

import io.vorda.interest.Compounding;
import io.vorda.interest.StatutoryRate;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One statutory rate's table as the application computes with it: the shipped rows with the administrators' rows
 * laid over them. {@code periods} and {@code changes} are newest first; {@code changes} lists every entry made for
 * the table, superseded ones too. A derived rate ({@code derivedFrom} set) has no entries of its own.
 */
public record RateTableView(StatutoryRate rate, @Nullable String tableId, @Nullable StatutoryRate derivedFrom,
                            BigDecimal pointsAbove, Compounding compounding, LocalDate publishedThrough,
                            LocalDate firstDate, List<RatePeriodView> periods, List<InterestRateEntryView> changes) {

    public RateTableView {
        periods = List.copyOf(periods);
        changes = List.copyOf(changes);
    }

    /** Whether administrators may add rows here: derived rates follow their reference table instead. */
    public boolean isEditable() {
        return derivedFrom == null;
    }
}
