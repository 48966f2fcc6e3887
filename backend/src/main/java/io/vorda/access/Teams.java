package io.vorda.access;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.shared.Cursor;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Groups of users that work cases together. Administrators create, rename and archive them. */
@Singleton
public class Teams {

    private static final UUID NO_ID = new UUID(0L, 0L);

    private final TeamRepository teams;
    private final Permissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    Teams(TeamRepository teams, Permissions permissions, AuditLog audit, Clock clock) {
        this.teams = teams;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a team; names are unique without regard to case. */
    @Transactional
    public TeamView create(Caller caller, String name, @Nullable String description) {
        permissions.require(caller, Action.ADMINISTER_TEAMS);
        String teamName = checkedName(name, NO_ID);
        Instant now = clock.instant();
        TeamRow row = teams.save(new TeamRow(UUID.randomUUID(), teamName, checkedDescription(description), true,
                now, caller.label(), now, caller.label(), 0));
        audit.record(AuditAction.TEAM_CREATED, caller, row.id(), teamName, null, null);
        return row.view();
    }

    /** Renames or re-describes a team; a null field stays as it is. */
    @Transactional
    public TeamView update(Caller caller, TeamId id, @Nullable String name, @Nullable String description) {
        permissions.require(caller, Action.ADMINISTER_TEAMS);
        TeamRow row = load(id);
        String teamName = name == null ? row.name() : checkedName(name, row.id());
        String teamDescription = description == null ? row.description() : checkedDescription(description);
        TeamRow saved = save(row.changed(teamName, teamDescription, row.active(), clock.instant(), caller.label()));
        audit.record(AuditAction.TEAM_UPDATED, caller, row.id(), teamName, null, null);
        return saved.view();
    }

    /** Archives a team: it keeps its history but gets no new members. */
    @Transactional
    public TeamView archive(Caller caller, TeamId id) {
        permissions.require(caller, Action.ADMINISTER_TEAMS);
        TeamRow row = load(id);
        TeamRow saved = save(row.changed(row.name(), row.description(), false, clock.instant(), caller.label()));
        audit.record(AuditAction.TEAM_ARCHIVED, caller, row.id(), row.name(), null, null);
        return saved.view();
    }

    /** Teams by name, keyset-paged. Administrators and supervisors. */
    @Transactional(readOnly = true)
    public Page<TeamView> list(Caller caller, boolean includeArchived, PageRequest page) {
        permissions.require(caller, Action.VIEW_TEAMS);
        String afterName = "";
        UUID afterId = NO_ID;
        if (page.after() != null) {
            List<String> key = Cursor.decode(page.after(), 2);
            afterName = key.get(0);
            afterId = UUID.fromString(key.get(1));
        }
        List<TeamRow> rows = teams.pageByName(includeArchived, afterName, afterId, page.size() + 1);
        boolean more = rows.size() > page.size();
        List<TeamRow> shown = more ? rows.subList(0, page.size()) : rows;
        return new Page<>(shown.stream().map(TeamRow::view).toList(),
                shown.stream().map(t -> Cursor.encode(t.name().toLowerCase(Locale.ROOT), t.id().toString())).toList(),
                more, page.after() != null, teams.countTeams(includeArchived));
    }

    /** One team, if the caller may see teams. */
    @Transactional(readOnly = true)
    public Optional<TeamView> find(Caller caller, TeamId id) {
        if (!permissions.may(caller, Action.VIEW_TEAMS)) {
            return Optional.empty();
        }
        return teams.findById(id.value()).map(TeamRow::view);
    }

    /** Many teams by id in one query (for DataLoaders). */
    @Transactional(readOnly = true)
    public Map<TeamId, TeamView> findMany(Caller caller, Collection<TeamId> ids) {
        Map<TeamId, TeamView> found = new LinkedHashMap<>();
        if (permissions.may(caller, Action.VIEW_TEAMS) && !ids.isEmpty()) {
            teams.findByIds(ids.stream().map(TeamId::value).distinct().toList())
                    .forEach(t -> found.put(new TeamId(t.id()), t.view()));
        }
        return found;
    }

    /** The id of the team with this name, if any; demo data uses it to stay idempotent. */
    @Transactional(readOnly = true)
    public Optional<TeamId> findIdByName(String name) {
        return teams.findByNameIgnoringCase(name).map(t -> new TeamId(t.id()));
    }

    private String checkedName(@Nullable String raw, UUID self) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "A team needs a name.", "name");
        }
        if (name.length() > 100) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A team name has at most 100 characters.", "name");
        }
        if (teams.isNameUsedByOther(name, self)) {
            throw new DomainException(ErrorCode.TEAM_NAME_ALREADY_USED, "There is already a team called %s.".formatted(name), "name");
        }
        return name;
    }

    private static @Nullable String checkedDescription(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.strip().length() > 500) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "A description has at most 500 characters.", "description");
        }
        return raw.strip();
    }

    private TeamRow load(TeamId id) {
        return teams.findById(id.value())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No team %s.".formatted(id), "teamId"));
    }

    private TeamRow save(TeamRow row) {
        try {
            return teams.update(row);
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION,
                    "Someone else changed this team at the same time; reload and try again.");
        }
    }
}
