package io.vorda.interest;

/** Whether unpaid interest is added to the sum that bears interest. */
public enum Compounding {
    /** Simple interest: DE §289 BGB; BE and PL unless a court or an agreement says otherwise (money-rules §2.7, §4.6). */
    NONE,
    /**
     * After each full year counted from the first interest day, that year's interest is added to the base
     * (NL art. 6:119(2) and 6:119a(3) BW). Rate changes inside the year do not move the anniversary; a start on
     * 29 February has its anniversary on 28 February in other years (calculators' convention, money-rules §9 item 8).
     */
    YEARLY
}
