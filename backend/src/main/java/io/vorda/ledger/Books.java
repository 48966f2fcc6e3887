package io.vorda.ledger;

import io.vorda.access.Caller;
import io.vorda.arrangement.Arrangements;
import io.vorda.arrangement.InterestFreeze;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.ClaimView;
import io.vorda.client.ClientId;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.interest.InterestCalculator;
import io.vorda.interest.InterestPause;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads cases' accounts in a fixed number of queries, however many cases: their postings, claims, client terms and the
 * periods in which payment plans froze their interest.
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

    Books(Postings postings, Cases cases, Clients clients, InterestCalculator engine, Provider<Arrangements> arrangements) {
        this.postings = postings;
        this.cases = cases;
        this.clients = clients;
        this.engine = engine;
        this.arrangements = arrangements;
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
        for (CaseView kase : kases) {
            books.put(kase.id(), new CaseBook(kase.id(), claims.getOrDefault(kase.id(), List.of()), terms.get(kase.client()),
                    booked.getOrDefault(kase.id(), List.of()), engine,
                    freezes.getOrDefault(kase.id(), List.of()).stream().map(Books::pause).toList()));
        }
        return books;
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
