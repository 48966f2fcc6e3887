/**
 * Party: the people and organisations Vorda knows — debtors, creditors, contacts, bailiffs, employers — with
 * their addresses over time, contact channels and opt-outs, bank accounts, stays, notes and hierarchy.
 * Owns parties, party_addresses, party_contact_channels, party_bank_accounts, party_stays, party_notes and
 * party_history (what was corrected, ended or removed; decision 0007) and party_name_words (the words of active
 * parties' names, for quick search and the advanced search by name; ADR 0008).
 * Door: {@link io.vorda.party.Parties}. Publishes {@link io.vorda.party.PartiesMerged}. Listens to nothing.
 */
@NullMarked
package io.vorda.party;

import org.jspecify.annotations.NullMarked;
