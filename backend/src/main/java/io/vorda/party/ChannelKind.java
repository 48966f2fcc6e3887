package io.vorda.party;

/** A way to reach a party. */
public enum ChannelKind {
    /** Phone calls and SMS. */
    PHONE,
    /** E-mail. */
    EMAIL,
    /** Letters by post (a preference only; addresses are kept separately). */
    POST
}
