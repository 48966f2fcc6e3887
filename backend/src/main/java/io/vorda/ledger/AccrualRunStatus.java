package io.vorda.ledger;

/** Where a nightly accrual run is. */
public enum AccrualRunStatus {
    /** Created, not started. */
    PENDING,
    /** Being worked by one backend instance (see its heartbeat). */
    RUNNING,
    /** Every case's balance snapshot is up to date for the run's day. */
    SUCCEEDED,
    /** Stopped by an error; the next check resumes it from where it stopped. */
    FAILED
}
