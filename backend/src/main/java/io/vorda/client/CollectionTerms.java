package io.vorda.client;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A client's collection terms. Rates are percentages (8.5 means 8.5 %), exact, at most 4 decimals; fees are money
 * in the client's currency.
 */
public record CollectionTerms(InterestBasis interestBasis, TransactionType transactionType,
                              @Nullable BigDecimal contractualAnnualRatePercent, @Nullable BigDecimal penaltyClausePercent,
                              @Nullable Money penaltyClauseMinimum, Map<CollectionAction, Money> adminCosts,
                              AllocationOrder allocationOrder, @Nullable BigDecimal commissionPercent) {

    public CollectionTerms {
        adminCosts = Map.copyOf(adminCosts);
    }
}
