package io.vorda.rate;

import io.vorda.interest.RateTables;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rate tables the application computes with: the shipped tables with the administrators' current entries laid
 * over them. Kept in memory and rebuilt when entries change — at once on this instance, and on other instances
 * within {@link #RECHECK} (they compare the number of entries, which only ever grows).
 */
@Singleton
public class CurrentRateTables {

    /** How long another instance may compute with tables that miss an entry made elsewhere. */
    static final Duration RECHECK = Duration.ofSeconds(30);

    private record Snapshot(long entryCount, RateLayers layers, Instant checkedAt) {
    }

    private final InterestRateEntries entries;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;

    CurrentRateTables(InterestRateEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** The current tables, for an {@link io.vorda.interest.InterestCalculator}. */
    public RateTables tables() {
        return current(false).layers().tables();
    }

    /** The layers after checking the database, for administrators who must see what they just entered. */
    RateLayers fresh() {
        return current(true).layers();
    }

    /** Forgets the tables after this instance changed an entry (called once the change is committed). */
    void invalidate() {
        snapshot = null;
    }

    private Snapshot current(boolean checkNow) {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known != null && !checkNow && now.isBefore(known.checkedAt().plus(RECHECK))) {
            return known;
        }
        Snapshot next;
        if (known != null && entries.count() == known.entryCount()) {
            next = new Snapshot(known.entryCount(), known.layers(), now);
        } else {
            List<InterestRateEntryRow> all = entries.all();
            next = new Snapshot(all.size(), RateLayers.of(RateTables.shipped(), all), now);
        }
        snapshot = next;
        return next;
    }
}
