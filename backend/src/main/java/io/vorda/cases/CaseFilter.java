package io.vorda.cases;

import io.vorda.access.TeamId;
import io.vorda.access.UserId;
import io.vorda.client.ClientId;
import io.vorda.client.Jurisdiction;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which cases to list; null criteria match all. Visibility is applied on top, always. The open-balance bounds compare
 * with the ledger's balance snapshot.
 */
public record CaseFilter(@Nullable Set<CaseStatus> statuses, @Nullable ClientId client, @Nullable UserId assignee,
                         @Nullable TeamId team, @Nullable Jurisdiction jurisdiction, boolean mine,
                         @Nullable LocalDate openedFrom, @Nullable LocalDate openedTo,
                         @Nullable BigDecimal openBalanceFrom, @Nullable BigDecimal openBalanceTo) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, false, null, null, null, null);
    }

    boolean needsBalance() {
        return openBalanceFrom != null || openBalanceTo != null;
    }
}
