package io.vorda.party;

import io.vorda.access.Language;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a party's details; null fields stay as they are. {@code clearsParent} and {@code clearsPreferredChannel}
 * remove the parent or the preference (a null value alone cannot say "remove").
 */
public record PartyChanges(@Nullable PersonName person, @Nullable OrganisationDetails organisation,
                           @Nullable Language language, @Nullable PartyId parent, @Nullable ChannelKind preferredChannel,
                           boolean clearsParent, boolean clearsPreferredChannel) {

    /** Changes that clear nothing. */
    public PartyChanges(@Nullable PersonName person, @Nullable OrganisationDetails organisation, @Nullable Language language,
                        @Nullable PartyId parent, @Nullable ChannelKind preferredChannel) {
        this(person, organisation, language, parent, preferredChannel, false, false);
    }
}
