package io.vorda.platform;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The one Clock (ARCHITECTURE §10): business dates are read in the configured business zone. */
@Factory
class TimeFactory {

    @Singleton
    Clock clock(@Value("${vorda.business-zone:Europe/Amsterdam}") String businessZone) {
        return Clock.system(ZoneId.of(businessZone));
    }
}
