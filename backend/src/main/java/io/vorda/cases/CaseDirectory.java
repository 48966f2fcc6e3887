package io.vorda.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.shared.Cursor;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL behind case lists (keyset-paged, filtered, always narrowed to what the caller may see) and the case's
 * parties in roles.
 */
@Singleton
class CaseDirectory {

    /**
     * What a caller may see: everything, or their teams' cases, the ones assigned to them and — for client users —
     * their clients' cases. A null user and empty lists grant nothing.
     */
    record Visibility(boolean everything, List<UUID> teams, @Nullable UUID user, List<UUID> clients) {

        static final Visibility NOTHING = new Visibility(false, List.of(), null, List.of());

        boolean allows(CaseRow row) {
            return everything || row.assigneeUserId() != null && row.assigneeUserId().equals(user)
                    || row.teamId() != null && teams.contains(row.teamId()) || clients.contains(row.clientId());
        }

        /** Appends {@code AND (…)} narrowing {@code c} to these cases; a single client binds as {@code =} so its index is used. */
        void narrow(StringBuilder where, List<Object> args) {
            if (everything) {
                return;
            }
            List<String> any = new ArrayList<>();
            if (!teams.isEmpty()) {
                any.add("c.team_id = ANY(?)");
                args.add(teams.toArray(UUID[]::new));
            }
            if (user != null) {
                any.add("c.assignee_user_id = ?");
                args.add(user);
            }
            if (clients.size() == 1) {
                any.add("c.client_id = ?");
                args.add(clients.get(0));
            } else if (!clients.isEmpty()) {
                any.add("c.client_id = ANY(?)");
                args.add(clients.toArray(UUID[]::new));
            }
            where.append(any.isEmpty() ? " AND false" : " AND (" + String.join(" OR ", any) + ")");
        }
    }

    private final JdbcOperations jdbc;

    CaseDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Cases after the cursor, at most {@code size}, with the total count up to {@code countUpTo} when that is more than
     * zero (a list page shows it, counted up to {@link Page#COUNT_CAP}; an export that walks the whole list counts once,
     * up front, up to its maximum, and then reads chunk after chunk). Counting stops there: an exact count of a million
     * visible cases reads them all (ADR 0008).
     */
    Page<CaseRow> page(CaseFilter filter, CaseOrder order, Visibility visibility, Visibility own, LocalDate today,
                       @Nullable String after, int size, int countUpTo) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = where(filter, own, today, args);
        // open balances come from the ledger's read view case_open_balances (ADR 0011): every case has a row there
        String from = order.field() == CaseSort.OPEN_BALANCE || filter.needsBalance()
                ? "cases c JOIN case_open_balances b ON b.case_id = c.id" : "cases c";
        // the caller's visibility comes last, so the count can take it apart
        long counted = countUpTo > 0 ? count(from, where, args, visibility, countUpTo) : -1;
        visibility.narrow(where, args);
        return rows(from, where, args, order, after, size, counted, countUpTo);
    }

    /**
     * How many cases match, up to {@code limit} + 1. For a caller who sees their teams' cases and their own, the two
     * are counted apart — the teams' cases, then their own outside those teams — because one OR over both reads every
     * matching row, while each half alone is read from the (team, status) or (assignee, status) index without
     * touching the table (cases/0010-search-performance.sql).
     */
    private long count(String from, CharSequence filters, List<Object> filterArgs, Visibility visibility, int limit) {
        String upTo = " LIMIT " + (limit + 1);
        if (visibility.everything() || visibility.teams().isEmpty() || visibility.user() == null || !visibility.clients().isEmpty()) {
            StringBuilder where = new StringBuilder(filters);
            List<Object> args = new ArrayList<>(filterArgs);
            visibility.narrow(where, args);
            return query("SELECT count(*) FROM (SELECT 1 FROM " + from + where + upTo + ") matching", args, rs -> rs.getLong(1)).get(0);
        }
        UUID[] teams = visibility.teams().toArray(UUID[]::new);
        List<Object> args = new ArrayList<>(filterArgs);
        args.add(teams);
        args.addAll(filterArgs);
        args.add(visibility.user());
        args.add(teams);
        return query("SELECT count(*) FROM ((SELECT 1 FROM " + from + filters + " AND c.team_id = ANY(?)" + upTo
                + ") UNION ALL (SELECT 1 FROM " + from + filters + " AND c.assignee_user_id = ? AND (c.team_id IS NULL OR c.team_id <> ALL(?))"
                + upTo + ")) matching", args, rs -> rs.getLong(1)).get(0);
    }

