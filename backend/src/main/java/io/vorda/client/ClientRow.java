package io.vorda.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code clients}. */
@MappedEntity("clients")
record ClientRow(@Id UUID id, UUID partyId, String jurisdiction, String currency, String interestBasis,
                 String transactionType, @Nullable BigDecimal contractualAnnualRatePercent,
                 @Nullable BigDecimal penaltyClausePercent, @Nullable BigDecimal penaltyClauseMinimumAmount,
                 String allocationOrder, @Nullable BigDecimal commissionPercent, boolean creditorCannotDeductVat,
                 @Nullable String remittanceIban,
                 @Nullable UUID defaultTeamId, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                 @Version long version) {
}
