package io.vorda.client.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Caller;
import io.vorda.access.TeamId;
import io.vorda.access.TeamView;
import io.vorda.access.Teams;
import io.vorda.access.UserId;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.api.Connections;
import io.vorda.api.GlobalId;
import io.vorda.api.Payloads;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.client.AllocationOrder;
import io.vorda.client.ClientChanges;
import io.vorda.client.ClientId;
import io.vorda.client.ClientSummary;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.client.CollectionAction;
import io.vorda.client.InterestBasis;
import io.vorda.client.Jurisdiction;
import io.vorda.client.NewClient;
import io.vorda.client.TermsInput;
import io.vorda.client.TransactionType;
import io.vorda.party.Parties;
import io.vorda.party.PartyId;
import io.vorda.party.PartyView;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Query.clients, Party.clientProfile, Client fields and the client mutations. */
@Singleton
class ClientSchema implements SchemaWiring {

    static final String CLIENT = "Client";
    private static final String PROFILES = "client.profiles";
    private static final String PARTIES = "client.parties";
    private static final String TEAMS = "client.teams";
    private static final String OWN_PARTIES = "client.ownParties";
    private static final String LINKED = "client.linkedToUsers";

    private final Clients clients;
    private final Parties parties;
    private final Teams teams;
    private final Users users;

