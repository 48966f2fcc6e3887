package io.vorda.access.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.ApiClientId;
import io.vorda.access.ApiClients;
import io.vorda.access.Caller;
import io.vorda.access.Language;
import io.vorda.access.NewApiClient;
import io.vorda.access.NewUser;
import io.vorda.access.ProfileChanges;
import io.vorda.access.TeamId;
import io.vorda.access.Teams;
import io.vorda.access.UserChanges;
import io.vorda.access.UserId;
import io.vorda.access.Users;
import io.vorda.api.GlobalId;
import io.vorda.api.Payloads;
import io.vorda.api.SchemaWiring;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The access mutations: one door call each, refusals reported as userErrors. */
@Singleton
class AccessMutations implements SchemaWiring {

    private final Users users;
    private final Teams teams;
    private final ApiClients apiClients;

    AccessMutations(Users users, Teams teams, ApiClients apiClients) {
        this.users = users;
        this.teams = teams;
        this.apiClients = apiClients;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type
                .dataFetcher("userCreate", env -> Payloads.of("user", () -> {
                    Map<String, Object> in = Inputs.input(env);
                    Set<io.vorda.access.Role> roles = Inputs.roles(in);
                    List<TeamId> teamIds = Inputs.teams(in);
                    Language language = Inputs.language(in);
                    return users.create(Inputs.caller(env), new NewUser(Inputs.text(in, "name"), Inputs.text(in, "email"),
                            Inputs.text(in, "phone"), language == null ? Language.EN : language,
                            roles == null ? Set.of() : roles, teamIds == null ? List.of() : teamIds,
                            required(Inputs.text(in, "temporaryPassword"), "temporaryPassword")));
                }))
                .dataFetcher("userUpdate", env -> Payloads.of("user", () -> {
                    Map<String, Object> in = Inputs.input(env);
                    return users.update(Inputs.caller(env), userId(in), new UserChanges(Inputs.text(in, "name"),
                            Inputs.text(in, "email"), Inputs.text(in, "phone"), Inputs.language(in), Inputs.roles(in),
                            Inputs.teams(in)));
                }))
                .dataFetcher("userDeactivate", env -> Payloads.of("user",
                        () -> users.deactivate(Inputs.caller(env), userId(Inputs.input(env)))))
                .dataFetcher("userReactivate", env -> Payloads.of("user",
                        () -> users.reactivate(Inputs.caller(env), userId(Inputs.input(env)))))
                .dataFetcher("userPasswordReset", env -> Payloads.of("user", () -> {
                    Map<String, Object> in = Inputs.input(env);
                    return users.resetPassword(Inputs.caller(env), userId(in),
                            required(Inputs.text(in, "temporaryPassword"), "temporaryPassword"));
                }))
                .dataFetcher("profileUpdate", env -> Payloads.of("user", () -> {
                    Map<String, Object> in = Inputs.input(env);
                    return users.updateProfile(Inputs.caller(env),
                            new ProfileChanges(Inputs.text(in, "name"), Inputs.text(in, "phone"), Inputs.language(in)));
                }))
                .dataFetcher("passwordChange", env -> Payloads.of("user", () -> {
                    Map<String, Object> in = Inputs.input(env);
                    return users.changePassword(Inputs.caller(env), required(Inputs.text(in, "currentPassword"), "currentPassword"),
                            required(Inputs.text(in, "newPassword"), "newPassword"));
                }))
                .dataFetcher("teamCreate", env -> Payloads.of("team", () -> {
                    Map<String, Object> in = Inputs.input(env);
                    return teams.create(Inputs.caller(env), Inputs.text(in, "name"), Inputs.text(in, "description"));
                }))
                .dataFetcher("teamUpdate", env -> Payloads.of("team", () -> {
                    Map<String, Object> in = Inputs.input(env);
                    return teams.update(Inputs.caller(env), teamId(in), Inputs.text(in, "name"), Inputs.text(in, "description"));
                }))
                .dataFetcher("teamArchive", env -> Payloads.of("team",
                        () -> teams.archive(Inputs.caller(env), teamId(Inputs.input(env)))))
                .dataFetcher("apiClientCreate", env -> Payloads.with(() -> {
                    NewApiClient created = apiClients.create(caller(env), Inputs.text(Inputs.input(env), "name"));
                    return Map.of("apiClient", created.client(), "clientSecret", created.clientSecret());
                }))
                .dataFetcher("apiClientRevoke", env -> Payloads.of("apiClient", () -> apiClients.revoke(caller(env),
                        new ApiClientId(GlobalId.decode((String) Inputs.input(env).get("apiClientId"), Inputs.API_CLIENT, "apiClientId"))))));
    }

    private static Caller caller(DataFetchingEnvironment env) {
        return Inputs.caller(env);
    }

    private static UserId userId(Map<String, Object> in) {
        return new UserId(GlobalId.decode((String) in.get("userId"), Inputs.USER, "userId"));
    }

    private static TeamId teamId(Map<String, Object> in) {
        return new TeamId(GlobalId.decode((String) in.get("teamId"), Inputs.TEAM, "teamId"));
    }

    private static String required(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, field + " is required.", field);
        }
        return value;
    }
}
