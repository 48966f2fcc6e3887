package io.vorda.client;

/** The order in which a payment settles costs, interest and principal (ARCHITECTURE §9, "Allocation"). */
public enum AllocationOrder {
    /** The jurisdiction's statutory order: art. 6:44 BW, § 367 BGB, art. 451 KC, old art. 1254 BW (BE). */
    JURISDICTION_DEFAULT,
    /** Costs, then interest, then principal. */
    COSTS_INTEREST_PRINCIPAL,
    /** Interest, then costs, then principal (PL: the creditor's art. 451 §1 KC right to take overdue interest first). */
    INTEREST_COSTS_PRINCIPAL,
    /** Costs, then principal, then interest: consumer credit in Germany (§497(3) BGB, mandatory there). */
    COSTS_PRINCIPAL_INTEREST,
    /** Principal first; only where the client waives the statutory order in the debtor's favour. */
    PRINCIPAL_INTEREST_COSTS
}
