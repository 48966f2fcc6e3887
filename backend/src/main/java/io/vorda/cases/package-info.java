/**
 * Cases: the collection case — a client's claims against debtors, parties in roles, a status lifecycle with holds
 * and closing reasons, assignment, notes, reminders with legal effect (14-day letter, BE first reminder) and a
 * timeline; its reference and payment reference. Owns cases, case_sequences, case_parties, claims, case_notes,
 * case_reminders, case_events. Door: {@link io.vorda.cases.Cases}.
 * Publishes {@link io.vorda.cases.ClaimAdded} (inside the adding transaction). Claims live here (ADR 0006); their
 * money — principal postings, interest, payments — is the ledger's.
 */
@NullMarked
package io.vorda.cases;

import org.jspecify.annotations.NullMarked;
