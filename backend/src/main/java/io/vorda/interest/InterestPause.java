package io.vorda.interest;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days on which the sum bears no interest, half-open {@code [from, until)}: {@code from} is the first day without
 * interest, {@code until} the first day with interest again; open-ended when {@code until} is null. E.g. a payment plan
 * whose client terms freeze interest while it runs (ADR 0012).
 */
public record InterestPause(LocalDate from, @Nullable LocalDate until) {

    public InterestPause {
        Objects.requireNonNull(from, "from");
    }

    /** Whether {@code day} bears no interest. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    /** Whether the pause leaves out at least one day. */
    public boolean isEmpty() {
        return until != null && !until.isAfter(from);
    }
}
