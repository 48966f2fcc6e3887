package io.vorda.cases.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Action;
import io.vorda.access.Caller;
import io.vorda.access.Permissions;
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
import io.vorda.cases.Assignment;
import io.vorda.cases.CaseEventView;
import io.vorda.cases.CaseHolding;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseNoteView;
import io.vorda.cases.CaseReminderView;
import io.vorda.cases.NewReminder;
import io.vorda.cases.ReminderChannel;
import io.vorda.cases.ReminderKind;
import io.vorda.cases.CaseParty;
import io.vorda.cases.CaseRole;
import io.vorda.cases.CaseView;
import io.vorda.cases.CaseViewer;
import io.vorda.cases.Cases;
import io.vorda.cases.ClaimView;
import io.vorda.cases.CloseReason;
import io.vorda.cases.HoldReason;
import io.vorda.cases.NewCase;
import io.vorda.cases.NewClaim;
import io.vorda.client.ClientId;
import io.vorda.client.ClientSummary;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The staff API for cases: Query.cases, Query.caseByReference, node(id:), the Case fields (every association
 * through a per-request DataLoader) and the case mutations.
 */
@Singleton
class CaseSchema implements SchemaWiring {

    static final String CASE = "Case";
    private static final String PARTIES_OF = "cases.parties";
    private static final String CLAIMS_OF = "cases.claims";
    private static final String NOTES_OF = "cases.notes";
    private static final String TIMELINE_OF = "cases.timeline";
    private static final String REMINDERS_OF = "cases.reminders";
    private static final String DEBTORS_OF = "cases.debtors";
    private static final String PARTY = "cases.party";
    private static final String CLIENT = "cases.client";
    private static final String CLIENT_SUMMARY = "cases.clientSummary";
    /** The Client fields a {@link ClientSummary} answers. */
    private static final Set<String> SUMMARY_FIELDS = Set.of("__typename", "id", "name", "jurisdiction", "currency", "party");
    private static final String TEAM = "cases.team";
    private static final String USER = "cases.user";

    private final Cases cases;
    private final Clients clients;
    private final Parties parties;
    private final Teams teams;
    private final Users users;
    private final Permissions permissions;

