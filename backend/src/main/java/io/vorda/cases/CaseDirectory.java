package io.vorda.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.shared.Cursor;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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

    /** What a caller may see: everything, or their teams' cases and the ones assigned to them. */
    record Visibility(boolean everything, List<UUID> teams, @Nullable UUID user) {
    }

    private final JdbcOperations jdbc;

    CaseDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Page<CaseRow> page(CaseFilter filter, CaseSort sort, boolean ascending, Visibility visibility, Visibility own,
                       PageRequest page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.mine()) {
            where.append(" AND (c.team_id = ANY(?) OR c.assignee_user_id = ?)");
            args.add(own.teams().toArray(UUID[]::new));
            args.add(own.user());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND c.status = ANY(?)");
            args.add(filter.statuses().stream().map(Enum::name).toArray(String[]::new));
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
        // open balances come from the ledger's read view case_open_balances (ADR 0011): every case has a row there
        String from = sort == CaseSort.OPEN_BALANCE || filter.needsBalance()
                ? "cases c JOIN case_open_balances b ON b.case_id = c.id" : "cases c";
        if (filter.openBalanceFrom() != null) {
            where.append(" AND b.open_amount >= ?");
            args.add(filter.openBalanceFrom());
        }
        if (filter.openBalanceTo() != null) {
            where.append(" AND b.open_amount <= ?");
            args.add(filter.openBalanceTo());
        }
        // the caller's visibility comes last: the count takes it apart (ADR 0008)
        long counted = countUpToCap(from, where.toString(), args, visibility);
        if (!visibility.everything()) {
            where.append(" AND (c.team_id = ANY(?) OR c.assignee_user_id = ?)");
            args.add(visibility.teams().toArray(UUID[]::new));
            args.add(visibility.user());
        }
        String key = switch (sort) {
            case REFERENCE -> "c.reference";
            case OPENED_ON -> "c.opened_on";
            case OPEN_BALANCE -> "b.open_amount";
        };
        String direction = ascending ? "ASC" : "DESC";
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder sql = new StringBuilder("SELECT c.*").append(sort == CaseSort.OPEN_BALANCE ? ", b.open_amount" : "")
                .append(" FROM ").append(from).append(where);
        if (page.after() != null) {
            List<String> cursor = Cursor.decode(page.after(), 2);
            sql.append(" AND (").append(key).append(", c.id) ").append(ascending ? ">" : "<").append(" (?, ?)");
            try {
                pageArgs.add(switch (sort) {
                    case REFERENCE -> cursor.get(0);
                    case OPENED_ON -> Date.valueOf(cursor.get(0));
                    case OPEN_BALANCE -> new BigDecimal(cursor.get(0));
                });
                pageArgs.add(UUID.fromString(cursor.get(1)));
            } catch (IllegalArgumentException e) {
                throw new DomainException(ErrorCode.INVALID_FORMAT, "after is not a cursor from this list", "after");
            }
        }
        sql.append(" ORDER BY ").append(key).append(' ').append(direction).append(", c.id ").append(direction).append(" LIMIT ?");
        pageArgs.add(page.size() + 1);
        Map<UUID, String> sortValues = new java.util.HashMap<>();
        List<CaseRow> rows = query(sql.toString(), pageArgs, rs -> {
            CaseRow row = row(rs);
            sortValues.put(row.id(), switch (sort) {
                case REFERENCE -> row.reference();
                case OPENED_ON -> row.openedOn().toString();
                case OPEN_BALANCE -> rs.getBigDecimal("open_amount").toPlainString();
            });
            return row;
        });
        boolean more = rows.size() > page.size();
        List<CaseRow> shown = more ? rows.subList(0, page.size()) : rows;
        return Page.countedUpToCap(shown, shown.stream().map(c -> Cursor.encode(sortValues.get(c.id()), c.id().toString())).toList(),
                more, page.after() != null, counted);
    }

    /**
     * How many cases match, counted up to the cap: an exact count of a million visible cases reads them all. For a
     * caller who sees their teams' cases and their own, the two are counted apart — the teams' cases, then their
     * own outside those teams — because one OR over both reads every matching row, while each half alone is read
     * from the (team, status) or (assignee, status) index without touching the table (ADR 0008).
     */
    private long countUpToCap(String from, String filters, List<Object> filterArgs, Visibility visibility) {
        String limit = " LIMIT " + (Page.COUNT_CAP + 1);
        if (visibility.everything()) {
            return query("SELECT count(*) FROM (SELECT 1 FROM " + from + filters + limit + ") matching", filterArgs,
                    rs -> rs.getLong(1)).get(0);
        }
        UUID[] teams = visibility.teams().toArray(UUID[]::new);
        List<Object> args = new ArrayList<>(filterArgs);
        args.add(teams);
        args.addAll(filterArgs);
        args.add(visibility.user());
        args.add(teams);
        return query("SELECT count(*) FROM ((SELECT 1 FROM " + from + filters + " AND c.team_id = ANY(?)" + limit
                + ") UNION ALL (SELECT 1 FROM " + from + filters + " AND c.assignee_user_id = ? AND (c.team_id IS NULL OR c.team_id <> ALL(?))"
                + limit + ")) matching", args, rs -> rs.getLong(1)).get(0);
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
        if (!visibility.everything()) {
            sql.append(" AND (c.team_id = ANY(?) OR c.assignee_user_id = ?)");
            args.add(visibility.teams().toArray(UUID[]::new));
            args.add(visibility.user());
        }
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
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"), rs.getLong("version"));
    }
}
