package io.vorda.access;

import java.util.Locale;

/** A language the product is shown in. */
public enum Language {
    /** English. */
    EN,
    /** Dutch. */
    NL,
    /** German. */
    DE,
    /** Polish. */
    PL,
    /** French. */
    FR;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }
}
