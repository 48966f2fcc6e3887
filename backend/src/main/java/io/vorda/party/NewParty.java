package io.vorda.party;

import io.vorda.access.Language;
import org.jspecify.annotations.Nullable;

/** What a caseworker types to create a party; {@code allowDuplicates} is "create anyway". */
public record NewParty(PartyKind kind, @Nullable PersonName person, @Nullable OrganisationDetails organisation,
                       Language language, @Nullable PartyId parent, @Nullable NewAddress address, @Nullable String phone,
                       @Nullable String email, @Nullable String iban, boolean allowDuplicates) {
}
