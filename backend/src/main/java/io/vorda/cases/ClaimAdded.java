package io.vorda.cases;

/**
 * A claim was added to a case (when the case was opened, or later). Published inside the transaction that adds it,
 * so that a synchronous listener (the ledger posting the principal) commits or rolls back with the claim.
 */
public record ClaimAdded(ClaimView claim, String actor) {
}
