package io.vorda.arrangement;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What arrangements need to know about a case's money, implemented by the module that keeps it (the ledger). Without
 * a bean of this type the application still runs, but plans cannot be computed (BALANCE_UNAVAILABLE) and the daily
 * monitor judges nothing.
 */
public interface CaseMoney {

    /**
     * What the debtor owes at the end of {@code asOf}, everything included (principal, interest to that day, costs),
     * less the payments recorded so far; in the case's currency.
     */
    Money openBalance(CaseId caseId, LocalDate asOf);

    /**
     * The payments of each case recorded at or after {@code since} that still stand (reversed ones left out), with
     * their value dates; every asked case is a key. Batched so the daily run reads a thousand cases in one go.
     */
    Map<CaseId, List<ReceivedPayment>> paymentsRecorded(Collection<CaseId> caseIds, Instant since);

    /** {@link #paymentsRecorded(Collection, Instant)} for one case. */
    default List<ReceivedPayment> paymentsRecorded(CaseId caseId, Instant since) {
        return paymentsRecorded(List.of(caseId), since).getOrDefault(caseId, List.of());
    }
}
