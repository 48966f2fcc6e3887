package io.vorda.cases;

import java.time.Instant;

/** A case list's filters and sort that one user saved under a name; nobody else sees it. */
public record SavedCaseView(SavedCaseViewId id, String name, CaseFilter filter, CaseOrder order, Instant createdAt) {
}
