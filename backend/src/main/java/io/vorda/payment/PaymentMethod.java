package io.vorda.payment;

/** How the money came in. */
public enum PaymentMethod {
    /** A credit transfer to the agency's or client's account. */
    BANK_TRANSFER,
    /** Cash, e.g. taken by a field collector against a receipt. */
    CASH,
    /** A card payment. */
    CARD,
    /** Collected by a bailiff and passed on. */
    BAILIFF,
    /** The debtor paid the client directly; the client told us. */
    PAID_TO_CLIENT
}
