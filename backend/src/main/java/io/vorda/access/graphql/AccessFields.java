package io.vorda.access.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.ApiClientView;
import io.vorda.access.AuditEventView;
import io.vorda.access.Caller;
import io.vorda.access.TeamId;
import io.vorda.access.TeamView;
import io.vorda.access.UserId;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.api.Connections;
import io.vorda.api.GlobalId;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.shared.Page;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Fields of User, Team, ApiClient and AuditEvent. Every association goes through a per-request DataLoader
 * (GraphQL style rule 9), so a page of 100 users with their teams costs the same queries as one user.
 */
@Singleton
class AccessFields implements SchemaWiring {

    private static final String USERS = "access.users";
    private static final String USER_TEAMS = "access.userTeams";
    private static final String TEAM_MEMBERS = "access.teamMembers";

    private final Users users;

    AccessFields(Users users) {
        this.users = users;
    }

    /** A page of one team's members: the DataLoader key, so teams asking for the same page are batched. */
    record MembersKey(TeamId team, int first, @Nullable String after) {
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("User", type -> type
                .dataFetcher("id", env -> GlobalId.encode(Inputs.USER, env.<UserView>getSource().id().value()))
                .dataFetcher("teams", env -> env.<UserId, List<TeamView>>getDataLoader(USER_TEAMS)
                        .load(env.<UserView>getSource().id())));
        wiring.type("Team", type -> type
                .dataFetcher("id", env -> GlobalId.encode(Inputs.TEAM, env.<TeamView>getSource().id().value()))
                .dataFetcher("members", this::members));
        wiring.type("ApiClient", type -> type
                .dataFetcher("id", env -> GlobalId.encode(Inputs.API_CLIENT, env.<ApiClientView>getSource().id().value())));
        wiring.type("AuditEvent", type -> type
                .dataFetcher("id", env -> GlobalId.encode(Inputs.AUDIT_EVENT, env.<AuditEventView>getSource().id()))
                .dataFetcher("actorUser", env -> {
                    UserId actor = env.<AuditEventView>getSource().actorUser();
                    return actor == null ? null : env.<UserId, UserView>getDataLoader(USERS).load(actor);
                }));
    }

    private CompletableFuture<Map<String, Object>> members(DataFetchingEnvironment env) {
        PageRequest page = AccessQueries.page(env);
        DataLoader<MembersKey, Page<UserView>> loader = env.getDataLoader(TEAM_MEMBERS);
        return loader.load(new MembersKey(env.<TeamView>getSource().id(), page.size(), page.after()))
                .thenApply(Connections::of);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
        Caller caller = request.caller(Caller.class);
        registry.register(USERS, DataLoaderFactory.<UserId, UserView>newMappedDataLoader(
                (Set<UserId> ids) -> CompletableFuture.completedFuture(users.findMany(caller, ids))));
        registry.register(USER_TEAMS, DataLoaderFactory.<UserId, List<TeamView>>newMappedDataLoader(
                (Set<UserId> ids) -> CompletableFuture.completedFuture(users.teamsOf(caller, ids))));
        registry.register(TEAM_MEMBERS, DataLoaderFactory.<MembersKey, Page<UserView>>newMappedDataLoader(
                (Set<MembersKey> keys) -> CompletableFuture.completedFuture(membersPages(caller, keys))));
    }

    private Map<MembersKey, Page<UserView>> membersPages(Caller caller, Set<MembersKey> keys) {
        Map<MembersKey, Page<UserView>> result = new HashMap<>();
        // one query per distinct (first, after): normally just one, for a list of teams showing their members
        keys.stream().collect(Collectors.groupingBy(k -> k.first() + "|" + k.after())).values().forEach(group -> {
            MembersKey sample = group.get(0);
            Map<TeamId, Page<UserView>> pages = users.membersOf(caller,
                    group.stream().map(MembersKey::team).toList(), new PageRequest(sample.first(), sample.after()));
            group.forEach(key -> result.put(key, pages.get(key.team())));
        });
        return result;
    }
}
