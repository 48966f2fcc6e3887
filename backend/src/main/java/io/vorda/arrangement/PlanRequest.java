package io.vorda.arrangement;

import io.vorda.cases.CaseId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment plan as a caseworker asks for it: by number of instalments, by instalment amount, or both (then they
 * must add up). Amounts are plain decimals in the case's currency.
 *
 * @param graceDays           overrides the client's grace days for this plan
 * @param expectedOpenBalance the balance the preview showed; when given, the plan is refused if the balance changed
 *                            since, so nobody agrees to a schedule they did not see
 */
public record PlanRequest(CaseId caseId, @Nullable Integer instalmentCount, @Nullable BigDecimal instalmentAmount,
                          Frequency frequency, LocalDate firstDueOn, @Nullable BigDecimal downPayment,
                          @Nullable LocalDate downPaymentDueOn, @Nullable Integer graceDays,
                          @Nullable BigDecimal expectedOpenBalance) {
}
