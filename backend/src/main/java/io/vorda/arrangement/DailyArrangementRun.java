package io.vorda.arrangement;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Starts the arrangement monitor once a day (by default 02:30 in the business zone, before the working day). Tests
 * switch it off with {@code vorda.arrangements.monitor.enabled: false} and run the monitor on their own clock.
 */
@Singleton
@Requires(property = "vorda.arrangements.monitor.enabled", notEquals = "false")
class DailyArrangementRun {

    private final ArrangementMonitor monitor;

    DailyArrangementRun(ArrangementMonitor monitor) {
        this.monitor = monitor;
    }

    @Scheduled(cron = "${vorda.arrangements.monitor.cron:0 30 2 * * *}", zoneId = "${vorda.business-zone:Europe/Amsterdam}")
    void run() {
        monitor.runDaily();
    }
}
