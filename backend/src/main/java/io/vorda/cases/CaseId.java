package io.vorda.cases;

import java.util.UUID;

/** Identity of a case. */
public record CaseId(UUID value) {
}
