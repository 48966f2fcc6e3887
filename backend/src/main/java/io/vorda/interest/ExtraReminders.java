package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;

import java.util.Currency;
import java.util.Objects;

/**
 * The reminders a Belgian consumer got after the free first one: how many, the fee the client's terms ask for each
 * (postage not included) and the postage each one cost.
 */
public record ExtraReminders(int count, Money agreedFeeEach, Money postageEach) {

    public ExtraReminders {
        Objects.requireNonNull(agreedFeeEach, "agreedFeeEach");
        Objects.requireNonNull(postageEach, "postageEach");
        if (count < 0) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "The number of reminders cannot be negative, was " + count, "count");
        }
        if (agreedFeeEach.isNegative() || postageEach.isNegative()) {
            throw new DomainException(ErrorCode.INVALID_AMOUNT, "A reminder fee or postage cannot be negative", "agreedFeeEach");
        }
    }

    public static ExtraReminders none(Currency currency) {
        return new ExtraReminders(0, Money.zero(currency), Money.zero(currency));
    }
}
