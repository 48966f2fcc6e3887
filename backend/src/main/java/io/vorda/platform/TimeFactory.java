package io.vorda.platform;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;

/** The one Clock (ARCHITECTURE §10): business dates are read in the configured business zone. */
@Factory
class TimeFactory {

    static final String TEST_CLOCK = "vorda.test-clock.enabled";

    @Singleton
    @Requires(property = TEST_CLOCK, notEquals = "true")
    Clock clock(@Value("${vorda.business-zone:Europe/Amsterdam}") String businessZone) {
        return Clock.system(ZoneId.of(businessZone));
    }

    /** The e2e suite's clock: a journey moves it forward through {@code /api/test/v1/clock} to see days pass. */
    @Singleton
    @Requires(property = TEST_CLOCK, value = "true")
    MovableClock movableClock(@Value("${vorda.business-zone:Europe/Amsterdam}") String businessZone) {
        LoggerFactory.getLogger(TimeFactory.class).warn("The TEST CLOCK is on ({}=true): administrators can move time forward. "
                + "Never in production.", TEST_CLOCK);
        return new MovableClock(Clock.system(ZoneId.of(businessZone)));
    }
}
