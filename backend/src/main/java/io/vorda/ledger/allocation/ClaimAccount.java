package io.vorda.ledger.allocation;

import io.vorda.interest.AccruedInterest;
import io.vorda.interest.Compounding;
import io.vorda.interest.DayCount;
import io.vorda.interest.InterestBasis;
import io.vorda.interest.InterestCalculator;
import io.vorda.interest.InterestPause;
import io.vorda.interest.InterestPeriod;
import io.vorda.interest.InterestRequest;
import io.vorda.interest.PrincipalChange;
import io.vorda.ledger.Component;
import io.vorda.shared.DomainException;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One claim's account, in memory: what was charged on it (principal, costs, fixed interest, write-offs — signed,
 * reversals negative) and what payments settled (applications — positive, reversed ones negative), each on its value
 * date. Interest is never stored: it is computed to the day asked from the principal's history, so the paid part of the
 * principal stops bearing interest from the payment's value date (money-rules §0; ADR 0009).
 */
public final class ClaimAccount {

    private record Movement(LocalDate date, Component component, Money amount) {
    }

    private final UUID claim;
    private final LocalDate invoiceDate;
    private final LocalDate dueDate;
    private final Currency currency;
    private final @Nullable InterestBasis basis;
    private final DayCount dayCount;
    private final InterestCalculator engine;
    /** Days on which the claim bears no interest (a payment plan freezing it, ADR 0012). */
    private final List<InterestPause> pauses;
    private final List<Movement> charges = new ArrayList<>();
    private final List<Movement> applications = new ArrayList<>();
    /** A day on which nothing was owed: later days owe nothing either until a new charge (a replay settles in order). */
    private @Nullable LocalDate settledOn;
    /**
     * Interest already computed per last day, until the next charge or application: a statement asks the same day
     * twice per claim (its breakdown and its balance), and the engine call is the expensive part of a statement.
     */
    private final Map<LocalDate, AccruedInterest> interestByLastDay = new HashMap<>();

    /** An account without interest when {@code basis} is null (the client charges none). */
    public ClaimAccount(UUID claim, LocalDate invoiceDate, LocalDate dueDate, Currency currency,
                        @Nullable InterestBasis basis, DayCount dayCount, InterestCalculator engine) {
        this(claim, invoiceDate, dueDate, currency, basis, dayCount, engine, List.of());
    }

    /** An account whose interest leaves out the days of {@code pauses}. */
    public ClaimAccount(UUID claim, LocalDate invoiceDate, LocalDate dueDate, Currency currency,
                        @Nullable InterestBasis basis, DayCount dayCount, InterestCalculator engine, List<InterestPause> pauses) {
        this.pauses = List.copyOf(pauses);
        this.claim = claim;
        this.invoiceDate = invoiceDate;
        this.dueDate = dueDate;
        this.currency = currency;
        this.basis = basis;
        this.dayCount = dayCount;
        this.engine = engine;
    }

    /** A copy with the same charges and no applications: the starting point of a re-allocation. */
    public ClaimAccount withoutApplications() {
        ClaimAccount copy = new ClaimAccount(claim, invoiceDate, dueDate, currency, basis, dayCount, engine, pauses);
        copy.charges.addAll(charges);
        return copy;
    }

    public UUID claim() {
        return claim;
    }

    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** The first day that bears interest: the day after the due date (NL 6:119a(1); money-rules §0). */
    public LocalDate interestStart() {
        return dueDate.plusDays(1);
    }

    public @Nullable InterestBasis basis() {
        return basis;
    }

    /** Records a charge (positive) or its correction (negative) on a component, from {@code valueDate}. */
    public void charge(Component component, LocalDate valueDate, Money amount) {
        charges.add(new Movement(valueDate, component, amount));
        settledOn = null;
        interestByLastDay.clear();
    }

    /** Records part of a payment settling a component on {@code valueDate} (negative to undo one). */
    public void apply(LocalDate valueDate, Component component, Money amount) {
        applications.add(new Movement(valueDate, component, amount));
        settledOn = null;
        interestByLastDay.clear();
    }

    /**
     * What a payment on {@code valueDate} can settle, by component: charges up to that day, interest up to the day
     * before (interest up to a payment on day D ends on D − 1), less what earlier payments settled. Never negative.
     */
    public Map<Component, Money> owedOn(LocalDate valueDate) {
        Map<Component, Money> owed;
        LocalDate settled = settledOn;
        if (settled != null && !valueDate.isBefore(settled)
                && charges.stream().noneMatch(c -> c.date().isAfter(settled) && !c.date().isAfter(valueDate))) {
            // nothing was owed then and nothing was charged since: no principal, so no interest either (saves a replay
            // of a large case from recomputing the interest of every settled claim for every payment)
            owed = components(valueDate, Money.zero(currency));
        } else {
            owed = components(valueDate, interestTo(valueDate.minusDays(1)).total());
        }
        owed.replaceAll((component, amount) -> amount.isNegative() ? Money.zero(currency) : amount);
        if (owed.values().stream().allMatch(Money::isZero) && (settled == null || valueDate.isBefore(settled))) {
            settledOn = valueDate;
        }
        return owed;
    }

    /** The balance at the end of {@code day}: interest counts that day too. */
    public ClaimBalance balanceAt(LocalDate day) {
        Map<Component, Money> open = components(day, interestTo(day).total());
        Money paid = sum(applications, day, null);
        return new ClaimBalance(open.get(Component.PRINCIPAL), open.get(Component.INTEREST), open.get(Component.COST), paid);
    }

    /** Interest computed from the first interest day up to and including {@code lastDay}, with its breakdown. */
    public AccruedInterest interestTo(LocalDate lastDay) {
        AccruedInterest known = interestByLastDay.get(lastDay);
        if (known == null) {
            known = computeInterestTo(lastDay);
            interestByLastDay.put(lastDay, known);
        }
        return known;
    }

