package io.vorda.cases;

/**
 * A case was closed (published inside the closing transaction, so listeners end what belongs to it in the same
 * transaction: a running payment plan, pending promises).
 *
 * @param closedBy who closed it, as the timeline shows them
 */
public record CaseClosed(CaseId caseId, CloseReason reason, String closedBy) {
}
