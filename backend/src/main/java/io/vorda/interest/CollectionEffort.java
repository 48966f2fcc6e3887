package io.vorda.interest;

import java.math.BigDecimal;

/**
 * How much work a German collection mandate on an undisputed claim took; it sets the fee rate applied to the RVG
 * 1.0 fee (Nr. 2300 VV RVG note (2), money-rules §3.5).
 */
public enum CollectionEffort {
    /** Simple case, typically paid on the first payment request or an instalment plan agreed at once and kept: 0.5. */
    SIMPLE("0.5"),
    /** A normal case: 0.9 is the ceiling (and the middle of the 0.5–1.3 range). */
    NORMAL("0.9"),
    /** Particularly extensive or difficult work: at most 1.3. */
    EXTENSIVE("1.3");

    private final BigDecimal feeRate;

    CollectionEffort(String feeRate) {
        this.feeRate = new BigDecimal(feeRate);
    }

    /** The multiple of the 1.0 fee that may be recovered at most. */
    public BigDecimal feeRate() {
        return feeRate;
    }
}
