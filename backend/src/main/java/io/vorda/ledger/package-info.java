/**
 * Ledger: the per-case account. Owns ledger_postings (append-only; corrections are reversing postings),
 * case_balances (the balance snapshot lists sort and filter by) and ledger_accrual_runs (the nightly run's outcome).
 * Computes balances and statements at any date with interest from {@code interest}, and allocates payments
 * ({@code allocation}: named orders per jurisdiction, client and designation). Listens to
 * {@link io.vorda.cases.ClaimAdded}. Publishes {@link io.vorda.ledger.PaymentsChanged} (after commit it judges the case's
 * payment plan and promises). Charges the statutory collection costs the cost scales give (once, when due). Door:
 * {@link io.vorda.ledger.Ledger}. ADR 0011, 0013.
 */
@NullMarked
package io.vorda.ledger;

import org.jspecify.annotations.NullMarked;
