package io.vorda.rate;

import java.util.Objects;
import java.util.UUID;

/** Identifies one administrator's entry for an exchange rate. */
public record ExchangeRateId(UUID value) {

    public ExchangeRateId {
        Objects.requireNonNull(value, "value");
    }
}