    /** Every criterion of the filter, the caller's visibility aside. */
    private StringBuilder where(CaseFilter filter, Visibility own, LocalDate today, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.mine()) {
            own.narrow(where, args);
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND c.status = ANY(?)");
            args.add(filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.withoutPlan()) {
            where.append(" AND c.status = ANY(?)");
            args.add(CaseFilter.WITHOUT_PLAN.stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.party() != null) { // case_parties_party_idx: a party's cases are few, found by index
            where.append(" AND c.id IN (SELECT case_id FROM case_parties WHERE party_id = ?)");
            args.add(filter.party().value());
        }
        if (filter.client() != null) {
            where.append(" AND c.client_id = ?");
            args.add(filter.client().value());
        }
        if (filter.assignee() != null) {
            where.append(" AND c.assignee_user_id = ?");
            args.add(filter.assignee().value());
        }
        if (filter.team() != null) {
            where.append(" AND c.team_id = ?");
            args.add(filter.team().value());
        }
        if (filter.jurisdiction() != null) {
            where.append(" AND c.jurisdiction = ?");
            args.add(filter.jurisdiction().name());
        }
        if (filter.openedFrom() != null) {
            where.append(" AND c.opened_on >= ?");
            args.add(Date.valueOf(filter.openedFrom()));
        }
        if (filter.openedTo() != null) {
            where.append(" AND c.opened_on <= ?");
            args.add(Date.valueOf(filter.openedTo()));
        }
        // age counts days since opening, so it is a window on opened_on and uses the same indexes
        if (filter.ageMinDays() != null) {
            where.append(" AND c.opened_on <= ?");
            args.add(Date.valueOf(today.minusDays(filter.ageMinDays())));
        }
        if (filter.ageMaxDays() != null) {
            where.append(" AND c.opened_on >= ?");
            args.add(Date.valueOf(today.minusDays(filter.ageMaxDays())));
        }
        if (filter.principalMin() != null) {
            where.append(" AND c.principal_total >= ?");
            args.add(filter.principalMin());
        }
        if (filter.principalMax() != null) {
            where.append(" AND c.principal_total <= ?");
            args.add(filter.principalMax());
        }
        if (filter.openBalanceFrom() != null) {
            where.append(" AND b.open_amount >= ?");
            args.add(filter.openBalanceFrom());
        }
        if (filter.openBalanceTo() != null) {
            where.append(" AND b.open_amount <= ?");
            args.add(filter.openBalanceTo());
        }
        return where;
    }

    /**
     * Rows after the cursor in the requested order. The cursor names its sort field and carries that field's value
     * and the id, so a cursor from another sort order is refused instead of silently skipping cases.
     */
    private Page<CaseRow> rows(String from, StringBuilder where, List<Object> args, CaseOrder order, @Nullable String after,
                               int size, long counted, int countUpTo) {
        String key = switch (order.field()) {
            case OPENED_ON -> "c.opened_on";
            case REFERENCE -> "c.reference";
            case PRINCIPAL_TOTAL -> "c.principal_total";
            case OPEN_BALANCE -> "b.open_amount";
        };
        String direction = order.ascending() ? "ASC" : "DESC";
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder sql = new StringBuilder("SELECT c.*, ").append(key).append(" AS sort_value FROM ").append(from).append(where);
        if (after != null) {
            List<String> cursor = Cursor.decode(after, 3);
            if (!cursor.get(0).equals(order.field().name())) {
                throw new DomainException(ErrorCode.INVALID_FORMAT, "after is a cursor of another sort order", "after");
            }
            sql.append(" AND (").append(key).append(", c.id) ").append(order.ascending() ? ">" : "<").append(" (?, ?)");
            pageArgs.add(cursorValue(order.field(), cursor.get(1)));
            pageArgs.add(cursorId(cursor.get(2)));
        }
        sql.append(" ORDER BY ").append(key).append(' ').append(direction).append(", c.id ").append(direction).append(" LIMIT ?");
        pageArgs.add(size + 1);
        Map<UUID, String> sortValues = new HashMap<>();
        List<CaseRow> rows = query(sql.toString(), pageArgs, rs -> {
            CaseRow row = row(rs);
            sortValues.put(row.id(), rs.getString("sort_value"));
            return row;
        });
        boolean more = rows.size() > size;
        List<CaseRow> shown = more ? rows.subList(0, size) : rows;
        return Page.countedUpTo(countUpTo, shown, shown.stream().map(c -> Cursor.encode(order.field().name(), sortValues.get(c.id()),
                c.id().toString())).toList(), more, after != null, counted);
    }

    private static Object cursorValue(CaseSort field, String value) {
        try {
            return switch (field) {
                case OPENED_ON -> Date.valueOf(LocalDate.parse(value));
                case REFERENCE -> value;
                case PRINCIPAL_TOTAL, OPEN_BALANCE -> new BigDecimal(value);
            };
        } catch (RuntimeException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "after is not a cursor from this list", "after");
        }
    }

