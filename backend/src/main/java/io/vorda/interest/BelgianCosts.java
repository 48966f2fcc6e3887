package io.vorda.interest;

import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Belgian collection costs: €40 flat in commercial transactions, Book XIX caps and waiting period for consumers. */
final class BelgianCosts {

    static final Money FLAT_FEE = CostAssessment.euro("40.00");
    private static final Money SMALL_DEBT_LIMIT = CostAssessment.euro("150.00");
    private static final Money MIDDLE_DEBT_LIMIT = CostAssessment.euro("500.00");
    private static final Money SMALL_DEBT_DAMAGES = CostAssessment.euro("20.00");
    private static final Money MIDDLE_DEBT_BASE = CostAssessment.euro("30.00");
    private static final Money LARGE_DEBT_BASE = CostAssessment.euro("65.00");
    private static final Money MAXIMUM_DAMAGES = CostAssessment.euro("2000.00");
    private static final BigDecimal MIDDLE_DEBT_RATE = new BigDecimal("0.10");
    private static final BigDecimal LARGE_DEBT_RATE = new BigDecimal("0.05");
    private static final Money REMINDER_FEE_CAP = CostAssessment.euro("7.50");
    private static final int WAITING_DAYS = 14;
    private static final int PAPER_START_WORKING_DAYS = 3;

    private BelgianCosts() {
    }

    /**
     * Commercial transactions: €40 flat by operation of law, without notice, from the day after the payment term;
     * recovery costs above €40 (here: the client's agreed costs) can be claimed for the part above the €40.
     */
    static CollectionCost business(UnpaidClaim claim, AgreedCosts agreed, LocalDate today) {
        Money principal = claim.principal();
        CostAssessment.requireEuro(principal, "principal");
        CostAssessment assessment = new CostAssessment(principal.currency())
                .line("flat recovery compensation", FLAT_FEE, CostRule.BE_COMMERCIAL_FLAT_FEE)
                .explain("%s flat recovery compensation, by operation of law and without notice (art. 6 wet 2 augustus 2002).".formatted(FLAT_FEE));
        CostRule rule = CostRule.BE_COMMERCIAL_FLAT_FEE;
        Money claimed = agreed.totalOn(principal);
        if (claimed.compareTo(FLAT_FEE) > 0) {
            assessment.line("recovery costs above the flat compensation (client's terms)", claimed.minus(FLAT_FEE), CostRule.CLAIMED_COSTS);
            rule = CostRule.CLAIMED_COSTS;
            assessment.explain("The client's terms ask for %s: the part above the flat %s, %s, is claimed as reasonable higher recovery costs."
                    .formatted(claimed, FLAT_FEE, claimed.minus(FLAT_FEE)));
        } else if (agreed.isAgreed()) {
            assessment.explain("The client's terms ask for %s, not more than the flat compensation, which covers them.".formatted(claimed));
        }
        LocalDate chargeableFrom = claim.dueOn().plusDays(1);
        assessment.explain(CostAssessment.chargeableSentence(chargeableFrom, today));
        return assessment.result(rule, null, chargeableFrom, today);
    }

    /**
     * Consumers (Book XIX WER, money-rules §2.4): nothing before the free first reminder's 14-day waiting period has
     * passed; then the client's damages clause up to the cap for the outstanding balance, and reminders after the
     * first at most €7.50 plus postage each. A clause above the cap is void (money-rules §2.4): no damages are
     * charged on it, only legal interest remains.
     */
    static CollectionCost consumer(UnpaidClaim claim, AgreedCosts agreed, ExtraReminders extraReminders,
                                   @Nullable FirstReminder firstReminder, WorkingDays workingDays, LocalDate today) {
        Money balance = claim.principal();
        CostAssessment.requireEuro(balance, "principal");
        CostAssessment assessment = new CostAssessment(balance.currency());
        Money cap = damagesCap(balance, assessment);
        CostRule rule = CostRule.BE_CONSUMER_DAMAGES_CAP;
        CostRule cappedBy = null;
        if (!agreed.hasPenaltyClause()) {
            assessment.explain("No damages clause is agreed: Book XIX allows damages only when the consumer accepted a clause providing them.");
        } else {
            Money clause = agreed.penaltyOn(balance);
            if (clause.compareTo(cap) <= 0) {
                assessment.line("damages clause (client's terms)", clause, CostRule.CLAIMED_COSTS)
                        .explain("The damages clause gives %s, within the cap: it is charged.".formatted(clause));
                rule = CostRule.CLAIMED_COSTS;
            } else {
                cappedBy = CostRule.BE_CONSUMER_DAMAGES_CAP;
                assessment.explain(("The damages clause gives %s, above the cap of %s: a clause above the cap is void, so no damages are "
                        + "charged; only legal interest can be claimed (money-rules §2.4).").formatted(clause, cap));
            }
        }
        if (!agreed.adminCosts().isZero()) {
            assessment.explain("Administration costs of %s are not charged: for a consumer only later reminders may cost something (below)."
                    .formatted(agreed.adminCosts()));
        }
        if (extraReminders.count() > 0) {
            cappedBy = reminders(extraReminders, assessment, cappedBy);
            rule = rule == CostRule.CLAIMED_COSTS ? rule : CostRule.BE_CONSUMER_EXTRA_REMINDER;
        }
        LocalDate chargeableFrom = firstReminder == null ? null : afterWaitingPeriod(claim, firstReminder, workingDays, assessment);
        if (firstReminder == null) {
            assessment.explain("No free first reminder is recorded: no cost, damages or interest may be charged before it and its 14-day waiting period.");
        } else {
            assessment.explain(CostAssessment.chargeableSentence(chargeableFrom, today));
        }
        return assessment.result(rule, cappedBy, chargeableFrom, today);
    }

