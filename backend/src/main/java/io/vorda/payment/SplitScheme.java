package io.vorda.payment;

/** How one payment is shared over several cases of the same debtor. */
public enum SplitScheme {
    /** Fills the cases oldest first (opening day, then reference), each up to what it owes on the value date. */
    OLDEST_CASE_FIRST,
    /** In proportion to what each case owes on the value date, to the cent. */
    PRO_RATA,
    /** In the parts the user names, which must add up to the payment. */
    DESIGNATED
}
