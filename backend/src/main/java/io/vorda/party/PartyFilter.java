package io.vorda.party;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Advanced search: every non-null criterion narrows the list. */
public record PartyFilter(@Nullable String name, @Nullable PartyKind kind, @Nullable String postcode,
                          @Nullable String houseNumber, @Nullable String iban, @Nullable String email,
                          @Nullable String phone, @Nullable LocalDate dateOfBirth, @Nullable String registrationNumber) {
}
