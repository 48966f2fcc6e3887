package io.vorda.access;

/** How to sort a user list. */
public record UserOrder(Field field, boolean ascending) {

    /** The sortable fields. */
    public enum Field {
        /** Full name, case-insensitive. */
        NAME,
        /** E-mail address, case-insensitive. */
        EMAIL,
        /** Creation moment. */
        CREATED_AT
    }

    public static UserOrder byName() {
        return new UserOrder(Field.NAME, true);
    }
}
