package io.vorda.cases;

/** How a reminder went out: a Belgian waiting period starts later after post than after e-mail. */
public enum ReminderChannel {
    /** By post. */
    POST,
    /** By e-mail or another electronic channel. */
    EMAIL
}
