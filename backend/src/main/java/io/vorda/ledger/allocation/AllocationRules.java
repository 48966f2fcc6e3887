package io.vorda.ledger.allocation;

import io.vorda.client.AllocationOrder;
import io.vorda.client.Jurisdiction;

/** How a case's payments are allocated: the claim ranking of its jurisdiction and the component order in force. */
public record AllocationRules(ClaimRanking ranking, ComponentOrder components) {

    /**
     * The jurisdiction's statutory rules (money-rules §1.7, §2.6, §3.4, §4.5), with the client's component order
     * when the client chose one (client terms, {@code allocationOrder}).
     */
    public static AllocationRules of(Jurisdiction jurisdiction, AllocationOrder clientOrder) {
        ClaimRanking ranking = jurisdiction == Jurisdiction.PL ? ClaimRanking.DUE_OLDEST : ClaimRanking.DUE_BURDENSOME_OLDEST;
        ComponentOrder components = switch (clientOrder) {
            case JURISDICTION_DEFAULT -> jurisdiction == Jurisdiction.PL
                    ? ComponentOrder.INTEREST_COSTS_PRINCIPAL : ComponentOrder.COSTS_INTEREST_PRINCIPAL;
            case COSTS_INTEREST_PRINCIPAL -> ComponentOrder.COSTS_INTEREST_PRINCIPAL;
            case INTEREST_COSTS_PRINCIPAL -> ComponentOrder.INTEREST_COSTS_PRINCIPAL;
            case COSTS_PRINCIPAL_INTEREST -> ComponentOrder.COSTS_PRINCIPAL_INTEREST;
            case PRINCIPAL_INTEREST_COSTS -> ComponentOrder.PRINCIPAL_INTEREST_COSTS;
        };
        return new AllocationRules(ranking, components);
    }
}