    ClientSchema(Clients clients, Parties parties, Teams teams, Users users) {
        this.clients = clients;
        this.parties = parties;
        this.teams = teams;
        this.users = users;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("clients", env -> {
            Map<String, Object> filter = env.getArgument("filter") == null ? Map.of() : env.getArgument("filter");
            Object jurisdiction = filter.get("jurisdiction");
            return Connections.of(clients.list(caller(env), (String) filter.get("search"),
                    jurisdiction == null ? null : Jurisdiction.valueOf(jurisdiction.toString()),
                    PageRequest.of(env.getArgument("first"), env.getArgument("after"))));
        }));
        wiring.type("Party", type -> type.dataFetcher("clientProfile",
                env -> env.<PartyId, ClientView>getDataLoader(PROFILES).load(env.<PartyView>getSource().id())));
        wiring.type("Client", type -> type
                // a list row's client may be a ClientSummary (see CaseSchema); it has these two as well
                .dataFetcher("id", env -> GlobalId.encode(CLIENT, env.getSource() instanceof ClientSummary c ? c.id().value() : client(env).id().value()))
                .dataFetcher("party", env -> env.<PartyId, PartyView>getDataLoader(OWN_PARTIES)
                        .load(env.getSource() instanceof ClientSummary c ? c.party() : client(env).party()))
                .dataFetcher("contacts", env -> env.<PartyId, PartyView>getDataLoader(PARTIES).loadMany(client(env).contacts()))
                .dataFetcher("defaultTeam", env -> client(env).defaultTeam() == null ? null
                        : env.<TeamId, TeamView>getDataLoader(TEAMS).load(client(env).defaultTeam())));
        wiring.type("User", type -> type.dataFetcher("clients",
                env -> env.<UserId, List<ClientView>>getDataLoader(LINKED).load(env.<UserView>getSource().id())));
        wiring.type("CollectionTerms", type -> type.dataFetcher("adminCosts", env -> {
            io.vorda.client.CollectionTerms terms = env.getSource();
            return terms.adminCosts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> Map.of("action", e.getKey(), "amount", e.getValue())).toList();
        }));
        wiring.type("Mutation", type -> type
                .dataFetcher("clientCreate", env -> Payloads.of("client", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    return clients.create(caller(env), new NewClient(partyId(in.get("partyId"), "partyId"),
                            Jurisdiction.valueOf(in.get("jurisdiction").toString()), (Currency) in.get("currency"),
                            terms(in.get("terms")), (String) in.get("remittanceIban"), teamId(in.get("defaultTeamId")),
                            contacts(in.get("contactIds"))));
                }))
                .dataFetcher("clientUpdate", env -> Payloads.of("client", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    return clients.update(caller(env), new ClientId(GlobalId.decode((String) in.get("clientId"), CLIENT, "clientId")),
                            new ClientChanges((Currency) in.get("currency"), in.get("terms") == null ? null : terms(in.get("terms")),
                                    (String) in.get("remittanceIban"), teamId(in.get("defaultTeamId")),
                                    in.get("contactIds") == null ? null : contacts(in.get("contactIds")),
                                    // an explicit null removes the default team; leaving the field out keeps it
                                    in.containsKey("defaultTeamId") && in.get("defaultTeamId") == null));
                }))
                .dataFetcher("userClientsSet", env -> Payloads.of("user", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    UserId user = new UserId(GlobalId.decode((String) in.get("userId"), "User", "userId"));
                    @SuppressWarnings("unchecked")
                    List<Object> ids = (List<Object>) in.get("clientIds");
                    clients.linkUser(caller(env), user, ids.stream()
                            .map(id -> new ClientId(GlobalId.decode(id.toString(), CLIENT, "clientIds"))).toList());
                    return users.findMany(caller(env), List.of(user)).get(user);
                })));
    }

    @Override
    public Map<Class<?>, String> nodeTypes() {
        return Map.of(ClientView.class, CLIENT, ClientSummary.class, CLIENT);
    }

    @Override
    public Object node(RequestContext request, GlobalId id) {
        return CLIENT.equals(id.type()) ? clients.find(request.caller(Caller.class), new ClientId(id.id())).orElse(null) : null;
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
        Caller caller = request.caller(Caller.class);
        registry.register(PROFILES, DataLoaderFactory.<PartyId, ClientView>newMappedDataLoader(
                (Set<PartyId> ids) -> CompletableFuture.completedFuture(clients.ofParties(caller, ids))));
        registry.register(PARTIES, DataLoaderFactory.<PartyId, PartyView>newMappedDataLoader(
                (Set<PartyId> ids) -> CompletableFuture.completedFuture(parties.findMany(caller, ids))));
        // whoever reached a client through a door that let them may see which party it is (client users included)
        registry.register(OWN_PARTIES, DataLoaderFactory.<PartyId, PartyView>newMappedDataLoader(
                (Set<PartyId> ids) -> CompletableFuture.completedFuture(parties.findMany(Caller.system(), ids))));
        registry.register(LINKED, DataLoaderFactory.<UserId, List<ClientView>>newMappedDataLoader(
                (Set<UserId> ids) -> CompletableFuture.completedFuture(clients.linkedClients(caller, ids))));
        registry.register(TEAMS, DataLoaderFactory.<TeamId, TeamView>newMappedDataLoader(
                (Set<TeamId> ids) -> CompletableFuture.completedFuture(teams.findMany(Caller.system(), ids))));
    }

    private static ClientView client(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }

    private static PartyId partyId(@Nullable Object value, String field) {
        if (value == null) {
            throw new DomainException(ErrorCode.REQUIRED, field + " is required.", field);
        }
        return new PartyId(GlobalId.decode(value.toString(), "Party", field));
    }

    private static @Nullable TeamId teamId(@Nullable Object value) {
        return value == null ? null : new TeamId(GlobalId.decode(value.toString(), "Team", "defaultTeamId"));
    }

    @SuppressWarnings("unchecked")
    private static List<PartyId> contacts(@Nullable Object value) {
        return value == null ? List.of() : ((List<Object>) value).stream().map(id -> partyId(id, "contactIds")).toList();
    }

    @SuppressWarnings("unchecked")
    private static TermsInput terms(Object value) {
        Map<String, Object> t = (Map<String, Object>) value;
        Map<CollectionAction, BigDecimal> costs = new EnumMap<>(CollectionAction.class);
        List<Map<String, Object>> fees = (List<Map<String, Object>>) t.get("adminCosts");
        if (fees != null) {
            for (Map<String, Object> fee : fees) {
                CollectionAction action = CollectionAction.valueOf(fee.get("action").toString());
                if (costs.put(action, (BigDecimal) fee.get("amount")) != null) {
                    throw new DomainException(ErrorCode.INVALID_FORMAT, "Each action has one fee; %s appears twice.".formatted(action), "terms.adminCosts");
                }
            }
        }
        Object order = t.get("allocationOrder");
        return new TermsInput(InterestBasis.valueOf(t.get("interestBasis").toString()),
                TransactionType.valueOf(t.get("transactionType").toString()), (BigDecimal) t.get("contractualAnnualRatePercent"),
                (BigDecimal) t.get("penaltyClausePercent"), (BigDecimal) t.get("penaltyClauseMinimumAmount"), costs,
                order == null ? AllocationOrder.JURISDICTION_DEFAULT : AllocationOrder.valueOf(order.toString()),
                (BigDecimal) t.get("commissionPercent"), Boolean.TRUE.equals(t.get("creditorCannotDeductVat")));
    }
}
