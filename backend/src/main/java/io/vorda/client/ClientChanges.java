package io.vorda.client;

import io.vorda.access.TeamId;
import io.vorda.party.PartyId;
import org.jspecify.annotations.Nullable;

import java.util.Currency;
import java.util.List;

/**
 * Changes to a client profile; null fields stay, an empty remittance IBAN removes it, {@code clearsDefaultTeam}
 * removes the default team (new cases then go to whoever opens them).
 */
public record ClientChanges(@Nullable Currency currency, @Nullable TermsInput terms, @Nullable String remittanceIban,
                            @Nullable TeamId defaultTeam, @Nullable List<PartyId> contacts, boolean clearsDefaultTeam) {

    /** Changes that keep the default team unless a new one is given. */
    public ClientChanges(@Nullable Currency currency, @Nullable TermsInput terms, @Nullable String remittanceIban,
                         @Nullable TeamId defaultTeam, @Nullable List<PartyId> contacts) {
        this(currency, terms, remittanceIban, defaultTeam, contacts, false);
    }
}
