package io.vorda.rate;

/** What an administrator's entry did. Entries are never changed; each one supersedes the previous entry for its day. */
public enum RateEntryKind {
    /** A rate for a day that had none entered (or whose entry was withdrawn). */
    ADDED,
    /** A new rate, confirmation or source for a day that already had one entered. */
    CORRECTED,
    /** The entered rate for the day no longer applies; a shipped row for that day, if any, applies again. */
    WITHDRAWN
}
