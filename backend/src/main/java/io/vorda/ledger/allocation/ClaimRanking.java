package io.vorda.ledger.allocation;

/**
 * Which claim an undesignated payment settles first. Claims that are due come before those that are not; ties that
 * every step leaves are shared pro rata.
 */
public enum ClaimRanking {
    /**
     * Due first, then the most burdensome (highest interest rate), then the oldest (fell due first): NL art. 6:43(2)
     * BW, DE §366(2) BGB (the "less security" step is not modelled), BE old art. 1256.
     */
    DUE_BURDENSOME_OLDEST(true),
    /** Due first, then the one that fell due longest ago: PL art. 451 §3 KC. */
    DUE_OLDEST(false);

    private final boolean burdensomeFirst;

    ClaimRanking(boolean burdensomeFirst) {
        this.burdensomeFirst = burdensomeFirst;
    }

    public boolean burdensomeFirst() {
        return burdensomeFirst;
    }
}
