package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The interest engine: pure, no I/O, safe to share. Splits the period at every rate change, every change of the
 * principal, every capitalisation anniversary (where the basis compounds) and, for act/act, every 1 January; computes
 * each line exactly, rounds each line once to the cent and adds the rounded lines (money-rules.md §0). Paused days
 * (e.g. a payment plan that freezes interest) get no line and no interest.
 */
public final class InterestCalculator {

    private final Supplier<RateTables> tables;

    public InterestCalculator(RateTables tables) {
        this(() -> tables);
    }

    /**
     * A calculator on tables that may grow while the application runs (administrators' rows): each request reads the
     * tables once, so one result never mixes two versions of a table.
     */
    public InterestCalculator(Supplier<RateTables> tables) {
        this.tables = tables;
    }

    public AccruedInterest accrue(InterestRequest request) {
        LocalDate start = request.firstInterestDate();
        LocalDate end = request.lastInterestDate().plusDays(1); // money-rules §0: days = (day after last day) − first day
        Currency currency = request.principal().currency();
        if (!end.isAfter(start)) {
            return AccruedInterest.none(currency);
        }
        BasisRates rates = BasisRates.of(request.basis(), tables.get());
        rates.requireKnownOn(start);
        DayCount dayCount = request.dayCount();

        Map<LocalDate, Money> changes = new HashMap<>();
        Money base = request.principal();
        for (PrincipalChange change : request.principalChanges()) {
            if (!change.valueDate().isAfter(start)) {
                base = base.plus(change.amount()); // already in effect on the first interest day
            } else if (change.valueDate().isBefore(end)) {
                changes.merge(change.valueDate(), change.amount(), Money::plus);
            }
        }
        changes.values().removeIf(Money::isZero); // a zero change must not split a line and alter its rounding
        requireNotNegative(base, start);

        Set<LocalDate> anniversaries = anniversaries(request.basis().compounding(), start, end);
        NavigableSet<LocalDate> cuts = new TreeSet<>(changes.keySet());
        cuts.addAll(rates.changesBetween(start, end));
        cuts.addAll(anniversaries);
        if (dayCount.splitsAtNewYear()) {
            for (int year = start.getYear() + 1; year <= end.getYear(); year++) {
                cuts.add(LocalDate.of(year, 1, 1));
            }
        }
        for (InterestPause pause : request.pauses()) { // a line is either wholly paused or not at all
            cuts.add(pause.from());
            if (pause.until() != null) {
                cuts.add(pause.until());
            }
        }
        cuts.add(end);
        cuts.removeIf(cut -> !cut.isAfter(start) || cut.isAfter(end));

        List<InterestPeriod> periods = new ArrayList<>();
        ExactInterest totalExact = ExactInterest.ZERO;
        Money total = Money.zero(currency);
        Money sinceAnniversary = Money.zero(currency);
        LocalDate from = start;
        for (LocalDate to : cuts) {
            LocalDate lineStart = from;
            if (request.pauses().stream().anyMatch(p -> p.covers(lineStart))) {
                // no interest and no line for paused days; a capitalisation anniversary on the pause's way still adds
                // the year's interest to the base (the next line shows the larger base), and principal changes apply
                if (anniversaries.contains(to)) {
                    base = base.plus(sinceAnniversary);
                    sinceAnniversary = Money.zero(currency);
                }
                base = base.plus(changes.getOrDefault(to, Money.zero(currency)));
                requireNotNegative(base, to);
                from = to;
                continue;
            }
            int days = dayCount.days(from, to);
            int daysInYear = dayCount.daysInYear(from);
            BigDecimal rate = rates.annualRateOn(from);
            ExactInterest exact = ExactInterest.of(base.amount(), rate, days, daysInYear);
            Money interest = exact.rounded(currency);
            sinceAnniversary = sinceAnniversary.plus(interest);
            Money capitalised = Money.zero(currency);
            if (anniversaries.contains(to)) {
                // 6:119(2) / 6:119a(3) BW: the full year's interest, as charged (rounded lines), joins the base
                capitalised = sinceAnniversary;
                sinceAnniversary = Money.zero(currency);
            }
            BasisRates.Provenance provenance = rates.provenance(from, to);
            periods.add(new InterestPeriod(from, to.minusDays(1), days, daysInYear, rate, base, exact.toDecimal(),
                    interest, capitalised, provenance.isConfirmed(), provenance.sources()));
            totalExact = totalExact.plus(exact);
            total = total.plus(interest);
            base = base.plus(capitalised).plus(changes.getOrDefault(to, Money.zero(currency)));
            requireNotNegative(base, to);
            from = to;
        }
        return new AccruedInterest(total, totalExact.toDecimal(), periods);
    }

    private static Set<LocalDate> anniversaries(Compounding compounding, LocalDate start, LocalDate end) {
        Set<LocalDate> result = new TreeSet<>();
        if (compounding == Compounding.YEARLY) {
            // always counted from the start, so a 29 February start returns to 29 February in leap years
            for (int years = 1; start.plusYears(years).isBefore(end); years++) {
                result.add(start.plusYears(years));
            }
        }
        return result;
    }

    private static void requireNotNegative(Money base, LocalDate from) {
        if (base.isNegative()) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT,
                    "The principal changes take the sum bearing interest below zero from " + from, "principalChanges");
        }
    }
}
