package io.vorda.cases;

/** How to sort a case list; ties are broken by the case's id, so keyset paging never skips or repeats a case. */
public record CaseOrder(Field field, boolean ascending) {

    /** The sortable fields. */
    public enum Field {
        /** The day the case was opened. */
        OPENED_ON,
        /** The case reference (2026-000123), which sorts like its number. */
        REFERENCE,
        /** The sum of the claims' principal, in the case's own currency. */
        PRINCIPAL_TOTAL
    }

    /** The default: newest first. */
    public static CaseOrder newestFirst() {
        return new CaseOrder(Field.OPENED_ON, false);
    }
}
