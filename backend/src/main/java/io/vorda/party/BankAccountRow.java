package io.vorda.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code party_bank_accounts}. */
@MappedEntity("party_bank_accounts")
record BankAccountRow(@Id UUID id, UUID partyId, String iban, @Nullable String bic, @Nullable String holderName,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, @Version long version) {

    BankAccountView view() {
        return new BankAccountView(id, new PartyId(partyId), iban, bic, holderName);
    }
}
