package io.vorda.client;

import io.vorda.access.TeamId;
import io.vorda.party.PartyId;
import org.jspecify.annotations.Nullable;

import java.util.Currency;
import java.util.List;

/** A new client profile on an existing party; a null currency means the jurisdiction's own. */
public record NewClient(PartyId party, Jurisdiction jurisdiction, @Nullable Currency currency, TermsInput terms,
                        @Nullable String remittanceIban, @Nullable TeamId defaultTeam, List<PartyId> contacts) {
}
