package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;

/**
 * Polish recovery compensation in commercial transactions (art. 10 of the 2013 Act, money-rules §4.4): EUR 40, 70 or
 * 100 by the claim's value in PLN, converted at the NBP average EUR rate of the last working day of the month before
 * the month the claim fell due.
 */
final class PolishCosts {

    private static final Currency PLN = Currency.getInstance("PLN");
    private static final BigDecimal LOWER_THRESHOLD = new BigDecimal("5000.00");
    private static final BigDecimal UPPER_THRESHOLD = new BigDecimal("50000.00");
    private static final BigDecimal SMALL = new BigDecimal("40");
    private static final BigDecimal MIDDLE = new BigDecimal("70");
    private static final BigDecimal LARGE = new BigDecimal("100");
    private static final LocalDate TIERS_FROM = LocalDate.of(2020, 1, 1);

    private PolishCosts() {
    }

    static CollectionCost recoveryCompensation(UnpaidClaim claim, AgreedCosts agreed, ExchangeRates rates,
                                               WorkingDays polishWorkingDays, LocalDate today) {
        Money value = claim.principal();
        if (!value.currency().equals(PLN)) {
            throw new DomainException(ErrorCode.COST_RULE_UNKNOWN, ("The recovery compensation thresholds are in PLN; money-rules does not say "
                    + "how a claim in %s is measured against them").formatted(value.currency().getCurrencyCode()), "principal");
        }
        CostAssessment assessment = new CostAssessment(PLN);
        BigDecimal euros = compensationInEuro(claim, assessment);
        YearMonth rateMonth = YearMonth.from(claim.dueOn()).minusMonths(1);
        LocalDate rateDay = polishWorkingDays.lastWorkingDayOf(rateMonth);
        BigDecimal rate = rates.rateOn(CostAssessment.EUR, PLN, rateDay)
                .filter(r -> r.signum() > 0)
                .orElseThrow(() -> new DomainException(ErrorCode.EXCHANGE_RATE_UNKNOWN, ("No NBP average EUR/PLN rate (Table A) is entered for "
                        + "%s, the last working day of %s (the month before the claim fell due on %s); enter it to compute the recovery "
                        + "compensation").formatted(rateDay, rateMonth, claim.dueOn()), "exchangeRate"));
        Money compensation = Money.rounded(euros.multiply(rate), PLN, Money.COMMERCIAL_ROUNDING);
        assessment.line("recovery compensation EUR %s".formatted(euros.toPlainString()), compensation, CostRule.PL_RECOVERY_COMPENSATION)
                .explain("Converted at the NBP average rate of %s, %s PLN per EUR: EUR %s × %s = %s."
                        .formatted(rateDay, rate.toPlainString(), euros.toPlainString(), rate.toPlainString(), compensation));
        CostRule rule = CostRule.PL_RECOVERY_COMPENSATION;
        Money claimed = agreed.totalOn(value);
        if (claimed.compareTo(compensation) > 0) {
            assessment.line("recovery costs above the compensation (client's terms)", claimed.minus(compensation),
                    CostRule.PL_RECOVERY_COSTS_ABOVE_COMPENSATION);
            rule = CostRule.PL_RECOVERY_COSTS_ABOVE_COMPENSATION;
            assessment.explain(("The client's terms ask for %s, taken as reasonable recovery costs: the part above the compensation, %s, "
                    + "is added (art. 10 ust. 2; not in money-rules).").formatted(claimed, claimed.minus(compensation)));
        } else if (agreed.isAgreed()) {
            assessment.explain("The client's terms ask for %s, not more than the compensation, which covers them.".formatted(claimed));
        }
        LocalDate chargeableFrom = claim.dueOn().plusDays(1);
        assessment.explain("Due without any demand from the day the right to commercial late interest arises. "
                + CostAssessment.chargeableSentence(chargeableFrom, today));
        return assessment.result(rule, null, chargeableFrom, today);
    }

    private static BigDecimal compensationInEuro(UnpaidClaim claim, CostAssessment assessment) {
        BigDecimal value = claim.principal().amount();
        if (claim.dueOn().isBefore(TIERS_FROM)) {
            assessment.explain("Due before 1 Jan 2020: EUR 40 for every claim (regime chosen by the due date; transitional rule not in money-rules).");
            return SMALL;
        }
        BigDecimal euros = value.compareTo(LOWER_THRESHOLD) <= 0 ? SMALL : value.compareTo(UPPER_THRESHOLD) < 0 ? MIDDLE : LARGE;
        String band = euros == SMALL ? "at most PLN 5,000" : euros == MIDDLE ? "above PLN 5,000 and below PLN 50,000" : "PLN 50,000 or more";
        assessment.explain("Claim value %s is %s: the compensation is EUR %s (art. 10 ust. 1 of the 2013 Act)."
                .formatted(claim.principal(), band, euros.toPlainString()));
        return euros;
    }
}
