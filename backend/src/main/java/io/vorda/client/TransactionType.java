package io.vorda.client;

/** Consumer or commercial debtors; statutory rates and collection costs differ (money-rules.md §1–4). */
public enum TransactionType {
    /** Business to consumer, or any non-commercial debt. */
    CONSUMER,
    /** Business to business. */
    COMMERCIAL
}