    private AccruedInterest computeInterestTo(LocalDate lastDay) {
        Money zero = Money.zero(currency);
        LocalDate first = interestStart();
        if (basis == null || lastDay.isBefore(first)) {
            return new AccruedInterest(zero, BigDecimal.ZERO.setScale(InterestPeriod.EXACT_SCALE), List.of());
        }
        List<PrincipalChange> changes = principalChanges(lastDay);
        if (basis.compounding() == Compounding.YEARLY) {
            changes = withInterestPaidBeforeCapitalisation(changes, first, lastDay);
        }
        return engine.accrue(new InterestRequest(zero, first, lastDay, basis, dayCount, changes, pauses));
    }

    /** The annual rate the claim bears on {@code day} ("most burdensome", 6:43(2) BW); zero without interest. */
    public BigDecimal annualRateOn(LocalDate day) {
        if (basis == null) {
            return BigDecimal.ZERO;
        }
        try {
            Money probe = new Money(BigDecimal.valueOf(100), currency);
            return engine.accrue(InterestRequest.of(probe, day, day, basis, dayCount)).periods().get(0).annualRatePercent();
        } catch (DomainException rateUnknown) { // a day before the rate table starts: the claim cannot be ranked as burdensome
            return BigDecimal.ZERO;
        }
    }

    private Map<Component, Money> components(LocalDate day, Money accruedInterest) {
        Map<Component, Money> result = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            result.put(component, sum(charges, day, component).minus(sum(applications, day, component)));
        }
        result.put(Component.INTEREST, result.get(Component.INTEREST).plus(accruedInterest));
        return result;
    }

    private Money sum(List<Movement> movements, LocalDate day, @Nullable Component component) {
        Money total = Money.zero(currency);
        for (Movement m : movements) {
            if (!m.date().isAfter(day) && (component == null || m.component() == component)) {
                total = total.plus(m.amount());
            }
        }
        return total;
    }

    /** The principal's history as the engine wants it: charges raise it, payments on the principal lower it. */
    private List<PrincipalChange> principalChanges(LocalDate lastDay) {
        SortedMap<LocalDate, Money> byDate = new TreeMap<>();
        for (Movement m : charges) {
            if (m.component() == Component.PRINCIPAL && !m.date().isAfter(lastDay)) {
                byDate.merge(m.date(), m.amount(), Money::plus);
            }
        }
        for (Movement m : applications) {
            if (m.component() == Component.PRINCIPAL && !m.date().isAfter(lastDay)) {
                byDate.merge(m.date(), m.amount().negate(), Money::plus);
            }
        }
        List<PrincipalChange> changes = new ArrayList<>();
        byDate.forEach((date, amount) -> changes.add(new PrincipalChange(date, amount)));
        return changes;
    }

    /**
     * NL 6:119(2) BW capitalises a year's interest on the anniversary — only the part still unpaid then (ADR 0009,
     * consequences). Interest paid inside the current year lowers what joins the base on the next anniversary; interest
     * paid beyond that was capitalised already and lowers the base from the payment's value date. Interest charged as a
     * fixed amount is older than the running interest and is settled first.
     */
    private List<PrincipalChange> withInterestPaidBeforeCapitalisation(List<PrincipalChange> changes, LocalDate first,
                                                                        LocalDate lastDay) {
        SortedMap<LocalDate, Money> paidByDate = new TreeMap<>();
        for (Movement m : applications) {
            if (m.component() == Component.INTEREST && !m.date().isAfter(lastDay)) {
                paidByDate.merge(m.date(), m.amount(), Money::plus);
            }
        }
        if (paidByDate.values().stream().allMatch(Money::isZero)) {
            return changes;
        }
        Money zero = Money.zero(currency);
        List<PrincipalChange> result = new ArrayList<>(changes);
        Map<LocalDate, Money> paidInYear = new HashMap<>();
        Money paidSoFar = zero;
        Money runningPaidSoFar = zero;
        for (Map.Entry<LocalDate, Money> payment : paidByDate.entrySet()) {
            LocalDate paidOn = payment.getKey();
            paidSoFar = paidSoFar.plus(payment.getValue());
            Money runningShare = max(paidSoFar.minus(sum(charges, paidOn, Component.INTEREST)), zero);
            Money paid = runningShare.minus(runningPaidSoFar);
            runningPaidSoFar = runningShare;
            if (!paid.isNegative() && !paid.isZero() && paidOn.isAfter(first)) {
                int years = 0;
                while (!first.plusYears(years + 1L).isAfter(paidOn)) {
                    years++;
                }
                LocalDate yearStart = first.plusYears(years);
                AccruedInterest sofar = engine.accrue(new InterestRequest(zero, first, paidOn.minusDays(1), basis, dayCount, result, pauses));
                Money thisYear = sofar.periods().stream().filter(p -> !p.firstDate().isBefore(yearStart))
                        .map(InterestPeriod::interest).reduce(zero, Money::plus);
                Money unpaidThisYear = max(thisYear.minus(paidInYear.getOrDefault(yearStart, zero)), zero);
                Money toThisYear = paid.compareTo(unpaidThisYear) <= 0 ? paid : unpaidThisYear;
                Money toCapitalised = paid.minus(toThisYear);
                paidInYear.merge(yearStart, toThisYear, Money::plus);
                if (!toThisYear.isZero()) {
                    result.add(new PrincipalChange(first.plusYears(years + 1L), toThisYear.negate()));
                }
                if (!toCapitalised.isZero()) {
                    result.add(PrincipalChange.payment(paidOn, toCapitalised));
                }
            }
        }
        return result;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
