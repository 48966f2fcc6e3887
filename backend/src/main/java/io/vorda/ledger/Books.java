package io.vorda.ledger;

import io.vorda.access.Caller;
import io.vorda.arrangement.Arrangements;
import io.vorda.arrangement.InterestFreeze;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.ClaimView;
import io.vorda.client.ClientId;
import io.vorda.calendar.BusinessCalendars;
import io.vorda.cases.CaseReminderView;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.client.Jurisdiction;
import io.vorda.client.TransactionType;
import io.vorda.interest.CostScales;
import io.vorda.interest.FirstReminder;
import io.vorda.interest.InterestCalculator;
import io.vorda.interest.InterestPause;
import org.jspecify.annotations.Nullable;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads cases' accounts in a fixed number of queries, however many cases: their postings, claims, client terms, the
 * periods in which payment plans froze their interest and, for Belgian consumers, the first reminder that lets interest
 * start (Book XIX).
 * Callers have checked that the cases may be seen; claims and terms are then read as the system, because a field agent
 * may see a case's money without seeing the client list.
 */
@Singleton
class Books {

    private final Postings postings;
    private final Cases cases;
    private final Clients clients;
    private final InterestCalculator engine;
    /** Lazily: arrangements ask the ledger for balances (their CaseMoney port), the ledger asks them for freezes. */
    private final Provider<Arrangements> arrangements;
    private final CostScales scales;
    private final BusinessCalendars calendars;

    Books(Postings postings, Cases cases, Clients clients, InterestCalculator engine, Provider<Arrangements> arrangements,
          CostScales scales, BusinessCalendars calendars) {
        this.postings = postings;
        this.cases = cases;
        this.clients = clients;
        this.engine = engine;
        this.arrangements = arrangements;
        this.scales = scales;
        this.calendars = calendars;
    }

    Map<CaseId, CaseBook> of(Collection<CaseView> kases) {
        Map<CaseId, CaseBook> books = new LinkedHashMap<>();
        if (kases.isEmpty()) {
            return books;
        }
        List<CaseId> ids = kases.stream().map(CaseView::id).toList();
        Map<CaseId, List<PostingView>> booked = postings.ofCases(ids);
        Map<CaseId, List<ClaimView>> claims = cases.claimsOf(Caller.system(), ids);
        Map<ClientId, ClientView> terms = clients.findMany(Caller.system(), kases.stream().map(CaseView::client).distinct().toList());
        Map<CaseId, List<InterestFreeze>> freezes = arrangements.get().interestFreezes(ids);
        List<CaseId> belgianConsumers = kases.stream().filter(k -> isBelgianConsumer(terms.get(k.client()))).map(CaseView::id).toList();
        Map<CaseId, List<CaseReminderView>> reminders = belgianConsumers.isEmpty() ? Map.of()
                : cases.remindersOf(Caller.system(), belgianConsumers);
        for (CaseView kase : kases) {
            List<ClaimView> caseClaims = claims.getOrDefault(kase.id(), List.of());
            List<InterestPause> pauses = new ArrayList<>(freezes.getOrDefault(kase.id(), List.of()).stream().map(Books::pause).toList());
            if (reminders.containsKey(kase.id())) {
                bookXixWait(caseClaims, reminders.get(kase.id())).ifPresent(pauses::add);
            }
            books.put(kase.id(), new CaseBook(kase.id(), caseClaims, terms.get(kase.client()),
                    booked.getOrDefault(kase.id(), List.of()), engine, pauses));
        }
        return books;
    }

    private static boolean isBelgianConsumer(@Nullable ClientView client) {
        return client != null && client.jurisdiction() == Jurisdiction.BE && client.terms().transactionType() == TransactionType.CONSUMER;
    }

    /**
     * Book XIX WER (money-rules §2.4): a Belgian consumer's debt bears no interest before the 14-day waiting period that
     * the free first reminder starts has passed; without a recorded first reminder, none at all. The days from the
     * first due date up to the first day interest may be charged are left out.
     */
    private Optional<InterestPause> bookXixWait(List<ClaimView> claims, List<CaseReminderView> reminders) {
        Optional<LocalDate> firstDue = claims.stream().map(ClaimView::dueDate).min(Comparator.naturalOrder());
        if (firstDue.isEmpty()) {
            return Optional.empty();
        }
        @Nullable FirstReminder reminder = CostAssessor.firstReminder(reminders);
        LocalDate from = firstDue.get().plusDays(1);
        return Optional.of(new InterestPause(from, reminder == null ? null
                : scales.belgianConsumerChargesFrom(reminder, calendars.of(Jurisdiction.BE)::isBusinessDay)));
    }

    /**
     * The days a plan's freeze leaves out: from the day after it was agreed — the plan covers the balance at the end of
     * that day, interest of that day included (ADR 0012) — up to the day it ended, which bears interest again (a broken
     * or cancelled plan resumes interest from its end day); open-ended while it runs.
     */
    static InterestPause pause(InterestFreeze freeze) {
        return new InterestPause(freeze.from().plusDays(1), freeze.until());
    }

    CaseBook of(CaseView kase) {
        return of(List.of(kase)).get(kase.id());
    }
}
