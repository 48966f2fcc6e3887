package io.vorda.shared;

/**
 * The single catalogue of reasons a business action is refused (ARCHITECTURE §8). Adapters translate a code into
 * GraphQL {@code userErrors} or an RFC 9457 problem; the {@link Kind} tells them which HTTP status fits.
 */
public enum ErrorCode {
    /** A required value is missing or empty. */
    REQUIRED(Kind.INVALID_INPUT),
    /** A value has the wrong form or length. */
    INVALID_FORMAT(Kind.INVALID_INPUT),
    /** The object does not exist or the caller may not see it (both look the same, by design). */
    NOT_FOUND(Kind.NOT_FOUND),
    /** The caller's roles do not allow this action. */
    PERMISSION_DENIED(Kind.FORBIDDEN),
    /** Someone else changed the object first (optimistic locking). */
    CONCURRENT_MODIFICATION(Kind.CONFLICT),
    /** Amounts in different currencies were combined. */
    CURRENCY_MISMATCH(Kind.RULE),
    /** No exchange rate was entered for the day a rule converts on (e.g. the NBP EUR rate for a Polish compensation). */
    EXCHANGE_RATE_UNKNOWN(Kind.RULE),
    /** The shipped cost scales do not cover these facts (e.g. an RVG fee row money-rules does not give); nothing is guessed. */
    COST_RULE_UNKNOWN(Kind.RULE),
    /** A reminder or 14-day letter cannot count: received before it was sent, or sent before the debtor was in default. */
    INVALID_REMINDER(Kind.INVALID_INPUT),
    /** Statutory collection costs may not be charged yet (e.g. the 14-day letter is missing or its term runs). */
    COSTS_NOT_CHARGEABLE(Kind.RULE),
    /** The statutory collection costs are on the case already; charging again would charge them twice. */
    COSTS_ALREADY_CHARGED(Kind.CONFLICT),
    /** Another user already signs in with this e-mail address. */
    EMAIL_ALREADY_USED(Kind.CONFLICT),
    /** The password does not meet the password policy. */
    PASSWORD_TOO_WEAK(Kind.INVALID_INPUT),
    /** The current password given is wrong. */
    PASSWORD_INCORRECT(Kind.INVALID_INPUT),
    /** A team with this name exists. */
    TEAM_NAME_ALREADY_USED(Kind.CONFLICT),
    /** An administrator cannot deactivate or demote their own account. */
    CANNOT_CHANGE_OWN_ACCESS(Kind.RULE),
    /** The user is already deactivated. */
    USER_ALREADY_INACTIVE(Kind.CONFLICT),
    /** The user is already active. */
    USER_ALREADY_ACTIVE(Kind.CONFLICT),
    /** A user needs at least one role. */
    ROLE_REQUIRED(Kind.INVALID_INPUT),
    /** An API client with this name exists. */
    API_CLIENT_NAME_ALREADY_USED(Kind.CONFLICT),
    /** Existing parties look the same as the one being created; the user decides. */
    POSSIBLE_DUPLICATE(Kind.CONFLICT),
    /** A period ends before it starts, overlaps another that may not overlap, or has ended already. */
    INVALID_PERIOD(Kind.INVALID_INPUT),
    /** The party was merged into another; change the survivor instead. */
    PARTY_MERGED(Kind.CONFLICT),
    /** A party cannot be merged into itself or into a merged-away party. */
    INVALID_MERGE(Kind.RULE),
    /** The party already has a client profile. */
    CLIENT_ALREADY_EXISTS(Kind.CONFLICT),
    /** The state does not allow the change: a case's status, or a rate entry already withdrawn. */
    INVALID_STATUS_TRANSITION(Kind.CONFLICT),
    /** A claim is due before its invoice date or has a non-positive amount. */
    INVALID_CLAIM(Kind.INVALID_INPUT),
    /** An amount is zero or negative where it may not be (e.g. a payment, a principal reduced below zero). */
    INVALID_AMOUNT(Kind.INVALID_INPUT),
    /** A date lies after today where only today or earlier makes sense (e.g. a payment's value date). */
    DATE_IN_FUTURE(Kind.INVALID_INPUT),
    /** The parts of a split payment do not add up to the payment. */
    SPLIT_DOES_NOT_ADD_UP(Kind.INVALID_INPUT),
    /** The cases a payment is split over do not share a debtor. */
    NOT_SAME_DEBTOR(Kind.RULE),
    /** The payment was reversed already. */
    PAYMENT_ALREADY_REVERSED(Kind.CONFLICT),
    /** No interest rate is known for a day of the period: it lies before the first row of the rate table. */
    INTEREST_RATE_UNKNOWN(Kind.RULE),
    /** A date lies in the past where only today or later makes sense (a plan's first due date, a promised date). */
    DATE_IN_PAST(Kind.INVALID_INPUT),
    /** The case has no open balance, so there is nothing to arrange. */
    NO_OPEN_BALANCE(Kind.RULE),
    /** The case's balance cannot be read (no ledger is wired in), so no plan can be computed. */
    BALANCE_UNAVAILABLE(Kind.RULE),
    /** The plan's down payment and instalments do not add up to the case's open balance. */
    PLAN_DOES_NOT_COVER_BALANCE(Kind.RULE),
    /** The plan would have more instalments than allowed. */
    PAYMENT_PLAN_TOO_LONG(Kind.INVALID_INPUT),
    /** The case already has a running payment plan. */
    PAYMENT_PLAN_ALREADY_ACTIVE(Kind.CONFLICT),
    /** A date lies before the range allowed here (e.g. a rate period starting before its table's first row). */
    DATE_OUT_OF_RANGE(Kind.INVALID_INPUT),
    /** A rate for this table or currency pair and day is already entered; correct that entry instead of adding another. */
    RATE_ALREADY_ENTERED(Kind.CONFLICT),
    /** Unknown e-mail or wrong password (deliberately not saying which). */
    INVALID_CREDENTIALS(Kind.UNAUTHENTICATED),
    /** The account was deactivated by an administrator. */
    ACCOUNT_INACTIVE(Kind.UNAUTHENTICATED),
    /** Too many failed sign-ins in a row; the account is locked for a while. */
    ACCOUNT_LOCKED(Kind.LOCKED),
    /** The refresh token is missing, expired, revoked or was used before. */
    SESSION_EXPIRED(Kind.UNAUTHENTICATED),
    /** Unknown API client, wrong secret or revoked client. */
    INVALID_CLIENT(Kind.UNAUTHENTICATED),
    /** The portal link is unknown, expired or revoked. */
    PORTAL_LINK_INVALID(Kind.NOT_FOUND),
    /** Too many requests from one address in a short time. */
    TOO_MANY_REQUESTS(Kind.THROTTLED),
    /** Only a user with the client-user role can represent clients. */
    NOT_A_CLIENT_USER(Kind.RULE),
    /** The user already has a saved view with this name. */
    SAVED_VIEW_NAME_ALREADY_USED(Kind.CONFLICT),
    /** The user has as many saved views as allowed; delete one first. */
    SAVED_VIEW_LIMIT_REACHED(Kind.RULE),
    /** More rows match than one export may hold; narrow the filter. */
    EXPORT_TOO_LARGE(Kind.RULE);

    /** How a code is meant to surface over HTTP. */
    public enum Kind { INVALID_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT, RULE, UNAUTHENTICATED, LOCKED, THROTTLED }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
