package io.vorda.ledger;

/**
 * What a posting records. Amounts are signed by their effect on what the debtor owes: charges are positive,
 * allocations and write-offs negative; a payment or credit is the positive sum received or held.
 */
public enum PostingKind {
    /** The principal of a claim, posted when the claim is added (value date: the invoice date). */
    PRINCIPAL,
    /** Collection costs charged on a claim, with the rule that produced them in the explanation. */
    COST,
    /**
     * Interest charged as a fixed amount (e.g. interest the client charged before handing the claim over). Interest
     * that runs from day to day is never posted: it is computed from the principal history up to the day asked.
     */
    INTEREST_ACCRUAL,
    /** Money received on the case (the case's part of a payment); its allocations and credit add up to it. */
    PAYMENT,
    /** The part of a payment that settles one component of one claim (negative). */
    ALLOCATION,
    /** An amount of a component that will not be collected (negative). */
    WRITE_OFF,
    /** Undoes another posting: the same case, claim, component, payment and value date, with the amount negated. */
    REVERSAL,
    /** The part of a payment that nothing was owed for: held for the debtor on the case. */
    CREDIT
}
