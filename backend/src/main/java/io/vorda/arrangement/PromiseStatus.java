package io.vorda.arrangement;

/** How a promise to pay stands. */
public enum PromiseStatus {
    /** The promised day (plus grace) has not passed and the amount has not been received yet. */
    PENDING,
    /** The promised amount was received by the promised day plus grace. */
    KEPT,
    /** The promised day plus grace passed without the promised amount. */
    BROKEN,
    /** The case was closed before the promise was judged: nothing more is expected of it. */
    WITHDRAWN
}
