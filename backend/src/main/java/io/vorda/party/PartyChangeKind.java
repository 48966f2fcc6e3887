package io.vorda.party;

/** What kind of change a {@link PartyChangeView} records. */
public enum PartyChangeKind {
    /** A typing mistake in an address (or its first day) was corrected; before and after show both versions. */
    ADDRESS_CORRECTED,
    /** An address got its last day; it stays in the address history. */
    ADDRESS_ENDED,
    /** A phone number or e-mail address was removed; before shows it. */
    CONTACT_CHANNEL_REMOVED,
    /** A bank account was removed; before shows it. */
    BANK_ACCOUNT_REMOVED,
    /** The organisation the party belongs to was set, changed or cleared (after is empty). */
    PARENT_CHANGED,
    /** The preferred channel was set, changed or cleared (after is empty); values are channel kinds. */
    PREFERRED_CHANNEL_CHANGED
}
