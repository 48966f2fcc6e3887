package io.vorda.client;

import io.vorda.access.TeamId;
import io.vorda.party.PartyId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** A client profile as other modules and adapters see it. */
public record ClientView(ClientId id, PartyId party, String name, Jurisdiction jurisdiction, Currency currency,
                         CollectionTerms terms, List<PartyId> contacts, @Nullable String remittanceIban,
                         @Nullable TeamId defaultTeam, Instant createdAt) {

    public ClientView {
        contacts = List.copyOf(contacts);
    }
}
