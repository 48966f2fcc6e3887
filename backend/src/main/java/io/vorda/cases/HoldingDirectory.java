package io.vorda.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL behind the handover screen: open cases per assignee and status, in one grouped query over the partial
 * index of open, assigned cases (an index-only scan, however many closed cases there are).
 */
@Singleton
class HoldingDirectory {

    private final JdbcOperations jdbc;

    HoldingDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Open cases per status of every user who holds any. */
    Map<UUID, Map<CaseStatus, Integer>> openCasesByAssignee() {
        Map<UUID, Map<CaseStatus, Integer>> holdings = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT assignee_user_id, status, count(*) FROM cases "
                + "WHERE assignee_user_id IS NOT NULL AND status <> 'CLOSED' GROUP BY assignee_user_id, status", statement ->
                SqlRows.list(statement, List.of(), rs -> holdings
                        .computeIfAbsent(rs.getObject(1, UUID.class), user -> new EnumMap<>(CaseStatus.class))
                        .put(CaseStatus.valueOf(rs.getString(2)), rs.getInt(3))));
        return holdings;
    }
}
