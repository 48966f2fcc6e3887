package io.vorda.rate;

/** Where a row of a rate table comes from. */
public enum RateOrigin {
    /** Shipped with the release as data (resources/interest/rates), reviewed like code. */
    SHIPPED,
    /** Entered by an administrator, with a source note. */
    ADMIN
}
