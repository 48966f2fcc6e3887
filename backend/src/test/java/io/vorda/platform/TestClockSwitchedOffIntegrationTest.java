package io.vorda.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestClock;
import io.vorda.testing.TestHttp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** In a normal run the e2e suite's clock does not exist: time cannot be moved. */
@MicronautTest(transactional = false)
class TestClockSwitchedOffIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;
    @Inject AccessFixtures access;
    @Inject ApplicationContext context;

    @Test
    void there_is_no_such_endpoint_in_a_normal_run() {
        String admin = http.signIn(access.aMember(Role.ADMIN).email(), AccessFixtures.PASSWORD);

        int status = http.putJson("/api/test/v1/clock", Map.of("daysAhead", 5), "Authorization", "Bearer " + admin).status();

        assertThat(status).as("no route: refused like any unknown path").isIn(403, 404);
        assertThat(context.containsBean(MovableClock.class)).isFalse();
        assertThat(context.getBean(Clock.class)).isInstanceOf(TestClock.class);
    }
}
