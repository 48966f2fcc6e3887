package io.vorda.client;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A client's collection terms. Rates are percentages (8.5 means 8.5 %), exact, at most 4 decimals; fees are money
 * in the client's currency.
 *
 * @param creditorCannotDeductVat the (Dutch) client cannot deduct VAT and says so, so 21 % VAT is added to the BIK
 *                                (art. 2(3) Besluit BIK, money-rules §1.4)
 */
public record CollectionTerms(InterestBasis interestBasis, TransactionType transactionType,
                              @Nullable BigDecimal contractualAnnualRatePercent, @Nullable BigDecimal penaltyClausePercent,
                              @Nullable Money penaltyClauseMinimum, Map<CollectionAction, Money> adminCosts,
                              AllocationOrder allocationOrder, @Nullable BigDecimal commissionPercent,
                              boolean creditorCannotDeductVat) {

    public CollectionTerms {
        adminCosts = Map.copyOf(adminCosts);
    }

    /** Terms of a client that can deduct VAT (most are): nothing is added to the statutory costs. */
    public CollectionTerms(InterestBasis interestBasis, TransactionType transactionType,
                           @Nullable BigDecimal contractualAnnualRatePercent, @Nullable BigDecimal penaltyClausePercent,
                           @Nullable Money penaltyClauseMinimum, Map<CollectionAction, Money> adminCosts,
                           AllocationOrder allocationOrder, @Nullable BigDecimal commissionPercent) {
        this(interestBasis, transactionType, contractualAnnualRatePercent, penaltyClausePercent, penaltyClauseMinimum, adminCosts,
                allocationOrder, commissionPercent, false);
    }
}
