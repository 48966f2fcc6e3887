package io.vorda.payment;

/** How a payment list is sorted; ties are broken by id, so keyset paging is stable. */
public record PaymentOrder(Field field, boolean ascending) {

    /** What a payment list can be sorted by. */
    public enum Field {
        /** The day the money was credited. */
        VALUE_DATE,
        /** The amount received. */
        AMOUNT
    }

    public static PaymentOrder newestFirst() {
        return new PaymentOrder(Field.VALUE_DATE, false);
    }
}
