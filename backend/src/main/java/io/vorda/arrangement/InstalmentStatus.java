package io.vorda.arrangement;

/** How an instalment stands, judged against the payments received. */
public enum InstalmentStatus {
    /** Not yet due, or due today, and not yet paid. */
    OPEN,
    /** Paid in full by the end of its grace period. */
    PAID,
    /** Past its due date, not paid in full, but still within its grace days. */
    LATE,
    /** Not paid in full by the end of its grace period. Final: paying later still counts, but it stays missed. */
    MISSED
}
