package io.vorda.cases;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim as typed; the amount is in the client's currency. */
public record NewClaim(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, BigDecimal principalAmount,
                       @Nullable String description, @Nullable String clientReference) {
}
