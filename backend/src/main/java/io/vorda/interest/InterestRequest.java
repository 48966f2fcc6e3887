package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Interest to compute: on {@code principal} from {@code firstInterestDate} up to and including
 * {@code lastInterestDate} (money-rules.md §0: both ends are interest days). Interest "up to a payment on day D"
 * therefore ends on D − 1. A last date the day before the first date is an empty period and gives zero.
 * The day count is always chosen explicitly; {@link DayCount#ACT_365F} is the house default. Days inside a
 * {@code pause} bear no interest (they still count for capitalisation anniversaries, which run from the first date).
 */
public record InterestRequest(Money principal, LocalDate firstInterestDate, LocalDate lastInterestDate,
                              InterestBasis basis, DayCount dayCount, List<PrincipalChange> principalChanges,
                              List<InterestPause> pauses) {

    public InterestRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(firstInterestDate, "firstInterestDate");
        Objects.requireNonNull(lastInterestDate, "lastInterestDate");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(dayCount, "dayCount");
        principalChanges = List.copyOf(principalChanges);
        pauses = pauses.stream().filter(p -> !p.isEmpty()).toList();
        if (principal.isNegative()) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "The principal cannot be negative, was " + principal, "principal");
        }
        if (lastInterestDate.isBefore(firstInterestDate.minusDays(1))) {
            throw new DomainException(ErrorCode.INVALID_PERIOD, "The interest period ends on %s, before it starts on %s"
                    .formatted(lastInterestDate, firstInterestDate), "lastInterestDate");
        }
        for (PrincipalChange change : principalChanges) {
            if (!change.amount().currency().equals(principal.currency())) {
                throw new DomainException(ErrorCode.CURRENCY_MISMATCH, "A principal change in %s on a principal in %s"
                        .formatted(change.amount().currency(), principal.currency()), "principalChanges");
            }
        }
    }

    /** Interest on every day of the period. */
    public InterestRequest(Money principal, LocalDate firstInterestDate, LocalDate lastInterestDate,
                           InterestBasis basis, DayCount dayCount, List<PrincipalChange> principalChanges) {
        this(principal, firstInterestDate, lastInterestDate, basis, dayCount, principalChanges, List.of());
    }

    public static InterestRequest of(Money principal, LocalDate firstInterestDate, LocalDate lastInterestDate,
                                     InterestBasis basis, DayCount dayCount) {
        return new InterestRequest(principal, firstInterestDate, lastInterestDate, basis, dayCount, List.of());
    }

    public InterestRequest withPrincipalChanges(List<PrincipalChange> changes) {
        return new InterestRequest(principal, firstInterestDate, lastInterestDate, basis, dayCount, changes, pauses);
    }

    public InterestRequest withPauses(List<InterestPause> newPauses) {
        return new InterestRequest(principal, firstInterestDate, lastInterestDate, basis, dayCount, principalChanges, newPauses);
    }
}
