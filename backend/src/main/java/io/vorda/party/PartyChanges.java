package io.vorda.party;

import io.vorda.access.Language;
import org.jspecify.annotations.Nullable;

/** Changes to a party's details; null fields stay as they are. */
public record PartyChanges(@Nullable PersonName person, @Nullable OrganisationDetails organisation,
                           @Nullable Language language, @Nullable PartyId parent, @Nullable ChannelKind preferredChannel) {
}
