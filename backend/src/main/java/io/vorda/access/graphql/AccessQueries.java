package io.vorda.access.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.ApiClientId;
import io.vorda.access.ApiClientView;
import io.vorda.access.ApiClients;
import io.vorda.access.AuditAction;
import io.vorda.access.AuditEventView;
import io.vorda.access.AuditLog;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.TeamId;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserFilter;
import io.vorda.access.UserId;
import io.vorda.access.UserOrder;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.api.Connections;
import io.vorda.api.GlobalId;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;

import java.util.Map;

/** Query.me, Query.users, Query.teams, Query.auditEvents, Query.apiClients and node(id:) for access types. */
@Singleton
class AccessQueries implements SchemaWiring {

    private final Users users;
    private final Teams teams;
    private final AuditLog auditLog;
    private final ApiClients apiClients;

    AccessQueries(Users users, Teams teams, AuditLog auditLog, ApiClients apiClients) {
        this.users = users;
        this.teams = teams;
        this.auditLog = auditLog;
        this.apiClients = apiClients;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("me", env -> users.me(Inputs.caller(env)))
                .dataFetcher("users", this::users)
                .dataFetcher("teams", env -> Connections.of(teams.list(Inputs.caller(env),
                        Boolean.TRUE.equals(env.getArgument("includeArchived")), page(env))))
                .dataFetcher("auditEvents", this::auditEvents)
                .dataFetcher("apiClients", env -> Connections.of(apiClients.list(Inputs.caller(env), page(env)))));
    }

    @Override
    public Map<Class<?>, String> nodeTypes() {
        return Map.of(UserView.class, Inputs.USER, TeamView.class, Inputs.TEAM, ApiClientView.class, Inputs.API_CLIENT,
                AuditEventView.class, Inputs.AUDIT_EVENT);
    }

    @Override
    public Object node(RequestContext request, GlobalId id) {
        Caller caller = request.caller(Caller.class);
        return switch (id.type()) {
            case Inputs.USER -> users.find(caller, new UserId(id.id())).orElse(null);
            case Inputs.TEAM -> teams.find(caller, new TeamId(id.id())).orElse(null);
            case Inputs.API_CLIENT -> apiClients.find(caller, new ApiClientId(id.id())).orElse(null);
            default -> null;
        };
    }

    private Object users(DataFetchingEnvironment env) {
        Map<String, Object> filter = argumentOrEmpty(env, "filter");
        Map<String, Object> order = env.getArgument("orderBy");
        Object role = filter.get("role");
        Object teamId = filter.get("teamId");
        UserFilter userFilter = new UserFilter((String) filter.get("search"),
                role == null ? null : Role.valueOf(role.toString()),
                teamId == null ? null : new TeamId(GlobalId.decode(teamId.toString(), Inputs.TEAM, "teamId")),
                (Boolean) filter.get("active"));
        UserOrder userOrder = order == null ? UserOrder.byName()
                : new UserOrder(UserOrder.Field.valueOf(order.get("field").toString()), "ASC".equals(order.get("direction").toString()));
        return Connections.of(users.list(Inputs.caller(env), userFilter, userOrder, page(env)));
    }

    private Object auditEvents(DataFetchingEnvironment env) {
        Map<String, Object> filter = argumentOrEmpty(env, "filter");
        Object action = filter.get("action");
        Object userId = filter.get("userId");
        return Connections.of(auditLog.list(Inputs.caller(env),
                action == null ? null : AuditAction.valueOf(action.toString()),
                userId == null ? null : new UserId(GlobalId.decode(userId.toString(), Inputs.USER, "userId")),
                page(env)));
    }

    /** An input object argument, or an empty one when it is absent or given as an explicit null. */
    private static Map<String, Object> argumentOrEmpty(DataFetchingEnvironment env, String name) {
        Map<String, Object> value = env.getArgument(name);
        return value == null ? Map.of() : value;
    }

    static PageRequest page(DataFetchingEnvironment env) {
        return PageRequest.of(env.getArgument("first"), env.getArgument("after"));
    }
}
