package io.vorda.arrangement;

/** Where a payment plan is in its life. */
public enum PlanStatus {
    /** Agreed and running; the case is in PAYMENT_PLAN. */
    ACTIVE,
    /** Every instalment was paid. */
    COMPLETED,
    /** Too many instalments were missed (the client's limit); collection resumes. */
    BROKEN,
    /** Called off by a user, with a reason. */
    CANCELLED
}
