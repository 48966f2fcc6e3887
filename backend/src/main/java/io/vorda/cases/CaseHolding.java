package io.vorda.cases;

import io.vorda.access.UserId;

import java.util.Map;

/** The open cases one user holds, per status: what handing that user's work over would move. */
public record CaseHolding(UserId user, Map<CaseStatus, Integer> byStatus) {

    public CaseHolding {
        byStatus = Map.copyOf(byStatus);
    }

    /** All open cases of the user together. */
    public int openCount() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
