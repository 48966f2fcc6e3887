package io.vorda.arrangement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code arrangement_monitor_runs}. */
@MappedEntity("arrangement_monitor_runs")
record MonitorRunRow(@Id UUID id, LocalDate runOn, Instant startedAt, @Nullable Instant finishedAt, int plansJudged,
                     int promisesJudged, int instalmentsMissed, int plansBroken, int plansCompleted, int promisesKept,
                     int promisesBroken, int failures, @Nullable String note, @Version long version) {

    MonitorRunView view() {
        return new MonitorRunView(id, runOn, startedAt, finishedAt, plansJudged, promisesJudged, instalmentsMissed,
                plansBroken, plansCompleted, promisesKept, promisesBroken, failures, note);
    }
}
