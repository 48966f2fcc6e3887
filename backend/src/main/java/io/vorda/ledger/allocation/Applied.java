package io.vorda.ledger.allocation;

import io.vorda.ledger.Component;
import io.vorda.shared.Money;

import java.util.UUID;

/** Part of a payment that settles one component of one claim (positive). */
public record Applied(UUID claim, Component component, Money amount) {
}
