package io.vorda.access;

import io.micronaut.transaction.annotation.Transactional;
import io.vorda.shared.Cursor;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Integrators' API clients: an administrator creates one and hands over its id and secret; the integrator trades
 * them for a 15-minute access token (OAuth 2.0 client credentials, RFC 6749 §4.4).
 */
@Singleton
public class ApiClients {

    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private final ApiClientRepository clients;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final Permissions permissions;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiClients(ApiClientRepository clients, PasswordHasher hasher, AccessTokens accessTokens, Permissions permissions,
               AuditLog audit, Clock clock) {
        this.clients = clients;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an API client; the returned secret is never shown again. */
    @Transactional
    public NewApiClient create(Caller caller, String name) {
        permissions.require(caller, Action.ADMINISTER_API_CLIENTS);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "An API client needs a name.", "name");
        }
        if (clean.length() > 100) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A name has at most 100 characters.", "name");
        }
        if (clients.isNameUsed(clean)) {
            throw new DomainException(ErrorCode.API_CLIENT_NAME_ALREADY_USED, "There is already an API client called %s.".formatted(clean), "name");
        }
        byte[] idBytes = new byte[12];
        random.nextBytes(idBytes);
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String clientId = "vc_" + HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        Instant now = clock.instant();
        ApiClientRow row = clients.save(new ApiClientRow(UUID.randomUUID(), clean, clientId, hasher.hash(secret), true,
                null, now, caller.label(), now, caller.label(), 0));
        audit.record(AuditAction.API_CLIENT_CREATED, caller, row.id(), clean, "clientId=" + clientId, null);
        return new NewApiClient(row.view(), secret);
    }

    /** Revokes an API client: no new tokens are issued for it. */
    @Transactional
    public ApiClientView revoke(Caller caller, ApiClientId id) {
        permissions.require(caller, Action.ADMINISTER_API_CLIENTS);
        ApiClientRow row = clients.findById(id.value())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No API client %s.".formatted(id), "apiClientId"));
        ApiClientRow saved = clients.update(row.revoked(clock.instant(), caller.label()));
        audit.record(AuditAction.API_CLIENT_REVOKED, caller, row.id(), row.name(), null, null);
        return saved.view();
    }

    /** API clients, newest first. Administrators only. */
    @Transactional(readOnly = true)
    public Page<ApiClientView> list(Caller caller, PageRequest page) {
        permissions.require(caller, Action.ADMINISTER_API_CLIENTS);
        Instant before = FAR_FUTURE;
        UUID beforeId = new UUID(-1L, -1L);
        if (page.after() != null) {
            List<String> key = Cursor.decode(page.after(), 2);
            before = Instant.parse(key.get(0));
            beforeId = UUID.fromString(key.get(1));
        }
        List<ApiClientRow> rows = clients.pageNewestFirst(before, beforeId, page.size() + 1);
        boolean more = rows.size() > page.size();
        List<ApiClientRow> shown = more ? rows.subList(0, page.size()) : rows;
        return new Page<>(shown.stream().map(ApiClientRow::view).toList(),
                shown.stream().map(c -> Cursor.encode(c.createdAt().toString(), c.id().toString())).toList(),
                more, page.after() != null, clients.count());
    }

    /** One API client, for an administrator or for the client itself. */
    @Transactional(readOnly = true)
    public Optional<ApiClientView> find(Caller caller, ApiClientId id) {
        boolean self = caller.kind() == Caller.Kind.API_CLIENT && caller.id().equals(id.value());
        if (!self && !permissions.may(caller, Action.ADMINISTER_API_CLIENTS)) {
            return Optional.empty();
        }
        return clients.findById(id.value()).map(ApiClientRow::view);
    }

    /** Trades client credentials for an access token. Fails with INVALID_CLIENT, never saying which part was wrong. */
    @Transactional
    public IssuedToken issueToken(String clientId, String clientSecret) {
        Optional<ApiClientRow> found = clients.findByClientId(clientId);
        if (found.isEmpty()) {
            hasher.spendTimeOfAMatch(clientSecret);
            throw invalidClient();
        }
        ApiClientRow row = found.get();
        if (!hasher.matches(clientSecret, row.secretHash()) || !row.active()) {
            throw invalidClient();
        }
        ApiClientRow used = clients.update(row.usedAt(clock.instant()));
        return new IssuedToken(accessTokens.forApiClient(used.view()), AccessTokens.LIFETIME_SECONDS);
    }

    private static DomainException invalidClient() {
        return new DomainException(ErrorCode.INVALID_CLIENT, "Unknown client, wrong secret, or the client was revoked.");
    }
}
