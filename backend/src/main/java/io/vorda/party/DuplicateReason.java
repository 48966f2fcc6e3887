package io.vorda.party;

/** Why an existing party may be the same as one being created. */
public enum DuplicateReason {
    /** The same IBAN. */
    SAME_IBAN,
    /** The same e-mail address. */
    SAME_EMAIL,
    /** The same phone number. */
    SAME_PHONE,
    /** The same family name and date of birth. */
    SAME_NAME_AND_DATE_OF_BIRTH,
    /** The same name and postcode. */
    SAME_NAME_AND_POSTCODE,
    /** The same registration or VAT number. */
    SAME_REGISTRATION_NUMBER
}
