package io.vorda.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock moved forward by an offset that can be changed while the application runs. Only for end-to-end
 * journeys that must see days pass (an instalment missed, a promise broken) without waiting for them; it exists only
 * when {@code vorda.test-clock.enabled} is true, which nothing but the e2e suite sets. Time keeps flowing: the offset
 * is added to the real time, so timestamps stay ordered within a journey.
 */
public final class MovableClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    MovableClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** How far ahead of the real time this clock is. */
    public Duration offset() {
        return offset;
    }

    /** Sets how far ahead of the real time this clock is; never behind it (the application's past stays the past). */
    public void setOffset(Duration newOffset) {
        if (newOffset.isNegative()) {
            throw new IllegalArgumentException("The test clock cannot run behind the real time.");
        }
        offset = newOffset;
    }
}
