package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** Dutch extrajudicial collection costs: BIK for consumers after a 14-day letter, €40 minimum in commercial contracts. */
final class DutchCosts {

    private static final int LETTER_TERM_DAYS = 14;

    private DutchCosts() {
    }

    /**
     * BIK for a consumer on the sum of the principals of the claims (money-rules §1.4: several claims of one consumer
     * are one base), within which the client's agreed costs apply (6:96(5) BW: the Besluit is mandatory for
     * consumers). Chargeable only after the 14-day letter's term expired unpaid.
     */
    static CollectionCost consumer(List<UnpaidClaim> claims, AgreedCosts agreed, VatOnCosts vat,
                                   @Nullable FourteenDayLetter letter, WorkingDays workingDays, LocalDate today) {
        if (claims.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "At least one claim is needed to compute collection costs", "claims");
        }
        Money base = claims.getFirst().principal();
        for (UnpaidClaim claim : claims.subList(1, claims.size())) {
            base = base.plus(claim.principal());
        }
        BikScale.Bik bik = BikScale.on(base, vat);
        CostAssessment assessment = new CostAssessment(base.currency());
        if (claims.size() > 1) {
            assessment.explain("%d claims of one consumer: the BIK is computed once, on the sum of their principals, %s (money-rules §1.4)."
                    .formatted(claims.size(), base));
        }
        bik.steps().forEach(assessment::explain);

        CostRule rule = bik.rule();
        CostRule cappedBy = bik.cappedBy();
        Money agreedTotal = agreed.totalOn(base);
        if (agreed.isAgreed() && agreedTotal.compareTo(bik.total()) <= 0) {
            agreed.addLinesOn(base, assessment);
            rule = CostRule.CLAIMED_COSTS;
            cappedBy = null;
            assessment.explain("The client's terms ask for %s, within the BIK of %s: the agreed amount is charged.".formatted(agreedTotal, bik.total()));
        } else {
            bik.addLines(assessment);
            if (agreed.isAgreed()) {
                cappedBy = bik.cappedBy() != null ? bik.cappedBy() : CostRule.NL_BIK_SCALE;
                assessment.explain(("The client's terms ask for %s, more than the BIK of %s; for a consumer the Besluit is mandatory "
                        + "(art. 6:96(5) BW), so the BIK is charged.").formatted(agreedTotal, bik.total()));
            }
        }
        LocalDate chargeableFrom = letter == null ? null : afterLetter(claims, letter, workingDays, assessment);
        if (letter == null) {
            assessment.explain(("No 14-day letter is recorded: a consumer owes these costs only after a letter stating this amount "
                    + "gave 14 days from the day after receipt to pay, and that term expired unpaid (art. 6:96(6) BW)."));
        } else {
            assessment.explain(CostAssessment.chargeableSentence(chargeableFrom, today));
        }
        return assessment.result(rule, cappedBy, chargeableFrom, today);
    }

    /**
     * Commercial contracts: at least €40 without any demand from the day after the due date (6:96(4) BW); the €40 is a
     * floor on the costs claimed, never an addition. Claimed are the client's agreed costs, or without terms the BIK
     * scale, which courts use as the benchmark for businesses too (HR 10 Jul 2015).
     */
    static CollectionCost business(UnpaidClaim claim, AgreedCosts agreed, VatOnCosts vat, LocalDate today) {
        Money principal = claim.principal();
        CostAssessment.requireEuro(principal, "principal");
        BikScale.Bik bik = BikScale.on(principal, vat);
        CostAssessment assessment = new CostAssessment(principal.currency());
        CostRule rule;
        Money claimed;
        if (agreed.isAgreed()) {
            claimed = agreed.totalOn(principal);
            rule = CostRule.CLAIMED_COSTS;
            assessment.explain("The client's terms ask for %s; between businesses the BIK is not mandatory.".formatted(claimed));
            if (claimed.compareTo(bik.total()) > 0) {
                assessment.explain(("That is more than the BIK scale amount of %s, which courts use as the benchmark and may reduce an "
                        + "agreed amount to (HR 10 Jul 2015, ECLI:NL:HR:2015:1868).").formatted(bik.total()));
            }
        } else {
            claimed = bik.total();
            rule = bik.rule();
            bik.steps().forEach(assessment::explain);
            assessment.explain("No costs agreed: the BIK scale is claimed as the benchmark for reasonable costs (HR 10 Jul 2015).");
        }
        if (claimed.compareTo(BikScale.MINIMUM) < 0) {
            assessment.line("minimum compensation for collection costs in a commercial contract", BikScale.MINIMUM, CostRule.NL_COMMERCIAL_MINIMUM);
            rule = CostRule.NL_COMMERCIAL_MINIMUM;
            assessment.explain("That is below %s, the minimum for a commercial contract, which applies instead; it is a floor, not an addition (art. 6:96(4) BW)."
                    .formatted(BikScale.MINIMUM));
        } else if (agreed.isAgreed()) {
            agreed.addLinesOn(principal, assessment);
        } else {
            bik.addLines(assessment);
        }
        LocalDate chargeableFrom = claim.dueOn().plusDays(1);
        assessment.explain("Due without any demand from the day after the due date %s (art. 6:96(4) BW). %s"
                .formatted(claim.dueOn(), CostAssessment.chargeableSentence(chargeableFrom, today)));
        return assessment.result(rule, bik.cappedBy() != null && !agreed.isAgreed() ? bik.cappedBy() : null, chargeableFrom, today);
    }

    /**
     * The first day after the letter's term: 14 days from the day after receipt (HR 25 Nov 2016); a last day on a
     * weekend or public holiday moves to the next working day, as for any statutory term (Algemene termijnenwet art. 1).
     */
    private static LocalDate afterLetter(List<UnpaidClaim> claims, FourteenDayLetter letter, WorkingDays workingDays, CostAssessment assessment) {
        for (UnpaidClaim claim : claims) {
            if (!letter.sentOn().isAfter(claim.dueOn())) {
                throw new DomainException(ErrorCode.INVALID_REMINDER, ("The 14-day letter was sent on %s, before the consumer was in default on "
                        + "the claim due on %s; it must be sent after default began (art. 6:96(6) BW)").formatted(letter.sentOn(), claim.dueOn()), "sentOn");
            }
        }
        LocalDate firstDay = letter.receivedOn().plusDays(1);
        LocalDate lastDay = letter.receivedOn().plusDays(LETTER_TERM_DAYS);
        assessment.explain("The 14-day letter was sent on %s and received on %s: the term runs from %s to %s (art. 6:96(6) BW; HR 25 Nov 2016)."
                .formatted(letter.sentOn(), letter.receivedOn(), firstDay, lastDay));
        LocalDate extended = workingDays.onOrAfter(lastDay);
        if (!extended.equals(lastDay)) {
            assessment.explain("%s is a weekend day or public holiday: the term ends on %s instead (Algemene termijnenwet art. 1).".formatted(lastDay, extended));
        }
        assessment.explain("The letter must state the amount above, including any VAT.");
        return extended.plusDays(1);
    }
}
