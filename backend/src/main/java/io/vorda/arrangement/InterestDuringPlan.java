package io.vorda.arrangement;

/** What happens to interest while a payment plan runs (a client's term, stored on each plan). */
public enum InterestDuringPlan {
    /** No interest accrues from the plan's start until it ends; the plan covers the balance at the start exactly. */
    FROZEN,
    /**
     * Interest keeps accruing on what is still open; the plan covers the balance at the start, and once its
     * instalments are paid the interest that accrued meanwhile becomes one last "interest settlement" instalment.
     */
    CONTINUES
}
