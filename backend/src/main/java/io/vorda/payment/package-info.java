/**
 * Payment: money received — registered by hand now (bank statement import comes later) — split over several cases of
 * one debtor by a named scheme, searched and reversed. Owns payments, payment_parts, payment_reversals. Books every
 * case's part in the ledger ({@link io.vorda.ledger.Ledger}), which allocates it. Door:
 * {@link io.vorda.payment.Payments}. ADR 0011.
 */
@NullMarked
package io.vorda.payment;

import org.jspecify.annotations.NullMarked;
