package io.vorda.access.graphql;

import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.Role;
import io.vorda.access.TeamId;
import io.vorda.api.GlobalId;
import io.vorda.api.RequestContext;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading GraphQL arguments of the access schema into door types. */
final class Inputs {

    static final String USER = "User";
    static final String TEAM = "Team";
    static final String API_CLIENT = "ApiClient";
    static final String AUDIT_EVENT = "AuditEvent";

    private Inputs() {
    }

    static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }

    static Map<String, Object> input(DataFetchingEnvironment env) {
        return env.getArgument("input");
    }

    static @Nullable String text(Map<String, Object> input, String name) {
        return (String) input.get(name);
    }

    static @Nullable Language language(Map<String, Object> input) {
        Object value = input.get("language");
        return value == null ? null : Language.valueOf(value.toString());
    }

    @SuppressWarnings("unchecked")
    static @Nullable Set<Role> roles(Map<String, Object> input) {
        List<Object> values = (List<Object>) input.get("roles");
        if (values == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values.forEach(v -> roles.add(Role.valueOf(v.toString())));
        return roles;
    }

    @SuppressWarnings("unchecked")
    static @Nullable List<TeamId> teams(Map<String, Object> input) {
        List<String> ids = (List<String>) input.get("teamIds");
        return ids == null ? null : ids.stream().map(id -> new TeamId(GlobalId.decode(id, TEAM, "teamIds"))).toList();
    }
}
