package io.vorda.rate;

import java.util.Objects;
import java.util.UUID;

/** Identifies one administrator's entry for an interest rate period. */
public record InterestRateEntryId(UUID value) {

    public InterestRateEntryId {
        Objects.requireNonNull(value, "value");
    }
}
