package io.vorda.cases;

/** What a case list is sorted by; ties are broken by id, so keyset paging is stable. */
public enum CaseSort {
    /** By opening day. */
    OPENED_ON,
    /** By reference. */
    REFERENCE,
    /** By what is still owed, from the ledger's balance snapshot (read view {@code case_open_balances}). */
    OPEN_BALANCE,
    /** By the sum of the claims' principal, in the case's own currency (kept on the case). */
    PRINCIPAL_TOTAL
}
