package io.vorda.platform;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Role;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The e2e suite's movable clock: there only when switched on, moved only by administrators, never backwards. */
@MicronautTest(transactional = false)
class TestClockIntegrationTest implements DatabaseTest {

    private static final String CLOCK = "/api/test/v1/clock";


    @Inject TestHttp http;
    @Inject AccessFixtures access;
    @Inject MovableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("vorda.test-clock.enabled", "true");
        return properties;
    }

    @Test
    void an_administrator_moves_the_business_day_forward_and_back_to_the_real_one() {
        String admin = http.signIn(access.aMember(Role.ADMIN).email(), AccessFixtures.PASSWORD);
        LocalDate realToday = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

        Reply moved = http.putJson(CLOCK, Map.of("daysAhead", 20), "Authorization", "Bearer " + admin);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat((Integer) moved.at("daysAhead")).isEqualTo(20);
        assertThat(LocalDate.now(clock)).isIn(realToday.plusDays(20), realToday.plusDays(21)); // midnight may pass meanwhile
        assertThat((String) moved.at("today")).isEqualTo(LocalDate.now(clock).toString());
        Reply back = http.putJson(CLOCK, Map.of("daysAhead", 0), "Authorization", "Bearer " + admin);
        assertThat((Integer) back.at("daysAhead")).isZero();
        assertThat(LocalDate.now(clock)).isIn(realToday, realToday.plusDays(1));
    }

    @Test
    void time_never_runs_behind_and_only_administrators_may_move_it() {
        String admin = http.signIn(access.aMember(Role.ADMIN).email(), AccessFixtures.PASSWORD);
        Reply backwards = http.putJson(CLOCK, Map.of("daysAhead", -1), "Authorization", "Bearer " + admin);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat((String) backwards.at("code")).as(backwards.body()).isEqualTo("INVALID_FORMAT");

        for (Role role : new Role[] {Role.SUPERVISOR, Role.CASEWORKER, Role.FIELD_AGENT, Role.CLIENT_USER}) {
            String token = http.signIn(access.aMember(role).email(), AccessFixtures.PASSWORD);
            Reply refused = http.putJson(CLOCK, Map.of("daysAhead", 5), "Authorization", "Bearer " + token);
            assertThat(refused.status()).as(role + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(http.putJson(CLOCK, Map.of("daysAhead", 5)).status()).isEqualTo(401);
        assertThat(clock.offset()).isZero();
    }
}
