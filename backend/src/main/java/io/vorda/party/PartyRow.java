package io.vorda.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.vorda.access.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code parties}: person and organisation columns side by side, the unused ones null. */
@MappedEntity("parties")
record PartyRow(
        @Id UUID id, String kind, String displayName,
        @Nullable String givenNames, @Nullable String familyNamePrefix, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
        @Nullable String legalName, @Nullable String tradeName, @Nullable String registrationScheme,
        @Nullable String registrationNumber, @Nullable String vatNumber,
        String language, @Nullable String vulnerabilityReason, @Nullable LocalDate vulnerabilityFrom,
        @Nullable LocalDate vulnerabilityUntil, @Nullable UUID parentId, @Nullable String preferredChannel,
        @Nullable UUID mergedIntoId, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        @Version long version) {

    static PartyRow of(UUID id, PartyKind kind, @Nullable PersonName person, @Nullable OrganisationDetails organisation,
                       Language language, @Nullable UUID parent, @Nullable String preferredChannel,
                       @Nullable Vulnerability vulnerability, @Nullable UUID mergedInto,
                       Instant createdAt, String createdBy, Instant at, String by, long version) {
        String display = kind == PartyKind.PERSON ? person.displayName() : organisation.displayName();
        return new PartyRow(id, kind.name(), display,
                person == null ? null : person.givenNames(), person == null ? null : person.familyNamePrefix(),
                person == null ? null : person.familyName(), person == null ? null : person.dateOfBirth(),
                organisation == null ? null : organisation.legalName(), organisation == null ? null : organisation.tradeName(),
                organisation == null || organisation.registrationScheme() == null ? null : organisation.registrationScheme().name(),
                organisation == null ? null : organisation.registrationNumber(), organisation == null ? null : organisation.vatNumber(),
                language.name(), vulnerability == null ? null : vulnerability.reason(),
                vulnerability == null ? null : vulnerability.from(), vulnerability == null ? null : vulnerability.until(),
                parent, preferredChannel, mergedInto, createdAt, createdBy, at, by, version);
    }

    PersonName person() {
        return PartyKind.valueOf(kind) == PartyKind.PERSON
                ? new PersonName(givenNames, familyNamePrefix, familyName, dateOfBirth) : null;
    }

    OrganisationDetails organisation() {
        return PartyKind.valueOf(kind) == PartyKind.ORGANISATION
                ? new OrganisationDetails(legalName, tradeName,
                registrationScheme == null ? null : RegistrationScheme.valueOf(registrationScheme), registrationNumber, vatNumber)
                : null;
    }

    Vulnerability vulnerability() {
        return vulnerabilityReason == null ? null : new Vulnerability(vulnerabilityReason, vulnerabilityFrom, vulnerabilityUntil);
    }

    /** The same party with new details, stamped with who changed it and when. */
    PartyRow with(@Nullable PersonName newPerson, @Nullable OrganisationDetails newOrganisation, Language newLanguage,
                  @Nullable UUID newParent, @Nullable String newPreferredChannel, @Nullable Vulnerability newVulnerability,
                  @Nullable UUID newMergedInto, Instant at, String by) {
        return of(id, PartyKind.valueOf(kind), newPerson, newOrganisation, newLanguage, newParent, newPreferredChannel,
                newVulnerability, newMergedInto, createdAt, createdBy, at, by, version);
    }

    PartyView view() {
        return new PartyView(new PartyId(id), PartyKind.valueOf(kind), displayName, person(), organisation(),
                Language.valueOf(language), vulnerability(), parentId == null ? null : new PartyId(parentId),
                preferredChannel == null ? null : ChannelKind.valueOf(preferredChannel),
                mergedIntoId == null ? null : new PartyId(mergedIntoId), createdAt);
    }
}
