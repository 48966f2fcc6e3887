package io.vorda.cases;

import java.util.UUID;

/** Identifies a saved case list view. */
public record SavedCaseViewId(UUID value) {
}
