package io.vorda.ledger;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A nightly accrual run: the balance snapshots of every case brought to {@code runDate}. {@code casesSkipped} counts
 * cases whose balance could not be computed (e.g. no interest rate known for their days); {@code error} says why the
 * last one was skipped, or why the run failed.
 */
public record AccrualRunView(LocalDate runDate, AccrualRunStatus status, @Nullable Instant startedAt,
                             @Nullable Instant finishedAt, long casesDone, long casesSkipped, int attempts,
                             @Nullable String error) {
}
