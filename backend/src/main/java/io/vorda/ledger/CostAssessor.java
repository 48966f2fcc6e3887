package io.vorda.ledger;

import io.micronaut.context.BeanProvider;
import io.vorda.calendar.BusinessCalendars;
import io.vorda.cases.CaseReminderView;
import io.vorda.cases.CaseView;
import io.vorda.cases.ClaimView;
import io.vorda.cases.ReminderChannel;
import io.vorda.cases.ReminderKind;
import io.vorda.client.ClientView;
import io.vorda.client.CollectionTerms;
import io.vorda.client.Jurisdiction;
import io.vorda.client.TransactionType;
import io.vorda.interest.AgreedCosts;
import io.vorda.interest.CollectionCost;
import io.vorda.interest.CollectionEffort;
import io.vorda.interest.CostScales;
import io.vorda.interest.ExchangeRates;
import io.vorda.interest.ExtraReminders;
import io.vorda.interest.FirstReminder;
import io.vorda.interest.FourteenDayLetter;
import io.vorda.interest.UnpaidClaim;
import io.vorda.interest.VatOnCosts;
import io.vorda.interest.WorkingDays;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Asks the cost scale of a case's jurisdiction and debtor kind (the client's terms) what the statutory collection
 * costs are today, with the case's reminders, the jurisdiction's business calendar and the entered exchange rates.
 * A Dutch consumer's BIK is assessed on the sum of the principals and charged on the oldest claim; the other scales
 * are per claim (the €40 flat fees are per invoice) and are charged on each claim. ADR 0014 (statutory costs on cases).
 */
@Singleton
class CostAssessor {

    /** How a statutory cost posting's explanation starts: the ledger finds what it charged already by it. */
    static final String MARKER = "Statutory collection costs";

    /** Until exchange rates are entered somewhere, none is known: the Polish scale then says which day it needs. */
    private static final ExchangeRates NONE_ENTERED = (base, quote, date) -> Optional.empty();

    private final CostScales scales;
    private final BusinessCalendars calendars;
    private final BeanProvider<ExchangeRates> rates;

    CostAssessor(CostScales scales, BusinessCalendars calendars, BeanProvider<ExchangeRates> rates) {
        this.scales = scales;
        this.calendars = calendars;
        this.rates = rates;
    }

    StatutoryCosts assess(CaseView kase, CaseBook book, List<CaseReminderView> reminders, LocalDate today) {
        List<ClaimView> claims = book.claims().stream()
                .sorted(Comparator.comparing(ClaimView::dueDate).thenComparing(ClaimView::invoiceDate).thenComparing(ClaimView::invoiceNumber))
                .toList();
        boolean charged = book.hasActiveCost(MARKER);
        if (claims.isEmpty()) {
            return new StatutoryCosts(kase.id(), book.currency(), List.of(), charged);
        }
        ClientView client = book.client();
        Currency currency = book.currency();
        AgreedCosts agreed = agreed(client.terms(), currency);
        boolean consumer = client.terms().transactionType() == TransactionType.CONSUMER;
        Jurisdiction jurisdiction = kase.jurisdiction();
        WorkingDays workingDays = calendars.of(jurisdiction)::isBusinessDay;
        if (jurisdiction == Jurisdiction.NL && consumer) {
            CollectionCost cost = scales.dutchConsumer(claims.stream().map(CostAssessor::unpaid).toList(), agreed, vat(client.terms()),
                    letter(reminders), workingDays, today);
            return new StatutoryCosts(kase.id(), currency, List.of(new StatutoryCosts.ClaimCost(claims.get(0), cost)), charged);
        }
        if (jurisdiction == Jurisdiction.PL && consumer) {
            throw new DomainException(ErrorCode.COST_RULE_UNKNOWN,
                    "Polish law gives no statutory collection costs for consumers; only agreed costs within the Civil Code apply.", "caseId");
        }
        @Nullable FirstReminder firstReminder = firstReminder(reminders);
        return new StatutoryCosts(kase.id(), currency, claims.stream().map(claim -> new StatutoryCosts.ClaimCost(claim, switch (jurisdiction) {
            case NL -> scales.dutchBusiness(unpaid(claim), agreed, vat(client.terms()), today);
            case BE -> consumer
                    ? scales.belgianConsumer(unpaid(claim), agreed, ExtraReminders.none(currency), firstReminder, workingDays, today)
                    : scales.belgianBusiness(unpaid(claim), agreed, today);
            case DE -> consumer
                    ? scales.germanConsumerCollectionFee(unpaid(claim), CollectionEffort.NORMAL, kase.openedOn(), agreed, today)
                    : scales.germanBusinessFlatFee(unpaid(claim), claim.dueDate().plusDays(1), agreed, today);
            case PL -> scales.polishRecoveryCompensation(unpaid(claim), agreed, rates.isPresent() ? rates.get() : NONE_ENTERED,
                    workingDays, today);
        })).toList(), charged);
    }

    /** The posting's explanation: the marker, the rule and its source, and what capped it. */
    static String explanation(CollectionCost cost) {
        String text = "%s: %s (%s)%s".formatted(MARKER, cost.rule().name(), cost.legalSource(),
                cost.cappedBy() == null ? "" : ", capped by " + cost.cappedBy().name());
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }

    /** art. 2(3) Besluit BIK: VAT is added only for a client that cannot deduct it and says so in its terms. */
    private static VatOnCosts vat(CollectionTerms terms) {
        return terms.creditorCannotDeductVat() ? VatOnCosts.ADDED_CREDITOR_CANNOT_DEDUCT : VatOnCosts.NOT_ADDED;
    }

    private static UnpaidClaim unpaid(ClaimView claim) {
        return new UnpaidClaim(claim.principal(), claim.dueDate());
    }

    /** The client's penalty clause; administration costs per action are not counted yet (the actions are not recorded). */
    private static AgreedCosts agreed(CollectionTerms terms, Currency currency) {
        Money minimum = terms.penaltyClauseMinimum() != null && terms.penaltyClauseMinimum().currency().equals(currency)
                ? terms.penaltyClauseMinimum() : null;
        return new AgreedCosts(terms.penaltyClausePercent(), minimum, Money.zero(currency));
    }

    /** The first 14-day letter received: its term ends first, and a later letter does not restart a term that ran. */
    private static @Nullable FourteenDayLetter letter(List<CaseReminderView> reminders) {
        return reminders.stream().filter(r -> r.kind() == ReminderKind.NL_FOURTEEN_DAY_LETTER && r.receivedOn() != null)
                .min(Comparator.comparing(CaseReminderView::receivedOn))
                .map(r -> new FourteenDayLetter(r.sentOn(), r.receivedOn())).orElse(null);
    }

    /** The first Belgian first reminder sent. */
    static @Nullable FirstReminder firstReminder(List<CaseReminderView> reminders) {
        return reminders.stream().filter(r -> r.kind() == ReminderKind.BE_FIRST_REMINDER)
                .min(Comparator.comparing(CaseReminderView::sentOn))
                .map(r -> new FirstReminder(r.sentOn(), r.channel() == ReminderChannel.POST ? FirstReminder.Channel.PAPER
                        : FirstReminder.Channel.ELECTRONIC)).orElse(null);
    }
}
