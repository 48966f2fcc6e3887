package io.vorda.cases;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reminder recorded on a case. {@code receivedOn} is null when receipt is not known (it then starts no Dutch term). */
public record CaseReminderView(UUID id, CaseId caseId, ReminderKind kind, LocalDate sentOn, @Nullable LocalDate receivedOn,
                               ReminderChannel channel, String recordedBy, Instant recordedAt) {
}
