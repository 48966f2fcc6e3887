package io.vorda.interest;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every statutory rate's table. The shipped tables come from the product's data files; derived rates (DE §288,
 * PL art. 481 KC) are computed from their reference table, so adding a reference row updates them too.
 */
public final class RateTables {

    private final Map<StatutoryRate, RateTable> tables;

    private RateTables(Map<StatutoryRate, RateTable> tables) {
        this.tables = tables;
    }

    /** The tables shipped with this release (resources/interest/rates/*.csv). */
    public static RateTables shipped() {
        return Shipped.TABLES;
    }

    /**
     * Tables from the given ones: every rate that is not derived must be present; derived rates are computed from
     * their reference table.
     */
    public static RateTables of(Collection<RateTable> given) {
        Map<StatutoryRate, RateTable> tables = new EnumMap<>(StatutoryRate.class);
        for (RateTable table : given) {
            if (table.rate().derivedFrom() != null) {
                throw new IllegalArgumentException(table.rate() + " is derived from " + table.rate().derivedFrom() + "; give that table instead");
            }
            tables.put(table.rate(), table);
        }
        for (StatutoryRate rate : StatutoryRate.values()) {
            StatutoryRate reference = rate.derivedFrom();
            if (reference != null) {
                RateTable base = tables.get(reference);
                if (base == null) {
                    throw new IllegalArgumentException("no table for " + reference + ", needed by " + rate);
                }
                tables.put(rate, RateTable.derive(rate, base));
            } else if (!tables.containsKey(rate)) {
                throw new IllegalArgumentException("no table for " + rate);
            }
        }
        return new RateTables(tables);
    }

    public RateTable table(StatutoryRate rate) {
        return tables.get(rate);
    }

    /** Loaded once per JVM: the data is part of the release and never changes while it runs. */
    private static final class Shipped {
        static final RateTables TABLES = load();

        private static RateTables load() {
            Map<StatutoryRate, RateTable> files = new EnumMap<>(StatutoryRate.class);
            for (StatutoryRate rate : StatutoryRate.values()) {
                String resource = rate.resource();
                if (resource != null) {
                    files.put(rate, RateTableFile.read(rate, resource));
                }
            }
            return of(files.values());
        }
    }
}
