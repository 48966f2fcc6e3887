package io.vorda.rate;

import io.vorda.interest.RatePeriod;
import io.vorda.interest.RateTable;
import io.vorda.interest.RateTables;
import io.vorda.interest.StatutoryRate;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shipped rate tables with the administrators' current entries laid over them (ADR 0009 consequences, ADR 0013):
 * an entry for a day a shipped row starts on replaces that row; other entries add rows. An entry extends the table's
 * published-through date only when it continues the table — it starts no later than the day after the date known so
 * far — so a row entered years ahead never makes the gap before it look published.
 */
final class RateLayers {

    private static final Map<String, StatutoryRate> BY_TABLE_ID = Arrays.stream(StatutoryRate.values())
            .filter(rate -> rate.tableId() != null)
            .collect(Collectors.toUnmodifiableMap(StatutoryRate::tableId, Function.identity()));

    private final RateTables tables;
    private final Map<StatutoryRate, RateTableView> views;

    private RateLayers(RateTables tables, Map<StatutoryRate, RateTableView> views) {
        this.tables = tables;
        this.views = views;
    }

    static @Nullable StatutoryRate rateOf(String tableId) {
        return BY_TABLE_ID.get(tableId);
    }

    /** The layers from the shipped tables and every entry ever made (oldest first). */
    static RateLayers of(RateTables shipped, List<InterestRateEntryRow> entries) {
        Set<java.util.UUID> superseded = new HashSet<>();
        entries.forEach(e -> {
            if (e.supersedes() != null) {
                superseded.add(e.supersedes());
            }
        });
        Map<StatutoryRate, List<InterestRateEntryView>> changes = new EnumMap<>(StatutoryRate.class);
        for (InterestRateEntryRow entry : entries) {
            StatutoryRate rate = rateOf(entry.rateTable());
            if (rate != null) { // a table a later release dropped: its entries stay in the database, unused
                changes.computeIfAbsent(rate, r -> new ArrayList<>()).add(view(entry, rate, !superseded.contains(entry.id())));
            }
        }
        Map<StatutoryRate, NavigableMap<LocalDate, RatePeriodView>> layered = new EnumMap<>(StatutoryRate.class);
        List<RateTable> own = new ArrayList<>();
        for (StatutoryRate rate : StatutoryRate.values()) {
            if (rate.derivedFrom() == null) {
                NavigableMap<LocalDate, RatePeriodView> rows = layer(shipped.table(rate), changes.getOrDefault(rate, List.of()));
                layered.put(rate, rows);
                own.add(new RateTable(rate, rows.values().stream().map(RateLayers::period).toList(),
                        publishedThrough(shipped.table(rate).publishedThrough(), changes.getOrDefault(rate, List.of()))));
            }
        }
        RateTables merged = RateTables.of(own);
        Map<StatutoryRate, RateTableView> views = new EnumMap<>(StatutoryRate.class);
        for (StatutoryRate rate : StatutoryRate.values()) {
            RateTable table = merged.table(rate);
            List<RatePeriodView> periods = rate.derivedFrom() == null ? new ArrayList<>(layered.get(rate).values())
                    : derivedPeriods(table, layered.get(rate.derivedFrom()));
            Collections.reverse(periods);
            List<InterestRateEntryView> entered = new ArrayList<>(changes.getOrDefault(rate, List.of()));
            Collections.reverse(entered);
            views.put(rate, new RateTableView(rate, rate.tableId(), rate.derivedFrom(), rate.pointsAbove(), rate.compounding(),
                    table.publishedThrough(), table.firstDate(), periods, entered));
        }
        return new RateLayers(merged, views);
    }

    RateTables tables() {
        return tables;
    }

    RateTableView view(StatutoryRate rate) {
        return views.get(rate);
    }

    List<RateTableView> views() {
        return List.copyOf(views.values());
    }

    private static NavigableMap<LocalDate, RatePeriodView> layer(RateTable shipped, List<InterestRateEntryView> entries) {
        NavigableMap<LocalDate, RatePeriodView> rows = new TreeMap<>();
        for (RatePeriod row : shipped.periods()) {
            rows.put(row.validFrom(), new RatePeriodView(row.validFrom(), row.annualRatePercent(), row.isConfirmed(), row.source(),
                    RateOrigin.SHIPPED, null, null));
        }
        for (InterestRateEntryView entry : entries) {
            // a withdrawn day keeps what was shipped for it, if anything
            if (entry.isCurrent() && entry.kind() != RateEntryKind.WITHDRAWN && entry.annualRatePercent() != null) {
                RatePeriodView shippedRow = rows.get(entry.validFrom()); // one current entry per day: still the shipped row
                rows.put(entry.validFrom(), new RatePeriodView(entry.validFrom(), entry.annualRatePercent(), entry.isConfirmed(),
                        entry.source(), RateOrigin.ADMIN, entry, shippedRow));
            }
        }
        return rows;
    }

    private static LocalDate publishedThrough(LocalDate shipped, List<InterestRateEntryView> entries) {
        LocalDate known = shipped;
        List<InterestRateEntryView> applying = entries.stream()
                .filter(e -> e.isCurrent() && e.kind() != RateEntryKind.WITHDRAWN)
                .sorted(java.util.Comparator.comparing(InterestRateEntryView::validFrom)).toList();
        for (InterestRateEntryView entry : applying) {
            if (!entry.validFrom().isAfter(known.plusDays(1))) {
                LocalDate through = entry.publishedThrough() == null ? entry.validFrom() : entry.publishedThrough();
                if (through.isAfter(known)) {
                    known = through;
                }
            }
        }
        return known;
    }

    /** A derived table's rows, each with the origin and entry of the reference row it comes from. */
    private static List<RatePeriodView> derivedPeriods(RateTable derived, NavigableMap<LocalDate, RatePeriodView> reference) {
        List<RatePeriodView> periods = new ArrayList<>();
        for (RatePeriod row : derived.periods()) {
            Map.Entry<LocalDate, RatePeriodView> from = reference.floorEntry(row.validFrom());
            RatePeriodView basis = from == null ? null : from.getValue();
            periods.add(new RatePeriodView(row.validFrom(), row.annualRatePercent(), row.isConfirmed(), row.source(),
                    basis == null ? RateOrigin.SHIPPED : basis.origin(), basis == null ? null : basis.entry(), null));
        }
        return periods;
    }

    private static RatePeriod period(RatePeriodView view) {
        return new RatePeriod(view.validFrom(), view.annualRatePercent(), view.isConfirmed(), view.source());
    }

    private static InterestRateEntryView view(InterestRateEntryRow row, StatutoryRate rate, boolean isCurrent) {
        return new InterestRateEntryView(new InterestRateEntryId(row.id()), rate, row.validFrom(), row.annualRatePercent(),
                row.publishedThrough(), row.isConfirmed(), row.source(), row.kind(), isCurrent, row.createdBy(), row.createdAt());
    }
}
