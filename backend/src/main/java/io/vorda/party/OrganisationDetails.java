package io.vorda.party;

import org.jspecify.annotations.Nullable;

/** An organisation's names and registrations. */
public record OrganisationDetails(String legalName, @Nullable String tradeName, @Nullable RegistrationScheme registrationScheme,
                                  @Nullable String registrationNumber, @Nullable String vatNumber) {

    /** "Acme Holding B.V." or "Acme Holding B.V. (Acme)" when the trade name differs. */
    public String displayName() {
        return tradeName == null || tradeName.isBlank() || tradeName.strip().equalsIgnoreCase(legalName.strip())
                ? legalName.strip() : legalName.strip() + " (" + tradeName.strip() + ")";
    }
}
