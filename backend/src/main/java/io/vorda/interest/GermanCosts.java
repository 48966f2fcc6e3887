package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;

import java.time.LocalDate;

/** German collection costs: the €40 Pauschale with its credit, and the RVG-based cap on collection fees. */
final class GermanCosts {

    static final Money FLAT_FEE = CostAssessment.euro("40.00");

    private GermanCosts() {
    }

    /**
     * §288(5) BGB: €40 on a remuneration claim against a non-consumer in default. It is credited against costs of
     * legal pursuit claimed as damages (here: the client's agreed collection costs), so the two together come to
     * the larger of €40 and those costs; the breakdown shows the credit.
     */
    static CollectionCost businessFlatFee(UnpaidClaim claim, LocalDate inDefaultFrom, AgreedCosts agreed, LocalDate today) {
        Money principal = claim.principal();
        CostAssessment.requireEuro(principal, "principal");
        if (!inDefaultFrom.isAfter(claim.dueOn())) {
            throw new DomainException(ErrorCode.INVALID_PERIOD, "Default cannot begin on %s, on or before the due date %s"
                    .formatted(inDefaultFrom, claim.dueOn()), "inDefaultFrom");
        }
        CostAssessment assessment = new CostAssessment(principal.currency())
                .line("Verzugspauschale", FLAT_FEE, CostRule.DE_FLAT_FEE)
                .explain("%s flat fee on a remuneration claim against a debtor who is not a consumer, in default since %s (§288(5) BGB)."
                        .formatted(FLAT_FEE, inDefaultFrom));
        CostRule rule = CostRule.DE_FLAT_FEE;
        Money pursuit = agreed.totalOn(principal);
        if (!pursuit.isZero()) {
            agreed.addLinesOn(principal, assessment);
            Money credit = pursuit.compareTo(FLAT_FEE) < 0 ? pursuit : FLAT_FEE;
            assessment.line("flat fee credited against the collection costs", credit.negate(), CostRule.DE_FLAT_FEE_CREDIT)
                    .explain("Collection costs of %s are claimed as damages; the flat fee is credited against them, %s (§288(5) sentence 3 BGB)."
                            .formatted(pursuit, credit.negate()));
            if (pursuit.compareTo(FLAT_FEE) > 0) {
                rule = CostRule.CLAIMED_COSTS;
            }
        }
        assessment.explain(CostAssessment.chargeableSentence(inDefaultFrom, today));
        return assessment.result(rule, null, inDefaultFrom, today);
    }

    /**
     * §13e RDG: a collection agency's fee on an undisputed claim is recoverable only up to what a lawyer would get,
     * the fee rate of {@code effort} times the RVG 1.0 fee for the claim value (at least €15), in the RVG version in
     * force when the agency was instructed. The client's agreed costs apply within that cap; without terms the cap
     * itself is the fee. Disbursements (Nr. 7002 VV RVG) and VAT are not included (money-rules §9 item 14).
     */
    static CollectionCost consumerCollectionFee(UnpaidClaim claim, CollectionEffort effort, LocalDate instructedOn,
                                                AgreedCosts agreed, LocalDate today) {
        Money value = claim.principal();
        CostAssessment.requireEuro(value, "principal");
        RvgFeeTable table = RvgFeeTable.inForceOn(instructedOn);
        Money oneFee = table.oneFeeFor(value);
        CostAssessment assessment = new CostAssessment(value.currency());
        if (value.amount().compareTo(RvgFeeTable.SMALL_CLAIM_LIMIT) <= 0) {
            assessment.explain("Claim value %s is at most 50.00 EUR: the 1.0 fee for collecting an undisputed claim is %s (§13(2) RVG; %s)."
                    .formatted(value, oneFee, table.source()));
        } else {
            assessment.explain("Claim value %s: the 1.0 fee is %s (%s).".formatted(value, oneFee, table.source()));
        }
        Money cap = oneFee.multipliedBy(effort.feeRate(), Money.COMMERCIAL_ROUNDING);
        assessment.explain("Fee rate %s (%s; Nr. 2300 VV RVG note (2)): %s × %s = %s."
                .formatted(effort.feeRate().toPlainString(), describe(effort), effort.feeRate().toPlainString(), oneFee, cap));
        CostRule capRule = CostRule.DE_COLLECTION_FEE_CAP;
        if (cap.compareTo(RvgFeeTable.MINIMUM_FEE) < 0) {
            cap = RvgFeeTable.MINIMUM_FEE;
            capRule = CostRule.DE_MINIMUM_FEE;
            assessment.explain("Below the minimum fee: %s applies (§13(3) RVG).".formatted(cap));
        }
        CostRule rule = capRule;
        CostRule cappedBy = null;
        Money agreedTotal = agreed.totalOn(value);
        if (agreed.isAgreed() && agreedTotal.compareTo(cap) <= 0) {
            agreed.addLinesOn(value, assessment);
            rule = CostRule.CLAIMED_COSTS;
            assessment.explain("The client's terms ask for %s, within the recoverable %s: the agreed amount is charged.".formatted(agreedTotal, cap));
        } else {
            assessment.line("collection fee up to the lawyer's fee (§13e RDG)", cap, capRule);
            if (agreed.isAgreed()) {
                cappedBy = CostRule.DE_COLLECTION_FEE_CAP;
                assessment.explain("The client's terms ask for %s, more than the recoverable %s: only %s is charged (§13e RDG)."
                        .formatted(agreedTotal, cap, cap));
            }
        }
        assessment.explain("Not included: the disbursement flat rate (Nr. 7002 VV RVG) and VAT, not confirmed from the statute (money-rules §9 item 14).");
        LocalDate overdueFrom = claim.dueOn().plusDays(1);
        LocalDate chargeableFrom = instructedOn.isAfter(overdueFrom) ? instructedOn : overdueFrom;
        assessment.explain("The agency was instructed on %s. %s".formatted(instructedOn, CostAssessment.chargeableSentence(chargeableFrom, today)));
        return assessment.result(rule, cappedBy, chargeableFrom, today);
    }

    private static String describe(CollectionEffort effort) {
        return switch (effort) {
            case SIMPLE -> "simple case, e.g. paid on the first payment request";
            case NORMAL -> "normal case, the ceiling without particularly extensive or difficult work";
            case EXTENSIVE -> "particularly extensive or difficult work, the maximum";
        };
    }
}
