package io.vorda.interest;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory collection-cost scales of NL, BE, DE and PL (money-rules.md §1.4–1.6, §2.3–2.4, §3.3, §3.5, §4.4):
 * pure, no I/O, safe to share. Each method answers for one country and debtor kind, applies the client's agreed
 * costs only within the legal caps, and explains every step. Amounts are rounded half-up to the cent
 * ({@link io.vorda.shared.Money#COMMERCIAL_ROUNDING}), once per amount. {@code today} is the business date the
 * question is asked on; results say whether the costs are chargeable then, and from when.
 */
public final class CostScales {

    /**
     * NL consumer: BIK on the sum of the principals of one consumer's claims, plus 21 % VAT when the creditor cannot
     * deduct it; chargeable only from the day after the 14-day letter's term (counted from the day after receipt).
     * Without a letter the amount is computed (the letter must state it) but not chargeable.
     */
    public CollectionCost dutchConsumer(List<UnpaidClaim> claims, AgreedCosts agreed, VatOnCosts vat,
                                        @Nullable FourteenDayLetter letter, WorkingDays dutchWorkingDays, LocalDate today) {
        return DutchCosts.consumer(claims, agreed, vat, letter, dutchWorkingDays, today);
    }

    /** NL commercial contract: the agreed costs (or the BIK scale) with €40 as a floor, from the day after the due date. */
    public CollectionCost dutchBusiness(UnpaidClaim claim, AgreedCosts agreed, VatOnCosts vat, LocalDate today) {
        return DutchCosts.business(claim, agreed, vat, today);
    }

    /**
     * BE consumer (Book XIX WER): after the free first reminder's 14-day waiting period, the damages clause up to the
     * cap for the outstanding balance ({@code claim.principal()}) and later reminders at most €7.50 plus postage.
     */
    public CollectionCost belgianConsumer(UnpaidClaim claim, AgreedCosts agreed, ExtraReminders extraReminders,
                                          @Nullable FirstReminder firstReminder, WorkingDays belgianWorkingDays, LocalDate today) {
        return BelgianCosts.consumer(claim, agreed, extraReminders, firstReminder, belgianWorkingDays, today);
    }

    /**
     * BE consumer (Book XIX WER, money-rules §2.4): the first day any cost, damages or interest may be charged — after
     * the 14-day waiting period that the free first reminder starts. Before it a consumer's debt bears no interest.
     */
    public LocalDate belgianConsumerChargesFrom(FirstReminder firstReminder, WorkingDays belgianWorkingDays) {
        return BelgianCosts.chargesFrom(firstReminder, belgianWorkingDays);
    }

    /** BE commercial transaction: €40 flat, plus agreed recovery costs for the part above €40. */
    public CollectionCost belgianBusiness(UnpaidClaim claim, AgreedCosts agreed, LocalDate today) {
        return BelgianCosts.business(claim, agreed, today);
    }

    /** DE non-consumer debtor: the €40 Pauschale, credited against the agreed collection costs claimed as damages. */
    public CollectionCost germanBusinessFlatFee(UnpaidClaim claim, LocalDate inDefaultFrom, AgreedCosts agreed, LocalDate today) {
        return GermanCosts.businessFlatFee(claim, inDefaultFrom, agreed, today);
    }

    /**
     * DE consumer, undisputed claim: the collection fee recoverable at most (fee rate × RVG 1.0 fee in the version in
     * force when the agency was instructed); fails with COST_RULE_UNKNOWN for claim values whose RVG row is not shipped.
     */
    public CollectionCost germanConsumerCollectionFee(UnpaidClaim claim, CollectionEffort effort, LocalDate instructedOn,
                                                      AgreedCosts agreed, LocalDate today) {
        return GermanCosts.consumerCollectionFee(claim, effort, instructedOn, agreed, today);
    }

    /**
     * PL commercial transaction: EUR 40 / 70 / 100 in PLN at the NBP rate of the last working day of the month before
     * the due month; fails with EXCHANGE_RATE_UNKNOWN naming the day when that rate is not entered.
     */
    public CollectionCost polishRecoveryCompensation(UnpaidClaim claim, AgreedCosts agreed, ExchangeRates rates,
                                                     WorkingDays polishWorkingDays, LocalDate today) {
        return PolishCosts.recoveryCompensation(claim, agreed, rates, polishWorkingDays, today);
    }
}
