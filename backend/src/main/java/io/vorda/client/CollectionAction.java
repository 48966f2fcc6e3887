package io.vorda.client;

/** A collection action the client pays an administration fee for. */
public enum CollectionAction {
    /** The first reminder letter. */
    FIRST_REMINDER,
    /** The second reminder letter. */
    SECOND_REMINDER,
    /** The final notice before legal steps. */
    FINAL_NOTICE,
    /** A phone call to the debtor. */
    PHONE_CALL,
    /** A house visit. */
    HOUSE_VISIT,
    /** Setting up a payment plan. */
    PAYMENT_PLAN_SETUP
}
