package io.vorda.party;

import io.vorda.access.Language;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A party as other modules and adapters see it. Exactly one of {@code person} and {@code organisation} is set. */
public record PartyView(PartyId id, PartyKind kind, String displayName, @Nullable PersonName person,
                        @Nullable OrganisationDetails organisation, Language language, @Nullable Vulnerability vulnerability,
                        @Nullable PartyId parent, @Nullable ChannelKind preferredChannel, @Nullable PartyId mergedInto,
                        Instant createdAt) {
}
