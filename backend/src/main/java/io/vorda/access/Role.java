package io.vorda.access;

/** What a person may do in Vorda; a user has one or more roles. */
public enum Role {
    /** Manages users, teams, API clients and settings; reads the audit log. */
    ADMIN,
    /** Leads teams and sees their work. */
    SUPERVISOR,
    /** Works collection cases day to day. */
    CASEWORKER,
    /** Visits debtors with the field app. */
    FIELD_AGENT,
    /** A person at a creditor we collect for; sees the cases of the clients they represent, nothing else. */
    CLIENT_USER
}
