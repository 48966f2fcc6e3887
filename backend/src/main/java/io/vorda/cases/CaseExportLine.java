package io.vorda.cases;

import io.vorda.shared.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * One case as a line of an export: the names a spreadsheet needs instead of ids. Debtor names follow the caller's
 * own right to see parties, exactly as in the case list.
 */
public record CaseExportLine(CaseId id, CaseReference reference, CaseStatus status, String client, List<String> debtors,
                             @Nullable String team, @Nullable String assignee, LocalDate openedOn, Money principalTotal) {

    public CaseExportLine {
        debtors = List.copyOf(debtors);
    }
}
