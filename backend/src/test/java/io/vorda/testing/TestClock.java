package io.vorda.testing;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The clock in every test: fixed at a known moment, moved forward only by the test (never by sleeping). */
@Singleton
@Primary
public class TestClock extends Clock {

    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private volatile Instant now = START;

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
