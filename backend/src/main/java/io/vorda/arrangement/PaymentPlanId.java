package io.vorda.arrangement;

import java.util.UUID;

/** Identifies a payment plan. */
public record PaymentPlanId(UUID value) {
}
