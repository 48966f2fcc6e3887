package io.vorda.testing;

import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.NewUser;
import io.vorda.access.Role;
import io.vorda.access.TeamId;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Users for tests, made through the door exactly as an administrator would, each with a unique e-mail. */
@Singleton
public class AccessFixtures {

    public static final String PASSWORD = "correct-horse-battery-staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Users users;

    public AccessFixtures(Users users) {
        this.users = users;
    }

    /** A user with a password of their own (no forced change), ready to sign in with {@link #PASSWORD}. */
    public UserView aUser(Role role) {
        return aMember(role);
    }

    /** As {@link #aUser(Role)}, in these teams. */
    public UserView aMember(Role role, TeamId... teams) {
        return aMember("Test " + role, role, teams);
    }

    /** A user with the given name and role in the given teams, ready to sign in with {@link #PASSWORD}. */
    public UserView aMember(String name, Role role, TeamId... teams) {
        UserView user = users.create(Caller.system(), new NewUser(name, "member.%d.%d@test.example".formatted(System.nanoTime() % 100_000,
                SEQUENCE.incrementAndGet()), null, Language.EN, Set.of(role), List.of(teams), PASSWORD));
        users.markPasswordChosen(Caller.system(), user.id());
        return user;
    }

    public static Caller callerOf(UserView user) {
        return Caller.staff(user.id(), user.email(), user.roles());
    }
}
