package io.vorda.ledger;

import io.vorda.cases.ClaimView;
import io.vorda.interest.InterestPeriod;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * One claim's statement on a day: its balance, the interest it bears and how it came about period by period, and the
 * costs charged on it. {@code interestRule} is null when the client charges no interest.
 */
public record ClaimMoney(ClaimView claim, Balance balance, LocalDate interestFrom, @Nullable String interestRule,
                         boolean isInterestConfirmed, List<InterestPeriod> interestPeriods, List<ChargeView> charges) {

    public ClaimMoney {
        interestPeriods = List.copyOf(interestPeriods);
        charges = List.copyOf(charges);
    }
}
