package io.vorda.party;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A bank account; the IBAN is validated and stored without spaces. */
public record BankAccountView(UUID id, PartyId party, String iban, @Nullable String bic, @Nullable String holderName) {
}
