package io.vorda.payment;

import java.time.Instant;

/** Why, when and by whom a payment was reversed. */
public record PaymentReversal(String reason, Instant reversedAt, String reversedBy) {
}
