package io.vorda.access;

import io.micronaut.transaction.annotation.Transactional;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Signing in and out. A sign-in gives a 15-minute access token and a refresh token that rotates on every use;
 * a refresh token presented a second time means it was copied, so the whole chain is revoked (OAuth 2.0 Security
 * BCP, RFC 9700 §4.14.2). Five failed sign-ins in a row lock the account for fifteen minutes.
 */
@Singleton
public class Sessions {

    /** Failed sign-ins in a row that lock an account. */
    static final int MAX_FAILURES = 5;
    /** How long a lock lasts; an administrator's password reset ends it sooner. */
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    /** How long a refresh token stays valid without use: one long working day. */
    static final Duration REFRESH_LIFETIME = Duration.ofHours(12);
    // two browser tabs may refresh at the same moment with the same cookie; such a near-simultaneous second use
    // is refused but not treated as theft
    private static final Duration REUSE_GRACE = Duration.ofSeconds(10);

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final Users userDoor;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Sessions(UserRepository users, RefreshTokenRepository refreshTokens, Users userDoor, PasswordHasher hasher,
             AccessTokens accessTokens, AuditLog audit, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.userDoor = userDoor;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Signs in with e-mail and password. Fails with INVALID_CREDENTIALS (unknown e-mail or wrong password — not
     * saying which), ACCOUNT_LOCKED or ACCOUNT_INACTIVE. Failures are committed: they count towards the lock.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public SignedIn signIn(String email, String password, @Nullable String ipAddress) {
        Instant now = clock.instant();
        var found = users.findByEmailIgnoringCase(email.strip());
        if (found.isEmpty()) {
            hasher.spendTimeOfAMatch(password);
            audit.recordRaw(AuditAction.SIGN_IN_FAILED, null, email.strip(), null, null, "unknown e-mail", ipAddress);
            throw invalidCredentials();
        }
        UserRow user = found.get();
        if (user.isLockedAt(now)) {
            audit.recordRaw(AuditAction.SIGN_IN_FAILED, user.id(), user.email(), user.id(), user.email(), "account locked", ipAddress);
            throw new AccountLockedException(user.lockedUntil());
        }
        int failuresSoFar = user.lockedUntil() != null ? 0 : user.failedSignInCount(); // an expired lock starts afresh
        if (!hasher.matches(password, user.passwordHash())) {
            int failures = failuresSoFar + 1;
            if (failures >= MAX_FAILURES) {
                Instant until = now.plus(LOCK_DURATION);
                users.update(user.withSignInOutcome(failures, until, user.lastSignInAt()));
                audit.recordRaw(AuditAction.SIGN_IN_FAILED, user.id(), user.email(), user.id(), user.email(), "wrong password", ipAddress);
                audit.recordRaw(AuditAction.ACCOUNT_LOCKED, null, "system", user.id(), user.email(),
                        "%d failed sign-ins in a row; locked until %s".formatted(failures, until), ipAddress);
                throw new AccountLockedException(until);
            }
            users.update(user.withSignInOutcome(failures, null, user.lastSignInAt()));
            audit.recordRaw(AuditAction.SIGN_IN_FAILED, user.id(), user.email(), user.id(), user.email(), "wrong password", ipAddress);
            throw invalidCredentials();
        }
        if (!user.active()) {
            audit.recordRaw(AuditAction.SIGN_IN_FAILED, user.id(), user.email(), user.id(), user.email(), "account deactivated", ipAddress);
            throw new DomainException(ErrorCode.ACCOUNT_INACTIVE, "This account has been deactivated.");
        }
        UserRow signedIn = users.update(user.withSignInOutcome(0, null, now));
        audit.recordRaw(AuditAction.SIGN_IN_SUCCEEDED, user.id(), user.email(), user.id(), user.email(), null, ipAddress);
        return issue(userDoor.view(signedIn), UUID.randomUUID(), now);
    }

    /** Exchanges a refresh token for a new pair; the old refresh token is spent. */
    @Transactional(noRollbackFor = DomainException.class)
    public SignedIn refresh(String refreshToken, @Nullable String ipAddress) {
        Instant now = clock.instant();
        RefreshTokenRow token = refreshTokens.findByHashForUpdate(hash(refreshToken)).orElseThrow(Sessions::expired);
        if (token.revokedAt() != null || !token.expiresAt().isAfter(now)) {
            throw expired();
        }
        if (token.usedAt() != null) {
            if (token.usedAt().plus(REUSE_GRACE).isBefore(now)) {
                refreshTokens.revokeFamily(token.familyId(), now);
                UserRow user = users.findById(token.userId()).orElseThrow(Sessions::expired);
                audit.recordRaw(AuditAction.SESSION_REUSE_DETECTED, null, "system", user.id(), user.email(),
                        "a spent refresh token was presented again; the session was ended", ipAddress);
            }
            throw expired();
        }
        UserRow user = users.findById(token.userId()).orElseThrow(Sessions::expired);
        if (!user.active()) {
            refreshTokens.revokeFamily(token.familyId(), now);
            throw expired();
        }
        refreshTokens.update(token.usedAt(now));
        return issue(userDoor.view(user), token.familyId(), now);
    }

    /**
     * Refuses a staff caller whose account was deactivated since their access token was issued, so that
     * deactivation takes effect at once rather than when the token expires.
     */
    @Transactional(readOnly = true)
    public void requireActive(Caller caller) {
        if (caller.kind() == Caller.Kind.STAFF && !users.isActive(caller.id())) {
            throw new DomainException(ErrorCode.ACCOUNT_INACTIVE, "This account has been deactivated.");
        }
    }

    /** Ends the session the refresh token belongs to. Unknown tokens are ignored: signing out always succeeds. */
    @Transactional
    public void signOut(String refreshToken, @Nullable String ipAddress) {
        Instant now = clock.instant();
        refreshTokens.findByHashForUpdate(hash(refreshToken)).ifPresent(token -> {
            refreshTokens.revokeFamily(token.familyId(), now);
            users.findById(token.userId()).ifPresent(user -> audit.recordRaw(AuditAction.SIGNED_OUT, user.id(),
                    user.email(), user.id(), user.email(), null, ipAddress));
        });
    }

    private SignedIn issue(UserView user, UUID family, Instant now) {
        byte[] secret = new byte[32]; // 256 bits
        random.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(REFRESH_LIFETIME);
        refreshTokens.save(new RefreshTokenRow(UUID.randomUUID(), user.id().value(), family, hash(refresh), expires,
                null, null, now, user.email(), now, user.email(), 0));
        return new SignedIn(user, accessTokens.forUser(user, family), AccessTokens.LIFETIME_SECONDS, refresh, expires);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static DomainException invalidCredentials() {
        return new DomainException(ErrorCode.INVALID_CREDENTIALS, "E-mail or password is incorrect.");
    }

    private static DomainException expired() {
        return new DomainException(ErrorCode.SESSION_EXPIRED, "The session has ended; sign in again.");
    }
}
