package io.vorda.ledger;

import io.vorda.cases.CaseId;
import io.vorda.cases.ClaimView;
import io.vorda.interest.CollectionCost;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The statutory collection costs of a case today, as the cost scales of its jurisdiction assess them: one
 * assessment per claim the costs are charged on (for a Dutch consumer one, on the oldest claim, assessed on the sum
 * of the principals; elsewhere one per claim). {@code isCharged} says they are on the ledger already.
 */
public record StatutoryCosts(CaseId caseId, Currency currency, List<ClaimCost> costs, boolean isCharged) {

    /** The costs charged on one claim, and how the scale came to them. */
    public record ClaimCost(ClaimView claim, CollectionCost cost) {
    }

    public StatutoryCosts {
        costs = List.copyOf(costs);
    }

    public Money total() {
        return costs.stream().map(c -> c.cost().amount()).reduce(Money.zero(currency), Money::plus);
    }

    /** Whether every assessment may be charged today (and there is something to charge). */
    public boolean isChargeable() {
        return !costs.isEmpty() && costs.stream().allMatch(c -> c.cost().isChargeable());
    }

    /** The first day all of them may be charged; null while a condition (such as the 14-day letter) is missing. */
    public @Nullable LocalDate chargeableFrom() {
        LocalDate latest = null;
        for (ClaimCost c : costs) {
            LocalDate from = c.cost().chargeableFrom();
            if (from == null) {
                return null;
            }
            latest = latest == null || from.isAfter(latest) ? from : latest;
        }
        return latest;
    }
}
