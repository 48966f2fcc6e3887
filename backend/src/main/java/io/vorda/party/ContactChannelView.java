package io.vorda.party;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A phone number (E.164) or e-mail address, and whether the party opted out of it. */
public record ContactChannelView(UUID id, PartyId party, ChannelKind kind, String value, @Nullable String label,
                                 boolean optedOut) {
}
