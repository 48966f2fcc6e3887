package io.vorda.rate;

import io.micronaut.data.exceptions.DataAccessException;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The rules both append-only tables share: entries for one key form a chain, each superseding the previous one; the
 * database's unique indexes turn a race between two administrators into a refusal instead of a fork.
 */
final class EntryChains {

    private static final String UNIQUE_VIOLATION = "23505";

    private EntryChains() {
    }

    /** The kind of an entry that supersedes {@code previous} with a rate (a withdrawal is never superseded by a withdrawal). */
    static RateEntryKind kindAfter(RateEntryKind previous) {
        return previous == RateEntryKind.WITHDRAWN ? RateEntryKind.ADDED : RateEntryKind.CORRECTED;
    }

    static void requireNotWithdrawn(RateEntryKind kind, String field) {
        if (kind == RateEntryKind.WITHDRAWN) {
            throw new DomainException(ErrorCode.INVALID_STATUS_TRANSITION, "This entry is already withdrawn.", field);
        }
    }

    static DomainException changedMeanwhile(String field) {
        return new DomainException(ErrorCode.CONCURRENT_MODIFICATION,
                "Someone changed this rate in the meantime; reload and look at the latest entry.", field);
    }

    /** Runs an insert; a unique-index violation means another entry for the same key or predecessor won the race. */
    static <T> T inserting(String field, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (DataAccessException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw changedMeanwhile(field);
            }
            throw e;
        }
    }

    /** A rate as entered, without the column's padding zeros (6.0000 → 6, 4.150000 → 4.15), as the shipped rows read. */
    static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
