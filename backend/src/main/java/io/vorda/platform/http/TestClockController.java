package io.vorda.platform.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.platform.MovableClock;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * GET/PUT /api/test/v1/clock: reads and moves the e2e suite's clock ({@link MovableClock}). Exists only when
 * {@code vorda.test-clock.enabled} is true — in a normal run the path is simply not there (404) — and answers only
 * signed-in administrators. Not part of the published API (api-spec) on purpose: it is test equipment, the way
 * Kill Bill's test clock endpoint is.
 */
@Controller("/api/test/v1/clock")
@Requires(beans = MovableClock.class)
@Secured(SecurityRule.IS_AUTHENTICATED)
class TestClockController {

    /** The most a journey may move time at once: enough for any grace period, small enough to catch a typo. */
    private static final int MAX_DAYS_AHEAD = 3660;

    private final MovableClock clock;

    TestClockController(MovableClock clock) {
        this.clock = clock;
    }

    @Get
    ClockState read(Authentication authentication) {
        requireAdministrator(authentication);
        return state();
    }

    /** Sets how many days ahead of the real time the application lives (0 puts it back on the real time). */
    @Put
    ClockState move(Authentication authentication, @Body ClockMove move) {
        requireAdministrator(authentication);
        if (move.daysAhead() == null || move.daysAhead() < 0 || move.daysAhead() > MAX_DAYS_AHEAD) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "daysAhead is a whole number from 0 to %d.".formatted(MAX_DAYS_AHEAD),
                    "daysAhead");
        }
        clock.setOffset(Duration.ofDays(move.daysAhead()));
        return state();
    }

    private ClockState state() {
        return new ClockState(clock.instant(), LocalDate.now(clock), clock.offset().toDays());
    }

    private static void requireAdministrator(Authentication authentication) {
        Caller caller = Caller.fromClaims(authentication.getName(), authentication.getRoles(), authentication.getAttributes());
        if (caller.kind() != Caller.Kind.STAFF || !caller.roles().contains(Role.ADMIN)) {
            throw new DomainException(ErrorCode.PERMISSION_DENIED, "Only administrators may move the test clock.");
        }
    }

    @Serdeable
    record ClockMove(@Nullable Integer daysAhead) {
    }

    @Serdeable
    record ClockState(Instant now, LocalDate today, long daysAhead) {
    }
}
