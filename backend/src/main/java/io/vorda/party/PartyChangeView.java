package io.vorda.party;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One entry of a party's history: who changed what, when, from what to what. */
public record PartyChangeView(UUID id, PartyId party, Instant occurredAt, String actor, PartyChangeKind kind,
                              @Nullable String before, @Nullable String after) {
}
