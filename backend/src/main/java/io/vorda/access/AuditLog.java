package io.vorda.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.shared.Cursor;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import io.vorda.shared.SqlRows;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The access audit log: sign-ins, lockouts and administrators' changes, newest first. Append-only. */
@Singleton
public class AuditLog {

    private final AuditEventRepository events;
    private final JdbcOperations jdbc;
    private final Permissions permissions;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcOperations jdbc, Permissions permissions, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Appends an event in the caller's transaction, so the event exists exactly when the change does. */
    void record(AuditAction action, Caller actor, @Nullable UUID subjectId, @Nullable String subject,
                @Nullable String detail, @Nullable String ipAddress) {
        UUID actorUser = actor.kind() == Caller.Kind.STAFF ? actor.id() : null;
        recordRaw(action, actorUser, actor.label(), subjectId, subject, detail, ipAddress);
    }

    /**
     * Appends another module's change to what a user may see (e.g. the clients a client user represents) in the
     * caller's transaction; the detail says what changed, before → after.
     */
    public void recordUserChange(AuditAction action, Caller actor, UserId subject, String subjectLabel, String detail) {
        record(action, actor, subject.value(), subjectLabel, detail, null);
    }

    void recordRaw(AuditAction action, @Nullable UUID actorUserId, String actor, @Nullable UUID subjectId,
                   @Nullable String subject, @Nullable String detail, @Nullable String ipAddress) {
        events.save(new AuditEventRow(UUID.randomUUID(), clock.instant(), action.name(), actorUserId,
                truncate(actor, 254), subjectId, subject == null ? null : truncate(subject, 254),
                detail == null ? null : truncate(detail, 2000), ipAddress));
    }

    /** Lists events newest first, optionally of one kind or by or about one user. Administrators only. */
    @Transactional(readOnly = true)
    public Page<AuditEventView> list(Caller caller, @Nullable AuditAction action, @Nullable UserId user, PageRequest page) {
        permissions.require(caller, Action.READ_AUDIT_LOG);
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (action != null) {
            where.append(" AND action = ?");
            args.add(action.name());
        }
        if (user != null) {
            where.append(" AND (actor_user_id = ? OR subject_id = ?)");
            args.add(user.value());
            args.add(user.value());
        }
        long total = count("SELECT count(*) FROM audit_events" + where, args);
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_events").append(where);
        if (page.after() != null) {
            List<String> key = Cursor.decode(page.after(), 2);
            sql.append(" AND (occurred_at, id) < (?, ?)");
            pageArgs.add(Timestamp.from(Instant.parse(key.get(0))));
            pageArgs.add(UUID.fromString(key.get(1)));
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
        pageArgs.add(page.size() + 1);
        List<AuditEventRow> rows = jdbc.prepareStatement(sql.toString(), statement -> SqlRows.list(statement, pageArgs, AuditLog::row));
        boolean more = rows.size() > page.size();
        List<AuditEventRow> shown = more ? rows.subList(0, page.size()) : rows;
        return new Page<>(shown.stream().map(AuditEventRow::view).toList(),
                shown.stream().map(r -> Cursor.encode(r.occurredAt().toString(), r.id().toString())).toList(),
                more, page.after() != null, total);
    }

    private long count(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, statement -> SqlRows.list(statement, args, rs -> rs.getLong(1))).get(0);
    }

    private static AuditEventRow row(ResultSet rs) throws SQLException {
        return new AuditEventRow(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("action"), rs.getObject("actor_user_id", UUID.class), rs.getString("actor"),
                rs.getObject("subject_id", UUID.class), rs.getString("subject"), rs.getString("detail"),
                rs.getString("ip_address"));
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
