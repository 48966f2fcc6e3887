package io.vorda.party;

/** The purpose of an address. */
public enum AddressKind {
    /** Where a person lives or an organisation is established. */
    RESIDENTIAL,
    /** Where post goes when it differs from the residential address. */
    POSTAL
}
