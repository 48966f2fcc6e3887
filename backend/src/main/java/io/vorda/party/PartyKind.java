package io.vorda.party;

/** Whether a party is a natural person or an organisation. */
public enum PartyKind {
    /** A natural person. */
    PERSON,
    /** A company, branch, public body or other organisation. */
    ORGANISATION
}
