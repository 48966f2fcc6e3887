package io.vorda.cases;

import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import org.jspecify.annotations.Nullable;

/** A change of assignment: each part is changed only when its flag says so (then null clears it). */
public record Assignment(boolean changesTeam, @Nullable TeamId team, boolean changesAssignee, @Nullable UserId assignee) {
}
