package io.vorda.ledger.allocation;

import io.vorda.ledger.Component;

import java.util.List;

/** The order in which a payment settles the components of one claim (ARCHITECTURE §9, a named strategy). */
public enum ComponentOrder {
    /** Costs, then interest, then principal: NL art. 6:44(1) BW, DE §367 BGB, BE old art. 1254 (costs as accessories). */
    COSTS_INTEREST_PRINCIPAL(Component.COST, Component.INTEREST, Component.PRINCIPAL),
    /** Interest, then costs, then principal: PL art. 451 §1 KC (the creditor takes overdue interest first). */
    INTEREST_COSTS_PRINCIPAL(Component.INTEREST, Component.COST, Component.PRINCIPAL),
    /** Costs, then principal, then interest: DE consumer credit, §497(3) BGB. */
    COSTS_PRINCIPAL_INTEREST(Component.COST, Component.PRINCIPAL, Component.INTEREST),
    /** Principal first: only where the client waives the statutory order in the debtor's favour. */
    PRINCIPAL_INTEREST_COSTS(Component.PRINCIPAL, Component.INTEREST, Component.COST);

    private final List<Component> sequence;

    ComponentOrder(Component... sequence) {
        this.sequence = List.of(sequence);
    }

    public List<Component> sequence() {
        return sequence;
    }
}
