package io.vorda.party;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A detention or admission period. */
public record StayView(UUID id, PartyId party, StayKind kind, @Nullable String institution, LocalDate from,
                       @Nullable LocalDate until) {
}
