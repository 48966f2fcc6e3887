package io.vorda.client;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Map;

/** Collection terms as typed: plain decimals, checked and turned into money in the client's currency by the door. */
public record TermsInput(InterestBasis interestBasis, TransactionType transactionType,
                         @Nullable BigDecimal contractualAnnualRatePercent, @Nullable BigDecimal penaltyClausePercent,
                         @Nullable BigDecimal penaltyClauseMinimumAmount, Map<CollectionAction, BigDecimal> adminCosts,
                         AllocationOrder allocationOrder, @Nullable BigDecimal commissionPercent,
                         boolean creditorCannotDeductVat) {

    /** Terms of a client that can deduct VAT (most are). */
    public TermsInput(InterestBasis interestBasis, TransactionType transactionType,
                      @Nullable BigDecimal contractualAnnualRatePercent, @Nullable BigDecimal penaltyClausePercent,
                      @Nullable BigDecimal penaltyClauseMinimumAmount, Map<CollectionAction, BigDecimal> adminCosts,
                      AllocationOrder allocationOrder, @Nullable BigDecimal commissionPercent) {
        this(interestBasis, transactionType, contractualAnnualRatePercent, penaltyClausePercent, penaltyClauseMinimumAmount,
                adminCosts, allocationOrder, commissionPercent, false);
    }
}
