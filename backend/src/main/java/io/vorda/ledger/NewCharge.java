package io.vorda.ledger;

import io.vorda.cases.CaseId;
import io.vorda.shared.Money;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A charge on a claim: {@link PostingKind#COST} (collection costs) or {@link PostingKind#INTEREST_ACCRUAL} (interest as a
 * fixed amount), due from {@code valueDate}; {@code explanation} names the rule that produced it, as printed on a
 * statement, e.g. "BIK (art. 2 Besluit): 15 % of 2,000.00".
 */
public record NewCharge(CaseId caseId, UUID claimId, PostingKind kind, Money amount, LocalDate valueDate, String explanation) {
}
