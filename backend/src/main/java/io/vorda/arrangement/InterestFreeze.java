package io.vorda.arrangement;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A period in which a plan froze interest on a case: from the plan's start up to (not including) the day it ended;
 * open-ended while it runs. The ledger leaves these days out when it accrues interest.
 */
public record InterestFreeze(PaymentPlanId plan, LocalDate from, @Nullable LocalDate until) {
}
