package io.vorda.ledger;

/** The parts of what is owed on a claim; a payment settles them in the order the allocation rules name. */
public enum Component {
    /** The claim's principal (hoofdsom, Hauptforderung). */
    PRINCIPAL,
    /** Interest: computed to the day by the interest engine, plus interest charged as a fixed amount. */
    INTEREST,
    /** Collection costs (e.g. NL BIK, DE Pauschale), each charged with the rule that produced it. */
    COST
}