    private static UUID cursorId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "after is not a cursor from this list", "after");
        }
    }

    /**
     * Quick search: identifiers of the case and its claims, or any of the given parties; visible cases only. Each way
     * of finding a case is its own index lookup and the ids are united: one OR across cases, claims and case_parties
     * cannot use an index and read every case (ADR 0008).
     */
    List<CaseRow> search(String compactText, String text, List<UUID> partyIds, Visibility visibility, int limit) {
        List<Object> args = new ArrayList<>(List.of(text, compactText, text, text));
        StringBuilder sql = new StringBuilder("SELECT c.* FROM cases c WHERE c.id IN (SELECT id FROM cases WHERE reference = ? "
                + "UNION SELECT id FROM cases WHERE payment_reference = ? "
                + "UNION SELECT case_id FROM claims WHERE invoice_number = ? "
                + "UNION SELECT case_id FROM claims WHERE client_reference = ?");
        if (!partyIds.isEmpty()) {
            sql.append(" UNION SELECT case_id FROM case_parties WHERE party_id = ANY(?)");
            args.add(partyIds.toArray(UUID[]::new));
        }
        sql.append(")");
        visibility.narrow(sql, args);
        sql.append(" ORDER BY (c.reference = ?) DESC, c.opened_on DESC, c.id DESC LIMIT ?");
        args.add(text);
        args.add(limit);
        return query(sql.toString(), args, CaseDirectory::row);
    }

    Map<UUID, List<CaseParty>> partiesOf(Collection<UUID> cases) {
        Map<UUID, List<CaseParty>> parties = new LinkedHashMap<>();
        cases.forEach(c -> parties.put(c, new ArrayList<>()));
        if (!cases.isEmpty()) {
            query("SELECT case_id, party_id, role FROM case_parties WHERE case_id = ANY(?) ORDER BY case_id, position",
                    List.of((Object) cases.toArray(UUID[]::new)), rs -> {
                        parties.get(rs.getObject(1, UUID.class)).add(new CaseParty(
                                new io.vorda.party.PartyId(rs.getObject(2, UUID.class)), CaseRole.valueOf(rs.getString(3))));
                        return null;
                    });
        }
        return parties;
    }

    void addParty(UUID caseId, CaseParty party) {
        jdbc.prepareStatement("INSERT INTO case_parties (case_id, party_id, role, position) "
                + "SELECT ?, ?, ?, coalesce(max(position) + 1, 0) FROM case_parties WHERE case_id = ? "
                + "ON CONFLICT DO NOTHING", statement -> {
            statement.setObject(1, caseId);
            statement.setObject(2, party.party().value());
            statement.setString(3, party.role().name());
            statement.setObject(4, caseId);
            return statement.executeUpdate();
        });
    }

    private <T> List<T> query(String sql, List<Object> args, SqlRows.Reader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, reader));
    }

    private static CaseRow row(ResultSet rs) throws SQLException {
        Date closed = rs.getDate("closed_on");
        return new CaseRow(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("payment_reference"),
                rs.getString("payment_reference_scheme"), rs.getObject("client_id", UUID.class), rs.getString("jurisdiction"),
                rs.getString("currency"), rs.getString("status"), rs.getString("status_reason"),
                rs.getObject("team_id", UUID.class), rs.getObject("assignee_user_id", UUID.class),
                rs.getDate("opened_on").toLocalDate(), closed == null ? null : closed.toLocalDate(),
                rs.getBigDecimal("principal_total"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"), rs.getLong("version"));
    }
}