    CaseSchema(Cases cases, Clients clients, Parties parties, Teams teams, Users users, Permissions permissions) {
        this.cases = cases;
        this.clients = clients;
        this.parties = parties;
        this.teams = teams;
        this.users = users;
        this.permissions = permissions;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("cases", this::list)
                .dataFetcher("caseByReference", env -> cases.findByReference(caller(env), env.getArgument("reference")).orElse(null))
                .dataFetcher("caseSearch", env -> cases.search(caller(env), env.getArgument("text"),
                        env.getArgument("first") == null ? 10 : env.<Integer>getArgument("first")))
                .dataFetcher("caseHoldings", env -> cases.holdings(caller(env))));
        wiring.type("CaseHolding", type -> type
                .dataFetcher("user", env -> env.<UserId, UserView>getDataLoader(USER).load(env.<CaseHolding>getSource().user()))
                .dataFetcher("byStatus", env -> env.<CaseHolding>getSource().byStatus().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> Map.of("status", e.getKey().name(), "count", e.getValue())).toList()));
        wiring.type("Case", type -> type
                .dataFetcher("id", env -> GlobalId.encode(CASE, view(env).id().value()))
                .dataFetcher("reference", env -> view(env).reference().toString())
                .dataFetcher("paymentReference", env -> Map.of("scheme", view(env).paymentReference().scheme().name(),
                        "value", view(env).paymentReference().value(), "printed", view(env).paymentReference().printed()))
                // a row showing the client's name needs neither its terms nor its contacts: two statements fewer
                .dataFetcher("client", env -> env.getSelectionSet().getImmediateFields().stream()
                        .allMatch(field -> SUMMARY_FIELDS.contains(field.getName()))
                        ? env.<ClientId, ClientSummary>getDataLoader(CLIENT_SUMMARY).load(view(env).client())
                        : env.<ClientId, ClientView>getDataLoader(CLIENT).load(view(env).client()))
                .dataFetcher("team", env -> view(env).team() == null ? null : env.<TeamId, TeamView>getDataLoader(TEAM).load(view(env).team()))
                .dataFetcher("assignee", env -> view(env).assignee() == null ? null
                        : env.<UserId, UserView>getDataLoader(USER).load(view(env).assignee()))
                .dataFetcher("parties", env -> this.<CaseParty>many(env, PARTIES_OF).thenApply(list -> list.stream()
                        .map(p -> Map.of("party", p.party(), "role", p.role())).toList()))
                // one loader from case to debtor parties: graphql-java 22 does not dispatch a DataLoader that is
                // called from inside another loader's future, so chaining PARTIES_OF into PARTY would hang
                .dataFetcher("debtors", env -> this.<PartyView>many(env, DEBTORS_OF))
                .dataFetcher("claims", env -> this.<ClaimView>many(env, CLAIMS_OF))
                .dataFetcher("principalTotal", env -> view(env).principalTotal())
                .dataFetcher("notes", env -> this.<CaseNoteView>many(env, NOTES_OF))
                .dataFetcher("timeline", env -> this.<CaseEventView>many(env, TIMELINE_OF))
                .dataFetcher("reminders", env -> this.<CaseReminderView>many(env, REMINDERS_OF)));
        wiring.type("CaseReminder", type -> type.dataFetcher("id", env -> GlobalId.encode("CaseReminder", env.<CaseReminderView>getSource().id())));
        wiring.type("CaseParty", type -> type.dataFetcher("party",
                env -> env.<PartyId, PartyView>getDataLoader(PARTY).load((PartyId) env.<Map<String, Object>>getSource().get("party"))));
        wiring.type("Claim", type -> type.dataFetcher("id", env -> GlobalId.encode("Claim", env.<ClaimView>getSource().id())));
        wiring.type("CaseNote", type -> type.dataFetcher("id", env -> GlobalId.encode("CaseNote", env.<CaseNoteView>getSource().id())));
        wiring.type("CaseEvent", type -> type.dataFetcher("id", env -> GlobalId.encode("CaseEvent", env.<CaseEventView>getSource().id())));
        wiring.type("Mutation", type -> type
                .dataFetcher("caseOpen", env -> change(env, in -> cases.open(caller(env), newCase(in))))
                .dataFetcher("caseActivate", env -> change(env, in -> cases.activate(caller(env), caseId(in))))
                .dataFetcher("caseHold", env -> change(env, in -> cases.hold(caller(env), caseId(in),
                        HoldReason.valueOf(in.get("reason").toString()), (String) in.get("note"))))
                .dataFetcher("caseRelease", env -> change(env, in -> cases.release(caller(env), caseId(in))))
                .dataFetcher("caseClose", env -> change(env, in -> cases.close(caller(env), caseId(in),
                        CloseReason.valueOf(in.get("reason").toString()), (String) in.get("note"))))
                .dataFetcher("caseReopen", env -> change(env, in -> cases.reopen(caller(env), caseId(in))))
                .dataFetcher("caseAssign", env -> change(env, in -> cases.assign(caller(env), caseId(in), new Assignment(
                        in.containsKey("teamId"), teamId(in.get("teamId")), in.containsKey("assigneeId"), userId(in.get("assigneeId"), "assigneeId")))))
                .dataFetcher("caseHandover", env -> Payloads.with(() -> {
                    Map<String, Object> in = env.getArgument("input");
                    int moved = cases.handOver(caller(env), userId(in.get("fromUserId"), "fromUserId"),
                            userId(in.get("toUserId"), "toUserId"), teamId(in.get("toTeamId")));
                    return Map.of("movedCount", moved);
                }, e -> Map.of("movedCount", 0)))
                .dataFetcher("caseNoteAdd", env -> change(env, in -> cases.addNote(caller(env), caseId(in), (String) in.get("text"))))
                .dataFetcher("caseReminderRecord", env -> change(env, in -> cases.recordReminder(caller(env), caseId(in), new NewReminder(
                        ReminderKind.valueOf(in.get("kind").toString()), (LocalDate) in.get("sentOn"), (LocalDate) in.get("receivedOn"),
                        ReminderChannel.valueOf(in.get("channel").toString())))))
                .dataFetcher("caseClaimAdd", env -> change(env, in -> cases.addClaim(caller(env), caseId(in), claim(in.get("claim")))))
                .dataFetcher("casePartyAdd", env -> change(env, in -> cases.addParty(caller(env), caseId(in), caseParty(in.get("party"))))));
    }

    @Override
    public Map<Class<?>, String> nodeTypes() {
        return Map.of(CaseView.class, CASE);
    }

    @Override
    public Object node(RequestContext request, GlobalId id) {
        return CASE.equals(id.type()) ? cases.find(request.caller(Caller.class), new CaseId(id.id())).orElse(null) : null;
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
        Caller caller = request.caller(Caller.class);
        // one viewer for the request: the caller's visibility is looked up, and each case checked, once for the list and
        // all loaders
        CaseViewer viewer = viewer(request);
        // the party list of a case is people's data: without the right to see parties (client users) it stays empty,
        // rather than listing parties whose every field would then be refused
        boolean seesParties = permissions.may(caller, Action.VIEW_PARTIES);
        // Case.parties and Case.debtors read the same case_parties rows; whichever loader runs first reads them
        Map<CaseId, List<CaseParty>> roles = new java.util.concurrent.ConcurrentHashMap<>();
        BiFunction<CaseViewer, Set<CaseId>, Map<CaseId, List<CaseParty>>> partiesOf = (v, ids) -> {
            List<CaseId> missing = ids.stream().filter(id -> !roles.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                roles.putAll(cases.partiesOf(v, missing));
            }
            Map<CaseId, List<CaseParty>> found = new java.util.LinkedHashMap<>();
            ids.forEach(id -> found.put(id, roles.getOrDefault(id, List.of())));
            return found;
        };
        register(registry, PARTIES_OF, viewer, seesParties ? partiesOf
                : (v, ids) -> ids.stream().collect(java.util.stream.Collectors.toMap(id -> id, id -> List.<CaseParty>of())));
        register(registry, CLAIMS_OF, viewer, cases::claimsOf);
        register(registry, NOTES_OF, viewer, cases::notesOf);
        register(registry, TIMELINE_OF, viewer, cases::timelinesOf);
        register(registry, REMINDERS_OF, viewer, cases::remindersOf);
        register(registry, DEBTORS_OF, viewer, (v, ids) -> debtorsOf(caller, partiesOf.apply(v, ids)));
        registry.register(PARTY, DataLoaderFactory.<PartyId, PartyView>newMappedDataLoader(
                (Set<PartyId> ids) -> CompletableFuture.completedFuture(parties.findMany(caller, ids))));
        // a case's client is shown to whoever may see the case, even staff who cannot browse the client list
        registry.register(CLIENT, DataLoaderFactory.<ClientId, ClientView>newMappedDataLoader(
                (Set<ClientId> ids) -> CompletableFuture.completedFuture(clients.findMany(Caller.system(), ids))));
        registry.register(CLIENT_SUMMARY, DataLoaderFactory.<ClientId, ClientSummary>newMappedDataLoader(
                (Set<ClientId> ids) -> CompletableFuture.completedFuture(clients.summaries(Caller.system(), ids))));
        registry.register(TEAM, DataLoaderFactory.<TeamId, TeamView>newMappedDataLoader(
                (Set<TeamId> ids) -> CompletableFuture.completedFuture(teams.findMany(Caller.system(), ids))));
        registry.register(USER, DataLoaderFactory.<UserId, UserView>newMappedDataLoader(
                (Set<UserId> ids) -> CompletableFuture.completedFuture(users.findMany(Caller.system(), ids))));
    }

    private Map<CaseId, List<PartyView>> debtorsOf(Caller caller, Map<CaseId, List<CaseParty>> roles) {
        Map<PartyId, PartyView> found = parties.findMany(caller, roles.values().stream().flatMap(List::stream)
                .filter(p -> p.role() == CaseRole.DEBTOR).map(CaseParty::party).distinct().toList());
        Map<CaseId, List<PartyView>> debtors = new java.util.LinkedHashMap<>();
        roles.forEach((id, list) -> debtors.put(id, list.stream().filter(p -> p.role() == CaseRole.DEBTOR)
                .map(p -> found.get(p.party())).filter(java.util.Objects::nonNull).toList()));
        return debtors;
    }

    private static <V> void register(DataLoaderRegistry registry, String name, CaseViewer viewer,
                                     BiFunction<CaseViewer, Set<CaseId>, Map<CaseId, List<V>>> batch) {
        registry.register(name, DataLoaderFactory.<CaseId, List<V>>newMappedDataLoader(
                (Set<CaseId> ids) -> CompletableFuture.completedFuture(batch.apply(viewer, ids))));
    }

    private <V> CompletableFuture<List<V>> many(DataFetchingEnvironment env, String loader) {
        return env.<CaseId, List<V>>getDataLoader(loader).load(view(env).id());
    }

    private Object list(DataFetchingEnvironment env) {
        return Connections.of(cases.list(viewer(RequestContext.of(env)), CaseListInput.filter(env.getArgument("filter")),
                CaseListInput.order(env.getArgument("orderBy")), PageRequest.of(env.getArgument("first"), env.getArgument("after"))));
    }

    private static Object change(DataFetchingEnvironment env, java.util.function.Function<Map<String, Object>, CaseView> action) {
        return Payloads.of("case", () -> action.apply(env.getArgument("input")));
    }

    private CaseViewer viewer(RequestContext request) {
        return request.shared(CaseViewer.class, () -> cases.viewer(request.caller(Caller.class)));
    }

    private static CaseView view(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }

    private static CaseId caseId(Map<String, Object> in) {
        return new CaseId(GlobalId.decode((String) in.get("caseId"), CASE, "caseId"));
    }

    private static @Nullable TeamId teamId(@Nullable Object value) {
        return CaseListInput.teamId(value, "teamId");
    }

    private static @Nullable UserId userId(@Nullable Object value, String field) {
        return CaseListInput.userId(value, field);
    }

    private static PartyId partyId(Object value, String field) {
        return new PartyId(GlobalId.decode(value.toString(), "Party", field));
    }

    @SuppressWarnings("unchecked")
    private static NewCase newCase(Map<String, Object> in) {
        Object client = in.get("clientId");
        if (client == null) {
            throw new DomainException(ErrorCode.REQUIRED, "A case needs a client.", "clientId");
        }
        List<Object> debtors = (List<Object>) in.getOrDefault("debtorIds", List.of());
        List<Map<String, Object>> others = (List<Map<String, Object>>) in.get("parties");
        List<Map<String, Object>> claims = (List<Map<String, Object>>) in.getOrDefault("claims", List.of());
        return new NewCase(new ClientId(GlobalId.decode(client.toString(), "Client", "clientId")),
                debtors.stream().map(d -> partyId(d, "debtorIds")).toList(),
                others == null ? List.of() : others.stream().map(CaseSchema::caseParty).toList(),
                claims.stream().map(CaseSchema::claim).toList(), teamId(in.get("teamId")), userId(in.get("assigneeId"), "assigneeId"));
    }

    @SuppressWarnings("unchecked")
    private static CaseParty caseParty(Object value) {
        Map<String, Object> p = (Map<String, Object>) value;
        return new CaseParty(partyId(p.get("partyId"), "partyId"), CaseRole.valueOf(p.get("role").toString()));
    }

    @SuppressWarnings("unchecked")
    private static NewClaim claim(Object value) {
        Map<String, Object> c = (Map<String, Object>) value;
        return new NewClaim((String) c.get("invoiceNumber"), (LocalDate) c.get("invoiceDate"), (LocalDate) c.get("dueDate"),
                (BigDecimal) c.get("principalAmount"), (String) c.get("description"), (String) c.get("clientReference"));
    }
}
