package io.vorda.access;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The people who sign in to Vorda: administrators create, change, deactivate and reset them; every user keeps
 * their own profile and password. Each method is one transaction and writes an audit event with the change.
 */
@Singleton
public class Users {

    private final UserRepository users;
    private final UserDirectory directory;
    private final TeamRepository teams;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Permissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    Users(UserRepository users, UserDirectory directory, TeamRepository teams, RefreshTokenRepository refreshTokens,
          PasswordHasher hasher, PasswordPolicy policy, Permissions permissions, AuditLog audit, Clock clock) {
        this.users = users;
        this.directory = directory;
        this.teams = teams;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.policy = policy;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a user who must choose their own password at first sign-in. Fails on a used e-mail or weak password. */
    @Transactional
    public UserView create(Caller caller, NewUser input) {
        permissions.require(caller, Action.ADMINISTER_USERS);
        String name = ContactDetails.name(input.name(), "name");
        String email = ContactDetails.email(input.email(), "email");
        String phone = ContactDetails.phone(input.phone(), "phone");
        requireRoles(input.roles());
        List<UUID> teamIds = existingActiveTeams(input.teams());
        if (users.findByEmailIgnoringCase(email).isPresent()) {
            throw new DomainException(ErrorCode.EMAIL_ALREADY_USED, "%s already signs in to Vorda.".formatted(email), "email");
        }
        policy.check(input.temporaryPassword(), email, "temporaryPassword");
        Instant now = clock.instant();
        UserRow row = users.save(new UserRow(UUID.randomUUID(), email, name, phone, input.language().name(), true,
                hasher.hash(input.temporaryPassword()), true, 0, null, null, now, caller.label(), now, caller.label(), 0));
        directory.replaceRoles(row.id(), input.roles());
        directory.replaceTeams(row.id(), teamIds);
        audit.record(AuditAction.USER_CREATED, caller, row.id(), email, "roles=" + sorted(input.roles()), null);
        return view(row, input.roles());
    }

    /** Changes a user's details, roles or teams. An administrator cannot remove their own ADMIN role. */
    @Transactional
    public UserView update(Caller caller, UserId id, UserChanges changes) {
        permissions.require(caller, Action.ADMINISTER_USERS);
        UserRow row = load(id);
        List<String> changed = new ArrayList<>();
        String name = changes.name() == null ? row.name() : ContactDetails.name(changes.name(), "name");
        String email = changes.email() == null ? row.email() : ContactDetails.email(changes.email(), "email");
        String phone = changes.phone() == null ? row.phone() : ContactDetails.phone(changes.phone(), "phone");
        String language = changes.language() == null ? row.language() : changes.language().name();
        if (!email.equalsIgnoreCase(row.email()) && users.isEmailUsedByOther(email, row.id())) {
            throw new DomainException(ErrorCode.EMAIL_ALREADY_USED, "%s already signs in to Vorda.".formatted(email), "email");
        }
        noteIfChanged(changed, "name", row.name(), name);
        noteIfChanged(changed, "email", row.email(), email);
        noteIfChanged(changed, "phone", row.phone(), phone);
        noteIfChanged(changed, "language", row.language(), language);
        Set<Role> roles = directory.rolesOf(List.of(row.id())).get(row.id());
        if (changes.roles() != null) {
            requireRoles(changes.roles());
            if (caller.isUser(id) && roles.contains(Role.ADMIN) && !changes.roles().contains(Role.ADMIN)) {
                throw new DomainException(ErrorCode.CANNOT_CHANGE_OWN_ACCESS,
                        "You cannot remove your own administrator role.", "roles");
            }
            if (!changes.roles().equals(roles)) {
                changed.add("roles=" + sorted(changes.roles()));
                directory.replaceRoles(row.id(), changes.roles());
                roles = changes.roles();
            }
        }
        if (changes.teams() != null) {
            List<UUID> teamIds = existingActiveTeams(changes.teams());
            directory.replaceTeams(row.id(), teamIds);
            changed.add("teams=" + teamIds.size());
        }
        UserRow saved = save(row.withDetails(name, email, phone, language), caller.label());
        audit.record(AuditAction.USER_UPDATED, caller, row.id(), email, String.join(", ", changed), null);
        return view(saved, roles);
    }

    /** Deactivates a user: they cannot sign in any more and their sessions end now. */
    @Transactional
    public UserView deactivate(Caller caller, UserId id) {
        permissions.require(caller, Action.ADMINISTER_USERS);
        if (caller.isUser(id)) {
            throw new DomainException(ErrorCode.CANNOT_CHANGE_OWN_ACCESS, "You cannot deactivate your own account.", "userId");
        }
        UserRow row = load(id);
        if (!row.active()) {
            throw new DomainException(ErrorCode.USER_ALREADY_INACTIVE, "%s is already deactivated.".formatted(row.email()), "userId");
        }
        UserRow saved = save(row.withActive(false), caller.label());
        refreshTokens.revokeAllOfUser(row.id(), clock.instant());
        audit.record(AuditAction.USER_DEACTIVATED, caller, row.id(), row.email(), null, null);
        return view(saved);
    }

    /** Reactivates a deactivated user. */
    @Transactional
    public UserView reactivate(Caller caller, UserId id) {
        permissions.require(caller, Action.ADMINISTER_USERS);
        UserRow row = load(id);
        if (row.active()) {
            throw new DomainException(ErrorCode.USER_ALREADY_ACTIVE, "%s is already active.".formatted(row.email()), "userId");
        }
        UserRow saved = save(row.withActive(true), caller.label());
        audit.record(AuditAction.USER_REACTIVATED, caller, row.id(), row.email(), null, null);
        return view(saved);
    }

    /** Sets a temporary password the user must change; unlocks the account and ends its sessions. */
    @Transactional
    public UserView resetPassword(Caller caller, UserId id, String temporaryPassword) {
        permissions.require(caller, Action.ADMINISTER_USERS);
        UserRow row = load(id);
        policy.check(temporaryPassword, row.email(), "temporaryPassword");
        UserRow saved = save(row.withPassword(hasher.hash(temporaryPassword), true), caller.label());
        refreshTokens.revokeAllOfUser(row.id(), clock.instant());
        audit.record(AuditAction.PASSWORD_RESET, caller, row.id(), row.email(), null, null);
        return view(saved);
    }

    /** The signed-in user changes their own name, phone or language (the user panel). */
    @Transactional
    public UserView updateProfile(Caller caller, ProfileChanges changes) {
        permissions.require(caller, Action.MANAGE_OWN_PROFILE);
        UserRow row = load(new UserId(caller.id()));
        String name = changes.name() == null ? row.name() : ContactDetails.name(changes.name(), "name");
        String phone = changes.phone() == null ? row.phone() : ContactDetails.phone(changes.phone(), "phone");
        String language = changes.language() == null ? row.language() : changes.language().name();
        List<String> changed = new ArrayList<>();
        noteIfChanged(changed, "name", row.name(), name);
        noteIfChanged(changed, "phone", row.phone(), phone);
        noteIfChanged(changed, "language", row.language(), language);
        UserRow saved = save(row.withDetails(name, row.email(), phone, language), caller.label());
        if (!changed.isEmpty()) {
            audit.record(AuditAction.USER_UPDATED, caller, row.id(), row.email(), String.join(", ", changed), null);
        }
        return view(saved);
    }

    /** The signed-in user changes their own password; their other sessions end. */
    @Transactional
    public UserView changePassword(Caller caller, String currentPassword, String newPassword) {
        permissions.require(caller, Action.MANAGE_OWN_PROFILE);
        UserRow row = load(new UserId(caller.id()));
        if (!hasher.matches(currentPassword, row.passwordHash())) {
            throw new DomainException(ErrorCode.PASSWORD_INCORRECT, "The current password is not correct.", "currentPassword");
        }
        policy.check(newPassword, row.email(), "newPassword");
        if (hasher.matches(newPassword, row.passwordHash())) {
            throw new DomainException(ErrorCode.PASSWORD_TOO_WEAK, "The new password must differ from the current one.", "newPassword");
        }
        UserRow saved = save(row.withPassword(hasher.hash(newPassword), false), caller.label());
        // whoever knew the old password is signed out everywhere else; this session stays signed in
        if (caller.session() == null) {
            refreshTokens.revokeAllOfUser(row.id(), clock.instant());
        } else {
            refreshTokens.revokeAllOfUserExcept(row.id(), caller.session(), clock.instant());
        }
        audit.record(AuditAction.PASSWORD_CHANGED, caller, row.id(), row.email(), null, null);
        return view(saved);
    }

    /** The caller's own account. */
    @Transactional(readOnly = true)
    public UserView me(Caller caller) {
        permissions.require(caller, Action.MANAGE_OWN_PROFILE);
        return view(load(new UserId(caller.id())));
    }

    /** One user, if it exists and the caller may see it (administrators, or the user themself). */
    @Transactional(readOnly = true)
    public Optional<UserView> find(Caller caller, UserId id) {
        if (!caller.isUser(id) && !permissions.may(caller, Action.ADMINISTER_USERS)) {
            return Optional.empty();
        }
        return users.findById(id.value()).map(this::view);
    }

    /** Many users by id in one query (for DataLoaders); ids the caller may not see are left out. */
    @Transactional(readOnly = true)
    public Map<UserId, UserView> findMany(Caller caller, Collection<UserId> ids) {
        List<UUID> visible = ids.stream()
                .filter(id -> caller.isUser(id) || permissions.may(caller, Action.ADMINISTER_USERS))
                .map(UserId::value).distinct().toList();
        List<UserRow> rows = visible.isEmpty() ? List.of() : users.findByIds(visible);
        Map<UUID, Set<Role>> roles = directory.rolesOf(visible);
        Map<UserId, UserView> found = new LinkedHashMap<>();
        rows.forEach(row -> found.put(new UserId(row.id()), view(row, roles.get(row.id()))));
        return found;
    }

    /** A keyset page of users. Administrators only. */
    @Transactional(readOnly = true)
    public Page<UserView> list(Caller caller, UserFilter filter, UserOrder order, PageRequest page) {
        permissions.require(caller, Action.ADMINISTER_USERS);
        return withRoles(directory.page(filter, order, page));
    }

    /** The teams of many users in two queries (for the User.teams field). */
    @Transactional(readOnly = true)
    public Map<UserId, List<TeamView>> teamsOf(Caller caller, Collection<UserId> ids) {
        Map<UUID, List<UUID>> teamIds = directory.teamIdsOf(ids.stream()
                .filter(id -> caller.isUser(id) || permissions.may(caller, Action.ADMINISTER_USERS))
                .map(UserId::value).distinct().toList());
        Map<UUID, TeamView> teamsById = new LinkedHashMap<>();
        List<UUID> all = teamIds.values().stream().flatMap(List::stream).distinct().toList();
        if (!all.isEmpty()) {
            teams.findByIds(all).forEach(t -> teamsById.put(t.id(), t.view()));
        }
        Map<UserId, List<TeamView>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, teamIds.getOrDefault(id.value(), List.of()).stream()
                .map(teamsById::get).toList()));
        return result;
    }

    /** The first page of members of each of several teams, in one query (for the Team.members field). */
    @Transactional(readOnly = true)
    public Map<TeamId, Page<UserView>> membersOf(Caller caller, Collection<TeamId> teamIds, PageRequest page) {
        permissions.require(caller, Action.VIEW_TEAMS);
        Map<UUID, Page<UserRow>> pages = directory.membersOf(teamIds.stream().map(TeamId::value).toList(), page);
        Map<TeamId, Page<UserView>> result = new LinkedHashMap<>();
        pages.forEach((team, rows) -> result.put(new TeamId(team), withRoles(rows)));
        return result;
    }

    /** Marks the password as the user's own choice (for accounts made by the system, e.g. demo data). */
    @Transactional
    public void markPasswordChosen(Caller caller, UserId id) {
        if (caller.kind() != Caller.Kind.SYSTEM) {
            throw new DomainException(ErrorCode.PERMISSION_DENIED, "Only the system may mark a password as chosen.");
        }
        UserRow row = load(id);
        save(row.withPassword(row.passwordHash(), false), caller.label());
    }

    /** True when an account with this e-mail exists; demo data uses it to stay idempotent. */
    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return users.findByEmailIgnoringCase(email).isPresent();
    }

    private Page<UserView> withRoles(Page<UserRow> rows) {
        Map<UUID, Set<Role>> roles = directory.rolesOf(rows.items().stream().map(UserRow::id).toList());
        return rows.map(row -> view(row, roles.get(row.id())));
    }

    private UserRow load(UserId id) {
        return users.findById(id.value())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No user %s.".formatted(id), "userId"));
    }

    private UserRow save(UserRow row, String by) {
        try {
            return users.update(row.touched(clock.instant(), by));
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION,
                    "Someone else changed this user at the same time; reload and try again.");
        }
    }

    private List<UUID> existingActiveTeams(@Nullable List<TeamId> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = requested.stream().map(TeamId::value).distinct().toList();
        List<TeamRow> found = teams.findByIds(ids);
        if (found.size() != ids.size() || found.stream().anyMatch(t -> !t.active())) {
            throw new DomainException(ErrorCode.NOT_FOUND, "One of the teams does not exist or is archived.", "teamIds");
        }
        return ids;
    }

    private static void requireRoles(@Nullable Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException(ErrorCode.ROLE_REQUIRED, "A user needs at least one role.", "roles");
        }
    }

    private static void noteIfChanged(List<String> changed, String field, @Nullable String before, @Nullable String after) {
        if (before == null ? after != null : !before.equals(after)) {
            changed.add(field);
        }
    }

    private static String sorted(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList().toString();
    }

    UserView view(UserRow row) {
        return view(row, directory.rolesOf(List.of(row.id())).get(row.id()));
    }

    private UserView view(UserRow row, Set<Role> roles) {
        Instant now = clock.instant();
        return new UserView(new UserId(row.id()), row.name(), row.email(), row.phone(), Language.valueOf(row.language()),
                row.active(), roles, row.isLockedAt(now) ? row.lockedUntil() : null, row.mustChangePassword(),
                row.lastSignInAt(), row.createdAt());
    }
}
