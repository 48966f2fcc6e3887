package io.vorda.client;

import java.util.Currency;
import java.util.Set;

/** A country whose collection law applies to a client's cases, and the currencies its claims may be in. */
public enum Jurisdiction {
    /** The Netherlands. */
    NL(Set.of("EUR")),
    /** Belgium. */
    BE(Set.of("EUR")),
    /** Germany. */
    DE(Set.of("EUR")),
    /** Poland: claims in złoty, or in euro when the contract says so. */
    PL(Set.of("PLN", "EUR"));

    private final Set<String> currencies;

    Jurisdiction(Set<String> currencies) {
        this.currencies = currencies;
    }

    public boolean allows(Currency currency) {
        return currencies.contains(currency.getCurrencyCode());
    }

    public Currency defaultCurrency() {
        return Currency.getInstance(this == PL ? "PLN" : "EUR");
    }
}
