package io.vorda.access;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;

import java.time.Instant;

/** ACCOUNT_LOCKED, with the moment the lock ends so that the sign-in page can say until when. */
public class AccountLockedException extends DomainException {

    private final Instant lockedUntil;

    AccountLockedException(Instant lockedUntil) {
        super(ErrorCode.ACCOUNT_LOCKED,
                "Too many failed sign-ins. The account is locked until %s.".formatted(lockedUntil));
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
