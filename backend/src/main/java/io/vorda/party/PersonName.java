package io.vorda.party;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A natural person's name parts and birth date; the family-name prefix ("van der") sorts with the family name. */
public record PersonName(@Nullable String givenNames, @Nullable String familyNamePrefix, String familyName,
                         @Nullable LocalDate dateOfBirth) {

    /** "Jan Pieter van der Berg". */
    public String displayName() {
        StringBuilder name = new StringBuilder();
        if (givenNames != null && !givenNames.isBlank()) {
            name.append(givenNames.strip()).append(' ');
        }
        if (familyNamePrefix != null && !familyNamePrefix.isBlank()) {
            name.append(familyNamePrefix.strip()).append(' ');
        }
        return name.append(familyName.strip()).toString();
    }
}
