/**
 * Cases: the collection case — a client's claims against debtors, parties in roles, a status lifecycle with holds
 * and closing reasons, assignment, notes and a timeline; its reference and payment reference. Owns cases,
 * case_sequences, case_parties, claims, case_notes, case_events. Door: {@link io.vorda.cases.Cases}.
 * Claims live here until the money release (ADR 0006).
 */
@NullMarked
package io.vorda.cases;

import org.jspecify.annotations.NullMarked;
