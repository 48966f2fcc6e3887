package io.vorda.cases;

/** Why a case is on hold. */
public enum HoldReason {
    /** The debtor disputes the claim. */
    DISPUTE,
    /** Respite granted. */
    RESPITE,
    /** The client asked to pause. */
    CLIENT_INSTRUCTION,
    /** The debtor died. */
    DECEASED,
    /** Insolvency or a statutory debt arrangement. */
    INSOLVENCY
}
