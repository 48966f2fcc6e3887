package io.vorda.cases;

/** How to sort a case list: by what, and which way; ties are broken by the case's id, so keyset paging never skips or repeats. */
public record CaseOrder(CaseSort field, boolean ascending) {

    /** The default: newest first. */
    public static CaseOrder newestFirst() {
        return new CaseOrder(CaseSort.OPENED_ON, false);
    }
}
