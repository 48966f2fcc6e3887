package io.vorda.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Saved views of the case list: a user keeps the filters and sort they use often under a name of their own. A view
 * belongs to the user who saved it; to anyone else it does not exist ("not found"). Each method is one transaction.
 */
@Singleton
public class SavedCaseViews {

    /** Enough for any working day; a list that long is no longer a shortcut. */
    static final int MAX_PER_USER = 50;
    private static final int MAX_NAME_LENGTH = 80;

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Permissions permissions;
    private final Clock clock;

    SavedCaseViews(JdbcOperations jdbc, JsonMapper json, Permissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Saves the filters and sort under a new name. */
    @Transactional
    public SavedCaseView create(Caller caller, String name, CaseFilter filter, CaseOrder order) {
        UUID owner = owner(caller);
        String clean = checkedName(name);
        filter.check();
        long existing = query("SELECT count(*) FROM case_list_views WHERE owner_user_id = ?", List.of(owner), rs -> rs.getLong(1)).get(0);
        if (existing >= MAX_PER_USER) {
            throw new DomainException(ErrorCode.SAVED_VIEW_LIMIT_REACHED,
                    "You have %d saved views, the most there can be; delete one first.".formatted(MAX_PER_USER), "name");
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = update("INSERT INTO case_list_views (id, owner_user_id, name, filter, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (owner_user_id, lower(name)) DO NOTHING",
                List.of(id, owner, clean, write(SavedCriteria.of(filter, order)), now, now));
        if (inserted == 0) {
            throw nameTaken(clean);
        }
        return find(caller, new SavedCaseViewId(id)).orElseThrow();
    }

    /** The caller's saved views, by name. */
    @Transactional(readOnly = true)
    public List<SavedCaseView> list(Caller caller) {
        return query("SELECT * FROM case_list_views WHERE owner_user_id = ? ORDER BY lower(name), id", List.of(owner(caller)), this::view);
    }

    /** One of the caller's saved views; empty for a view of someone else. */
    @Transactional(readOnly = true)
    public Optional<SavedCaseView> find(Caller caller, SavedCaseViewId id) {
        return query("SELECT * FROM case_list_views WHERE id = ? AND owner_user_id = ?", List.of(id.value(), owner(caller)), this::view)
                .stream().findFirst();
    }

    /** Gives one of the caller's views another name. */
    @Transactional
    public SavedCaseView rename(Caller caller, SavedCaseViewId id, String name) {
        UUID owner = owner(caller);
        String clean = checkedName(name);
        requireOwn(caller, id);
        boolean taken = !query("SELECT 1 FROM case_list_views WHERE owner_user_id = ? AND lower(name) = lower(?) AND id <> ?",
                List.of(owner, clean, id.value()), rs -> 1).isEmpty();
        if (taken) {
            throw nameTaken(clean);
        }
        update("UPDATE case_list_views SET name = ?, updated_at = ?, version = version + 1 WHERE id = ? AND owner_user_id = ?",
                List.of(clean, Timestamp.from(clock.instant()), id.value(), owner));
        return find(caller, id).orElseThrow();
    }

    /** Deletes one of the caller's views. */
    @Transactional
    public void delete(Caller caller, SavedCaseViewId id) {
        requireOwn(caller, id);
        update("DELETE FROM case_list_views WHERE id = ? AND owner_user_id = ?", List.of(id.value(), owner(caller)));
    }

    private UUID owner(Caller caller) {
        permissions.require(caller, Action.VIEW_CASES);
        if (caller.kind() != Caller.Kind.STAFF) {
            throw new DomainException(ErrorCode.PERMISSION_DENIED, "Saved views belong to signed-in users.");
        }
        return caller.id();
    }

    private void requireOwn(Caller caller, SavedCaseViewId id) {
        if (find(caller, id).isEmpty()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No such saved view.", "viewId");
        }
    }

    private static String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "A saved view needs a name.", "name");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A name has at most %d characters.".formatted(MAX_NAME_LENGTH), "name");
        }
        return clean;
    }

    private static DomainException nameTaken(String name) {
        return new DomainException(ErrorCode.SAVED_VIEW_NAME_ALREADY_USED, "You already have a view called \"%s\".".formatted(name), "name");
    }

    private SavedCaseView view(ResultSet rs) throws SQLException {
        SavedCriteria criteria = read(rs.getString("filter"));
        Instant created = rs.getTimestamp("created_at").toInstant();
        return new SavedCaseView(new SavedCaseViewId(rs.getObject("id", UUID.class)), rs.getString("name"), criteria.filter(),
                criteria.order(), created);
    }

    private String write(SavedCriteria criteria) {
        try {
            return json.writeValueAsString(criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SavedCriteria read(String stored) {
        try {
            return json.readValue(stored, SavedCriteria.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable saved case view", e);
        }
    }

    private <T> List<T> query(String sql, List<Object> args, SqlRows.Reader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, reader));
    }

    private int update(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlRows.bind(statement, args);
            return statement.executeUpdate();
        });
    }
}
