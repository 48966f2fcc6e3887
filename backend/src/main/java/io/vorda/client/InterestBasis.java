package io.vorda.client;

/** How interest on a client's claims is computed. */
public enum InterestBasis {
    /** The jurisdiction's statutory rate for the transaction type. */
    STATUTORY,
    /** The rate agreed in the contract with the debtor. */
    CONTRACTUAL,
    /** No interest. */
    NONE
}
