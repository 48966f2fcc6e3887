package io.vorda.access;

/** The kinds of audited access events. */
public enum AuditAction {
    /** A user signed in. */
    SIGN_IN_SUCCEEDED,
    /** A sign-in attempt failed (wrong password, unknown e-mail, inactive or locked account). */
    SIGN_IN_FAILED,
    /** An account was locked after repeated failed sign-ins. */
    ACCOUNT_LOCKED,
    /** A user signed out. */
    SIGNED_OUT,
    /** A refresh token was presented twice; the whole session was revoked. */
    SESSION_REUSE_DETECTED,
    /** An administrator created a user. */
    USER_CREATED,
    /** A user's details, roles or teams changed. */
    USER_UPDATED,
    /** An administrator deactivated a user. */
    USER_DEACTIVATED,
    /** An administrator reactivated a user. */
    USER_REACTIVATED,
    /** An administrator set a temporary password (and unlocked the account). */
    PASSWORD_RESET,
    /** A user changed their own password. */
    PASSWORD_CHANGED,
    /** A team was created. */
    TEAM_CREATED,
    /** A team was renamed or described anew. */
    TEAM_UPDATED,
    /** A team was archived. */
    TEAM_ARCHIVED,
    /** An API client for an integrator was created. */
    API_CLIENT_CREATED,
    /** An API client was revoked. */
    API_CLIENT_REVOKED,
    /** The clients a client user represents (and so whose cases they see) were changed. */
    USER_CLIENTS_CHANGED
}
