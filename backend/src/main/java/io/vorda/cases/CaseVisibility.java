package io.vorda.cases;

import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
import io.vorda.access.Role;
import io.vorda.access.UserId;
import io.vorda.access.Users;
import io.vorda.client.ClientId;
import io.vorda.client.Clients;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Which cases a caller may see (ARCHITECTURE §4, "Authorization"): supervisors and administrators every case;
 * caseworkers and field agents their teams' cases and those assigned to them; client users the cases of the
 * clients they represent, and nothing else — not even a case someone assigned to them by mistake.
 */
@Singleton
class CaseVisibility {

    private final Permissions permissions;
    private final Users users;
    private final Clients clients;

    CaseVisibility(Permissions permissions, Users users, Clients clients) {
        this.permissions = permissions;
        this.users = users;
        this.clients = clients;
    }

    CaseDirectory.Visibility of(Caller caller) {
        if (permissions.may(caller, Action.VIEW_ALL_CASES)) {
            return new CaseDirectory.Visibility(true, List.of(), null, List.of());
        }
        if (!permissions.may(caller, Action.VIEW_CASES)) {
            return CaseDirectory.Visibility.NOTHING;
        }
        List<UUID> represented = caller.hasRole(Role.CLIENT_USER)
                ? clients.representedBy(caller).stream().map(ClientId::value).toList() : List.of();
        boolean worksCases = caller.roles().stream().anyMatch(role -> role != Role.CLIENT_USER);
        if (!worksCases) {
            return new CaseDirectory.Visibility(false, List.of(), null, represented);
        }
        CaseDirectory.Visibility own = own(caller);
        return new CaseDirectory.Visibility(false, own.teams(), own.user(), represented);
    }

    /** The caller's own teams and the caller: "my cases", also for those who may see every case. */
    CaseDirectory.Visibility own(Caller caller) {
        UserId self = new UserId(caller.id());
        List<UUID> teamIds = users.teamsOf(caller, List.of(self)).getOrDefault(self, List.of()).stream()
                .map(t -> t.id().value()).toList();
        return new CaseDirectory.Visibility(false, teamIds, caller.id(), List.of());
    }
}
