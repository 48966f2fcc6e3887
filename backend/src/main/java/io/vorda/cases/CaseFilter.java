package io.vorda.cases;

import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.client.ClientId;
import io.vorda.client.Jurisdiction;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;

/** Which cases to list; null criteria match all. Visibility is applied on top, always. */
public record CaseFilter(@Nullable Set<CaseStatus> statuses, @Nullable ClientId client, @Nullable UserId assignee,
                         @Nullable TeamId team, @Nullable Jurisdiction jurisdiction, boolean mine,
                         @Nullable LocalDate openedFrom, @Nullable LocalDate openedTo) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, false, null, null);
    }
}
