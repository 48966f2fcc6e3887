package io.vorda.arrangement;

/**
 * A client's terms for arrangements on its cases; each plan copies them when it is agreed.
 *
 * @param graceDays                days after a due date (or promised date) in which a payment still counts as in
 *                                 time; the last one is moved to a business day
 * @param missedInstalmentsToBreak after how many missed instalments a plan breaks
 */
public record ArrangementTerms(InterestDuringPlan interestDuringPlan, int graceDays, int missedInstalmentsToBreak) {

    /** For clients that set nothing: interest runs on (the law's default), 5 days' grace, broken after 2 misses. */
    public static final ArrangementTerms STANDARD = new ArrangementTerms(InterestDuringPlan.CONTINUES, 5, 2);

    /** The most grace days a client or plan may give. */
    public static final int MAX_GRACE_DAYS = 60;
}
