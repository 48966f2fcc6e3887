package io.vorda.cases;

/** Why a case was closed. */
public enum CloseReason {
    /** Paid in full. */
    PAID,
    /** The client withdrew the case. */
    WITHDRAWN,
    /** Written off. */
    WRITTEN_OFF,
    /** Cannot be collected. */
    UNCOLLECTABLE,
    /** Opened twice by mistake. */
    DUPLICATE
}
