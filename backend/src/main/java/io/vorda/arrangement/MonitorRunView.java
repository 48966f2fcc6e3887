package io.vorda.arrangement;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One run of the daily arrangement monitor and what it found; a run that has not finished has no finishedAt.
 *
 * @param failures    plans or promises that could not be judged (each is also on its case's timeline)
 * @param note        the last failure, or why nothing was judged
 */
public record MonitorRunView(UUID id, LocalDate runOn, Instant startedAt, @Nullable Instant finishedAt, int plansJudged,
                             int promisesJudged, int instalmentsMissed, int plansBroken, int plansCompleted,
                             int promisesKept, int promisesBroken, int failures, @Nullable String note) {
}
