package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The annual rate of one basis over time, where it changes, and the rows and sources behind it. */
final class BasisRates {

    /** Whether a stretch of days rests only on confirmed, published rates, and where they were read. */
    record Provenance(boolean isConfirmed, List<String> sources) {
    }

    private final @Nullable RateTable table;
    private final BigDecimal addedPercent;
    private final String agreement;

    private BasisRates(@Nullable RateTable table, BigDecimal addedPercent, String agreement) {
        this.table = table;
        this.addedPercent = addedPercent;
        this.agreement = agreement;
    }

    static BasisRates of(InterestBasis basis, RateTables tables) {
        return switch (basis) {
            case InterestBasis.Statutory s -> new BasisRates(tables.table(s.rate()), s.pointsAbove(),
                    s.pointsAbove().signum() == 0 ? "" : "plus %s points agreed in the contract".formatted(s.pointsAbove().toPlainString()));
            case InterestBasis.AnnualPercent a -> new BasisRates(null, a.percent(),
                    "agreed in the contract: %s %% a year".formatted(a.percent().toPlainString()));
            case InterestBasis.MonthlyPercent m -> new BasisRates(null, m.annualPercent(),
                    "agreed in the contract: %s %% a month, %s %% a year".formatted(m.percent().toPlainString(), m.annualPercent().toPlainString()));
        };
    }

    /** Refuses a day before the table's first row: a missing rate must never read as zero interest. */
    void requireKnownOn(LocalDate date) {
        if (table != null && table.periodOn(date) == null) {
            throw new DomainException(ErrorCode.INTEREST_RATE_UNKNOWN, "No %s rate is known for %s: the table starts on %s"
                    .formatted(table.rate(), date, table.firstDate()), "firstInterestDate");
        }
    }

    BigDecimal annualRateOn(LocalDate date) {
        if (table == null) {
            return addedPercent;
        }
        RatePeriod period = table.periodOn(date);
        if (period == null) {
            throw new IllegalStateException("checked by requireKnownOn: " + date);
        }
        return period.annualRatePercent().add(addedPercent);
    }

    /**
     * The days after {@code from} and before {@code toExclusive} on which the rate takes a new value. A table row
     * that repeats the previous rate is no change: splitting there would alter the per-period rounding.
     */
    List<LocalDate> changesBetween(LocalDate from, LocalDate toExclusive) {
        List<LocalDate> changes = new ArrayList<>();
        if (table == null) {
            return changes;
        }
        List<RatePeriod> rows = table.periodsBetween(from, toExclusive);
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).annualRatePercent().compareTo(rows.get(i - 1).annualRatePercent()) != 0) {
                changes.add(rows.get(i).validFrom());
            }
        }
        return changes;
    }

    Provenance provenance(LocalDate from, LocalDate toExclusive) {
        if (table == null) {
            return new Provenance(true, List.of(agreement));
        }
        Set<String> sources = new LinkedHashSet<>();
        boolean confirmed = true;
        for (RatePeriod row : table.periodsBetween(from, toExclusive)) {
            sources.add(row.source());
            confirmed &= row.isConfirmed();
        }
        if (!agreement.isEmpty()) {
            sources.add(agreement);
        }
        if (toExclusive.minusDays(1).isAfter(table.publishedThrough())) {
            confirmed = false;
            sources.add("no %s rate known for days after %s; the last known rate is carried forward (unconfirmed)"
                    .formatted(table.rate(), table.publishedThrough()));
        }
        return new Provenance(confirmed, List.copyOf(sources));
    }
}
