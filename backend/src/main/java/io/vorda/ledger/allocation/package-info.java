/**
 * Allocation (imputation), pure: a claim's account in memory with interest to the day, the claim ranking and
 * component orders of NL, BE, DE and PL, and the replay that allocates a case's payments in value-date order. Used by
 * the ledger only (ModularityTest keeps it private to the ledger).
 */
@NullMarked
package io.vorda.ledger.allocation;

import org.jspecify.annotations.NullMarked;
