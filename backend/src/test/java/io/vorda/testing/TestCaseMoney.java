package io.vorda.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.vorda.access.Caller;
import io.vorda.arrangement.CaseMoney;
import io.vorda.arrangement.ReceivedPayment;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.cases.ClaimView;
import io.vorda.shared.Money;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Scripts the money of a case for tests that judge plans on exact days (the ledger itself is covered by
 * ArrangementMoneyIntegrationTest): a case's balance is its claims' principal as stored in PostgreSQL
 * (read through the Cases door) plus the charges a test adds (e.g. interest accrued during a plan) less the
 * payments a test records. Only in contexts that set {@code vorda.test.case-money=true}, so other tests see the
 * application with its real ledger.
 */
@Singleton
@Requires(property = "vorda.test.case-money", value = "true")
@Replaces(CaseMoney.class) // the ledger's adapter, in the contexts that script balances and payments by hand
public class TestCaseMoney implements CaseMoney {

    private record Charge(Money amount, LocalDate on) {
    }

    private final Cases cases;
    private final Clock clock;
    private final Map<CaseId, List<ReceivedPayment>> payments = new ConcurrentHashMap<>();
    private final Map<CaseId, List<Charge>> charges = new ConcurrentHashMap<>();

    public TestCaseMoney(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** A payment booked now (the test clock's now) with the given value date. */
    public void pay(CaseId caseId, String amount, LocalDate valueDate) {
        CaseView subject = cases.find(Caller.system(), caseId).orElseThrow();
        payments.computeIfAbsent(caseId, k -> new CopyOnWriteArrayList<>())
                .add(new ReceivedPayment(Money.of(amount, subject.currency().getCurrencyCode()), valueDate, clock.instant()));
    }

    /** Something added to what the debtor owes from a day on, e.g. interest. */
    public void charge(CaseId caseId, String amount, LocalDate on) {
        CaseView subject = cases.find(Caller.system(), caseId).orElseThrow();
        charges.computeIfAbsent(caseId, k -> new CopyOnWriteArrayList<>())
                .add(new Charge(Money.of(amount, subject.currency().getCurrencyCode()), on));
    }

    @Override
    public Money openBalance(CaseId caseId, LocalDate asOf) {
        List<ClaimView> claims = cases.claimsOf(Caller.system(), List.of(caseId)).get(caseId);
        Money balance = claims.stream().map(ClaimView::principal).reduce(Money::plus).orElseThrow();
        for (Charge charge : charges.getOrDefault(caseId, List.of())) {
            balance = charge.on().isAfter(asOf) ? balance : balance.plus(charge.amount());
        }
        for (ReceivedPayment payment : payments.getOrDefault(caseId, List.of())) {
            balance = payment.valueDate().isAfter(asOf) ? balance : balance.minus(payment.amount());
        }
        return balance;
    }

    @Override
    public Map<CaseId, List<ReceivedPayment>> paymentsRecorded(Collection<CaseId> caseIds, java.time.Instant since) {
        Map<CaseId, List<ReceivedPayment>> result = new LinkedHashMap<>();
        caseIds.forEach(id -> result.put(id, payments.getOrDefault(id, List.of()).stream()
                .filter(p -> !p.recordedAt().isBefore(since)).toList()));
        return result;
    }
}
