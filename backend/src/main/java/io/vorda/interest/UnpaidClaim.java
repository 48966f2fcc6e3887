package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim that collection costs are assessed on: its unpaid principal (the "hoofdsom": interest and costs are not
 * part of it) and the last day it could be paid on time. The debtor is in default from the day after {@code dueOn}.
 */
public record UnpaidClaim(Money principal, LocalDate dueOn) {

    public UnpaidClaim {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(dueOn, "dueOn");
        if (principal.isNegative() || principal.isZero()) {
            throw new DomainException(ErrorCode.INVALID_CLAIM, "An unpaid principal must be more than zero, was " + principal, "principal");
        }
    }
}
