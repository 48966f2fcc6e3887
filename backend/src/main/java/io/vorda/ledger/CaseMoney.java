package io.vorda.ledger;

import io.vorda.cases.CaseId;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's statement of account on a day, as data for the staff app now and for letters later: the balance, each
 * claim with its interest periods and costs, each payment with its allocations, and the raw postings up to that day.
 * Interest is marked unconfirmed when any period rests on a rate not confirmed from a source (ADR 0009).
 */
public record CaseMoney(CaseId caseId, LocalDate asOf, Balance balance, boolean isInterestConfirmed, List<ClaimMoney> claims,
                        List<AppliedPayment> payments, List<PostingView> postings) {

    public CaseMoney {
        claims = List.copyOf(claims);
        payments = List.copyOf(payments);
        postings = List.copyOf(postings);
    }
}
