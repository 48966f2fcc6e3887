package io.vorda.cases;

import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.client.ClientId;
import io.vorda.client.Jurisdiction;
import io.vorda.party.PartyId;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which cases to list; null criteria match all. Visibility is applied on top, always. The open-balance bounds compare
 * with the ledger's balance snapshot.
 *
 * @param principalMin  lowest principal total (inclusive), in the case's own currency
 * @param principalMax  highest principal total (inclusive)
 * @param ageMinDays    at least this many days since the case was opened (opened today = 0)
 * @param ageMaxDays    at most this many days since the case was opened
 * @param withoutPlan   only cases that nobody has a plan for yet: see {@link #WITHOUT_PLAN}
 * @param party         only cases this party is in, as debtor or in any other role (a party's own page, a split payment)
 */
public record CaseFilter(@Nullable Set<CaseStatus> statuses, @Nullable ClientId client, @Nullable UserId assignee,
                         @Nullable TeamId team, @Nullable Jurisdiction jurisdiction, boolean mine,
                         @Nullable LocalDate openedFrom, @Nullable LocalDate openedTo,
                         @Nullable BigDecimal openBalanceFrom, @Nullable BigDecimal openBalanceTo,
                         @Nullable BigDecimal principalMin, @Nullable BigDecimal principalMax,
                         @Nullable Integer ageMinDays, @Nullable Integer ageMaxDays, boolean withoutPlan,
                         @Nullable PartyId party) {

    /**
     * "Without a plan": collection should be going on (NEW or ACTIVE) but nothing is arranged — no payment plan or
     * promise (those are statuses of their own) and, once the workflow module brings tasks, no open task either.
     */
    public static final Set<CaseStatus> WITHOUT_PLAN = EnumSet.of(CaseStatus.NEW, CaseStatus.ACTIVE);

    /** Ages are whole days; ten years is far beyond any case, and keeps date arithmetic in range. */
    private static final int MAX_AGE_DAYS = 3_660;

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, false, null, null, null, null, null, null, null, null, false, null);
    }

    boolean needsBalance() {
        return openBalanceFrom != null || openBalanceTo != null;
    }

    /** Refuses ranges that cannot match anything sensible, naming the criterion at fault. */
    void check() {
        if (principalMin != null && principalMin.signum() < 0) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "The lowest principal total cannot be negative.", "filter.principalMin");
        }
        if (principalMin != null && principalMax != null && principalMax.compareTo(principalMin) < 0) {
            throw new DomainException(ErrorCode.INVALID_PERIOD, "The highest principal total is below the lowest.", "filter.principalMax");
        }
        checkAge(ageMinDays, "filter.ageMinDays");
        checkAge(ageMaxDays, "filter.ageMaxDays");
        if (ageMinDays != null && ageMaxDays != null && ageMaxDays < ageMinDays) {
            throw new DomainException(ErrorCode.INVALID_PERIOD, "The highest age is below the lowest.", "filter.ageMaxDays");
        }
    }

    private static void checkAge(@Nullable Integer days, String field) {
        if (days != null && (days < 0 || days > MAX_AGE_DAYS)) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "An age is 0 to %d days.".formatted(MAX_AGE_DAYS), field);
        }
    }
}
