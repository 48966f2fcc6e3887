package io.vorda.cases;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code case_reminders}. */
@MappedEntity("case_reminders")
record CaseReminderRow(@Id UUID id, UUID caseId, String kind, LocalDate sentOn, @Nullable LocalDate receivedOn, String channel,
                       String recordedBy, Instant recordedAt) {

    CaseReminderView view() {
        return new CaseReminderView(id, new CaseId(caseId), ReminderKind.valueOf(kind), sentOn, receivedOn,
                ReminderChannel.valueOf(channel), recordedBy, recordedAt);
    }
}
