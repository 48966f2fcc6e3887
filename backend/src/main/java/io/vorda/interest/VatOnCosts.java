package io.vorda.interest;

/** Whether VAT is added to the Dutch BIK (art. 2(3) Besluit BIK, money-rules §1.4). */
public enum VatOnCosts {
    /** The creditor can deduct VAT (most VAT-registered businesses): nothing may be added. */
    NOT_ADDED,
    /**
     * The creditor used a VAT-taxed collection service, cannot deduct that VAT (e.g. healthcare providers, insurers,
     * banks, landlords of housing) and says so expressly: the BIK is increased by 21 %.
     */
    ADDED_CREDITOR_CANNOT_DEDUCT
}