    /** The maximum damages clause for an outstanding balance; the formula is continuous at €500, not at €150. */
    static Money damagesCap(Money balance, CostAssessment assessment) {
        Money cap;
        if (balance.compareTo(SMALL_DEBT_LIMIT) <= 0) {
            cap = SMALL_DEBT_DAMAGES;
            assessment.explain("Outstanding balance %s is at most %s: damages are capped at %s.".formatted(balance, SMALL_DEBT_LIMIT, cap));
        } else if (balance.compareTo(MIDDLE_DEBT_LIMIT) <= 0) {
            cap = MIDDLE_DEBT_BASE.plus(balance.minus(SMALL_DEBT_LIMIT).multipliedBy(MIDDLE_DEBT_RATE, Money.COMMERCIAL_ROUNDING));
            assessment.explain("Outstanding balance %s is between 150.01 and 500.00 EUR: damages are capped at 30.00 + 10 %% of %s = %s."
                    .formatted(balance, balance.minus(SMALL_DEBT_LIMIT), cap));
        } else {
            Money formula = LARGE_DEBT_BASE.plus(balance.minus(MIDDLE_DEBT_LIMIT).multipliedBy(LARGE_DEBT_RATE, Money.COMMERCIAL_ROUNDING));
            cap = formula.compareTo(MAXIMUM_DAMAGES) > 0 ? MAXIMUM_DAMAGES : formula;
            assessment.explain("Outstanding balance %s is above 500.00 EUR: damages are capped at 65.00 + 5 %% of %s = %s%s."
                    .formatted(balance, balance.minus(MIDDLE_DEBT_LIMIT), formula,
                            cap.equals(formula) ? "" : ", limited to the maximum of " + MAXIMUM_DAMAGES));
        }
        return cap;
    }

    private static @Nullable CostRule reminders(ExtraReminders reminders, CostAssessment assessment, @Nullable CostRule cappedBy) {
        BigDecimal count = BigDecimal.valueOf(reminders.count());
        Money fee = reminders.agreedFeeEach();
        CostRule capped = cappedBy;
        if (fee.compareTo(REMINDER_FEE_CAP) > 0) {
            assessment.explain("The terms ask %s per later reminder; at most %s plus postage is allowed, so %s is charged.".formatted(fee, REMINDER_FEE_CAP, REMINDER_FEE_CAP));
            fee = REMINDER_FEE_CAP;
            capped = capped == null ? CostRule.BE_CONSUMER_EXTRA_REMINDER : capped;
        }
        assessment.line("%d later reminder(s) at %s".formatted(reminders.count(), fee), fee.multipliedBy(count, Money.COMMERCIAL_ROUNDING),
                        CostRule.BE_CONSUMER_EXTRA_REMINDER)
                .line("postage of %d later reminder(s) at %s".formatted(reminders.count(), reminders.postageEach()),
                        reminders.postageEach().multipliedBy(count, Money.COMMERCIAL_ROUNDING), CostRule.BE_CONSUMER_EXTRA_REMINDER);
        return capped;
    }

    /**
     * The first day costs may be charged: the waiting period of 14 calendar days starts on the third working day after
     * a paper reminder was sent, or the working day after an electronic one (money-rules §2.4, UNCONFIRMED; some
     * sources say "third day" and "next calendar day" — working days are never earlier, so this errs for the consumer).
     */
    /** The first day of the 14-day waiting period (see {@link #afterWaitingPeriod}). */
    private static LocalDate waitingPeriodStart(FirstReminder reminder, WorkingDays workingDays) {
        return reminder.channel() == FirstReminder.Channel.PAPER
                ? workingDays.nthWorkingDayAfter(reminder.sentOn(), PAPER_START_WORKING_DAYS)
                : workingDays.nthWorkingDayAfter(reminder.sentOn(), 1);
    }

    /** The first day anything — costs, damages or interest — may be charged after the free first reminder. */
    static LocalDate chargesFrom(FirstReminder reminder, WorkingDays workingDays) {
        return waitingPeriodStart(reminder, workingDays).plusDays(WAITING_DAYS);
    }

    private static LocalDate afterWaitingPeriod(UnpaidClaim claim, FirstReminder reminder, WorkingDays workingDays, CostAssessment assessment) {
        if (!reminder.sentOn().isAfter(claim.dueOn())) {
            throw new DomainException(ErrorCode.INVALID_REMINDER, "The first reminder was sent on %s, not after the due date %s"
                    .formatted(reminder.sentOn(), claim.dueOn()), "sentOn");
        }
        LocalDate start = waitingPeriodStart(reminder, workingDays);
        LocalDate chargeableFrom = start.plusDays(WAITING_DAYS);
        assessment.explain(("The free first reminder went out on %s (%s): the 14-day waiting period runs from %s to %s "
                + "(start rule UNCONFIRMED, money-rules §9 item 9).").formatted(reminder.sentOn(),
                reminder.channel() == FirstReminder.Channel.PAPER ? "by post" : "electronically", start, chargeableFrom.minusDays(1)));
        return chargeableFrom;
    }
}
