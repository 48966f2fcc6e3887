package io.vorda.interest;

import io.vorda.shared.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of the sum that bears interest, from {@code valueDate} on (that day already bears the new sum).
 * Negative for a payment applied to the principal: interest stops on the paid part from the payment's value date.
 */
public record PrincipalChange(LocalDate valueDate, Money amount) {

    public PrincipalChange {
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
    }

    /** A payment of {@code paid} on the principal, with the value date on which the creditor's account was credited. */
    public static PrincipalChange payment(LocalDate valueDate, Money paid) {
        return new PrincipalChange(valueDate, paid.negate());
    }
}
