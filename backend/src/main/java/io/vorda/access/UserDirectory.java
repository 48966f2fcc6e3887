package io.vorda.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vorda.shared.Cursor;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL behind user lists, roles and team memberships: keyset-paged, filtered, and batched by id so that a page
 * of users with their roles and teams costs a fixed number of queries, whatever its size.
 */
@Singleton
class UserDirectory {

    private final JdbcOperations jdbc;

    UserDirectory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Page<UserRow> page(UserFilter filter, UserOrder order, PageRequest page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.search() != null && !filter.search().isBlank()) {
            // matches the trigram index users_search_trgm_idx
            where.append(" AND (lower(u.name) || ' ' || lower(u.email)) LIKE ?");
            args.add("%" + escapeLike(filter.search().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.role() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = ?)");
            args.add(filter.role().name());
        }
        if (filter.team() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM team_members m WHERE m.user_id = u.id AND m.team_id = ?)");
            args.add(filter.team().value());
        }
        if (filter.active() != null) {
            where.append(" AND u.active = ?");
            args.add(filter.active());
        }
        long total = query("SELECT count(*) FROM users u" + where, args, rs -> rs.getLong(1)).get(0);

        String key = switch (order.field()) {
            case NAME -> "lower(u.name)";
            case EMAIL -> "lower(u.email)";
            case CREATED_AT -> "u.created_at";
        };
        String direction = order.ascending() ? "ASC" : "DESC";
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder sql = new StringBuilder("SELECT u.* FROM users u").append(where);
        if (page.after() != null) {
            List<String> cursor = Cursor.decode(page.after(), 2);
            sql.append(" AND (").append(key).append(", u.id) ").append(order.ascending() ? ">" : "<").append(" (?, ?)");
            pageArgs.add(order.field() == UserOrder.Field.CREATED_AT
                    ? Timestamp.from(Instant.parse(cursor.get(0))) : cursor.get(0));
            pageArgs.add(UUID.fromString(cursor.get(1)));
        }
        sql.append(" ORDER BY ").append(key).append(' ').append(direction).append(", u.id ").append(direction)
                .append(" LIMIT ?");
        pageArgs.add(page.size() + 1);
        List<UserRow> rows = query(sql.toString(), pageArgs, UserDirectory::row);
        boolean more = rows.size() > page.size();
        List<UserRow> shown = more ? rows.subList(0, page.size()) : rows;
        List<String> cursors = shown.stream().map(u -> Cursor.encode(switch (order.field()) {
            case NAME -> u.name().toLowerCase(Locale.ROOT);
            case EMAIL -> u.email().toLowerCase(Locale.ROOT);
            case CREATED_AT -> u.createdAt().toString();
        }, u.id().toString())).toList();
        return new Page<>(shown, cursors, more, page.after() != null, total);
    }

    Map<UUID, Set<Role>> rolesOf(Collection<UUID> userIds) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        userIds.forEach(id -> roles.put(id, EnumSet.noneOf(Role.class)));
        if (userIds.isEmpty()) {
            return roles;
        }
        query("SELECT user_id, role FROM user_roles WHERE user_id = ANY(?)", java.util.Collections.singletonList(uuidArray(userIds)), rs -> {
            roles.get(rs.getObject(1, UUID.class)).add(Role.valueOf(rs.getString(2)));
            return null;
        });
        return roles;
    }

    void replaceRoles(UUID userId, Set<Role> roles) {
        update("DELETE FROM user_roles WHERE user_id = ?", List.of(userId));
        for (Role role : roles) {
            update("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", List.of(userId, role.name()));
        }
    }

    void replaceTeams(UUID userId, Collection<UUID> teamIds) {
        update("DELETE FROM team_members WHERE user_id = ?", List.of(userId));
        for (UUID team : teamIds) {
            update("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)", List.of(team, userId));
        }
    }

    /** Team ids per user, for many users in one query. */
    Map<UUID, List<UUID>> teamIdsOf(Collection<UUID> userIds) {
        Map<UUID, List<UUID>> teams = new LinkedHashMap<>();
        userIds.forEach(id -> teams.put(id, new ArrayList<>()));
        if (!userIds.isEmpty()) {
            query("SELECT m.user_id, m.team_id FROM team_members m JOIN teams t ON t.id = m.team_id "
                    + "WHERE m.user_id = ANY(?) ORDER BY lower(t.name)", java.util.Collections.singletonList(uuidArray(userIds)), rs -> {
                teams.get(rs.getObject(1, UUID.class)).add(rs.getObject(2, UUID.class));
                return null;
            });
        }
        return teams;
    }

    /**
     * One page of members for each of several teams in one query (a window per team), for the Team.members
     * field of a team list.
     */
    Map<UUID, Page<UserRow>> membersOf(Collection<UUID> teamIds, PageRequest page) {
        List<Object> args = new ArrayList<>();
        args.add(uuidArray(teamIds));
        String afterClause = "";
        if (page.after() != null) {
            List<String> cursor = Cursor.decode(page.after(), 2);
            afterClause = " AND (lower(u.name), u.id) > (?, ?)";
            args.add(cursor.get(0));
            args.add(UUID.fromString(cursor.get(1)));
        }
        args.add(page.size() + 1);
        String sql = """
                SELECT * FROM (
                  SELECT m.team_id AS member_of, u.*,
                         row_number() OVER (PARTITION BY m.team_id ORDER BY lower(u.name), u.id) AS position,
                         count(*) OVER (PARTITION BY m.team_id) AS members
                  FROM team_members m JOIN users u ON u.id = m.user_id
                  WHERE m.team_id = ANY(?)%s
                ) ranked WHERE position <= ? ORDER BY member_of, position""".formatted(afterClause);
        Map<UUID, List<UserRow>> rows = new HashMap<>();
        Map<UUID, Long> totals = new HashMap<>();
        query(sql, args, rs -> {
            UUID team = rs.getObject("member_of", UUID.class);
            rows.computeIfAbsent(team, t -> new ArrayList<>()).add(row(rs));
            totals.put(team, rs.getLong("members"));
            return null;
        });
        Map<UUID, Page<UserRow>> pages = new HashMap<>();
        for (UUID team : teamIds) {
            List<UserRow> found = rows.getOrDefault(team, List.of());
            boolean more = found.size() > page.size();
            List<UserRow> shown = more ? found.subList(0, page.size()) : found;
            pages.put(team, new Page<>(shown,
                    shown.stream().map(u -> Cursor.encode(u.name().toLowerCase(Locale.ROOT), u.id().toString())).toList(),
                    more, page.after() != null, totals.getOrDefault(team, 0L)));
        }
        return pages;
    }

    private <T> List<T> query(String sql, List<Object> args, SqlRows.Reader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, reader));
    }

    private void update(String sql, List<Object> args) {
        jdbc.prepareStatement(sql, statement -> {
            SqlRows.bind(statement, args);
            return statement.executeUpdate();
        });
    }

    private static UUID[] uuidArray(Collection<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static UserRow row(ResultSet rs) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        return new UserRow(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
                rs.getString("phone"), rs.getString("language"), rs.getBoolean("active"), rs.getString("password_hash"),
                rs.getBoolean("must_change_password"), rs.getInt("failed_sign_in_count"),
                locked == null ? null : locked.toInstant(), lastSignIn == null ? null : lastSignIn.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getLong("version"));
    }
}
