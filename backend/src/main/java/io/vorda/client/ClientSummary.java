package io.vorda.client;

import io.vorda.party.PartyId;

import java.util.Currency;

/**
 * What a list row shows of a client (its name, where it collects, in what currency), read without its terms and
 * contacts: a page of cases needs only this, in two statements instead of four.
 */
public record ClientSummary(ClientId id, PartyId party, String name, Jurisdiction jurisdiction, Currency currency) {
}
