package io.vorda.arrangement;

/** What an instalment of a plan is for. */
public enum InstalmentKind {
    /** Paid before the regular instalments (number 0). */
    DOWN_PAYMENT,
    /** A regular instalment (numbers 1 to n). */
    INSTALMENT,
    /** The interest that accrued during a plan with continuing interest, added once the instalments are paid. */
    INTEREST_SETTLEMENT
}
