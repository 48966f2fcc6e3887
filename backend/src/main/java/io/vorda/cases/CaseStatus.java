package io.vorda.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case is in its life. */
public enum CaseStatus {
    /** Opened; collection has not started. */
    NEW,
    /** Being collected. */
    ACTIVE,
    /** Paused with a {@link HoldReason}. */
    ON_HOLD,
    /** The debtor promised a payment date (set by arrangements). */
    PROMISE,
    /** A payment plan runs (set by arrangements). */
    PAYMENT_PLAN,
    /** Handed over to a bailiff, lawyer or the client (set by workflow). */
    HANDED_OVER,
    /** Finished with a {@link CloseReason}. */
    CLOSED;

    /** Statuses in which a case is still open (everything but CLOSED). */
    public static Set<CaseStatus> open() {
        return EnumSet.complementOf(EnumSet.of(CLOSED));
    }
}
