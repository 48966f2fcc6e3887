package io.vorda.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking: a signed-in staff user with roles, an integrator's API client, or the system itself (demo data,
 * scheduled work). Every door takes the caller and checks it through {@link Permissions}.
 *
 * @param id       the user's, API client's or system's id
 * @param label    a readable name for audit trails (the user's e-mail, the client's name, "system")
 * @param roles    the staff roles (empty for API clients)
 * @param kind     what sort of caller this is
 * @param session  the signed-in session (refresh-token family) of a staff caller, when known
 */
public record Caller(UUID id, String label, Set<Role> roles, Kind kind, @Nullable UUID session) {

    /** The sorts of callers. */
    public enum Kind {
        /** A person signed in to the staff or field app. */
        STAFF,
        /** An integrator's system holding an API-client token. */
        API_CLIENT,
        /** Vorda itself (start-up, demo data, background jobs). */
        SYSTEM
    }

    private static final UUID SYSTEM_ID = new UUID(0L, 0L);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller staff(UserId user, String label, Set<Role> roles) {
        return new Caller(user.value(), label, roles, Kind.STAFF, null);
    }

    public static Caller apiClient(ApiClientId client, String label) {
        return new Caller(client.value(), label, Set.of(), Kind.API_CLIENT, null);
    }

    public static Caller system() {
        return new Caller(SYSTEM_ID, "system", Set.of(), Kind.SYSTEM, null);
    }

    /**
     * Rebuilds the caller from a verified access token's claims (see AccessTokens): the subject is the id, the
     * {@code kind} claim says staff or API client, and unknown role names are ignored rather than trusted.
     */
    public static Caller fromClaims(String subject, Collection<String> roleNames, Map<String, Object> claims) {
        Kind kind = Kind.API_CLIENT.name().equals(claims.get("kind")) ? Kind.API_CLIENT : Kind.STAFF;
        Set<Role> roles = kind == Kind.API_CLIENT ? Set.of() : roleNames.stream()
                .filter(name -> java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
                .map(Role::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Object label = claims.get("label");
        Object session = claims.get("sid");
        return new Caller(UUID.fromString(subject), label == null ? subject : label.toString(), roles, kind,
                session == null ? null : UUID.fromString(session.toString()));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isUser(UserId user) {
        return kind == Kind.STAFF && id.equals(user.value());
    }
}
