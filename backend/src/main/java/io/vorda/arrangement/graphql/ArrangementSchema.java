package io.vorda.arrangement.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Caller;
import io.vorda.api.GlobalId;
import io.vorda.api.Payloads;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.arrangement.ArrangementMonitor;
import io.vorda.arrangement.ArrangementTerms;
import io.vorda.arrangement.Arrangements;
import io.vorda.arrangement.Frequency;
import io.vorda.arrangement.InterestDuringPlan;
import io.vorda.arrangement.PaymentPlanId;
import io.vorda.arrangement.PaymentPlanView;
import io.vorda.arrangement.PlanRequest;
import io.vorda.arrangement.PromiseId;
import io.vorda.arrangement.PromiseView;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.client.ClientId;
import io.vorda.client.ClientView;
import io.vorda.client.Clients;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import jakarta.inject.Singleton;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The staff API for arrangements: Case.paymentPlan and Case.promises (DataLoaders), Client.arrangementTerms, the
 * plan preview, the monitor's runs, node(id:) for plans and promises, and the plan, promise and terms mutations.
 */
@Singleton
class ArrangementSchema implements SchemaWiring {

    private static final String PLAN = "PaymentPlan";
    private static final String PROMISE = "PaymentPromise";
    private static final String PLAN_OF = "arrangement.plan";
    private static final String PROMISES_OF = "arrangement.promises";
    private static final String TERMS_OF = "arrangement.terms";

    private final Arrangements arrangements;
    private final ArrangementMonitor monitor;
    private final Cases cases;
    private final Clients clients;

    ArrangementSchema(Arrangements arrangements, ArrangementMonitor monitor, Cases cases, Clients clients) {
        this.arrangements = arrangements;
        this.monitor = monitor;
        this.cases = cases;
        this.clients = clients;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("paymentPlanPreview", env -> Payloads.of("preview",
                        () -> arrangements.preview(caller(env), request(env.getArgument("input")))))
                .dataFetcher("arrangementMonitorRuns", env -> monitor.recentRuns(caller(env),
                        env.getArgument("first") == null ? 10 : env.<Integer>getArgument("first"))));
        wiring.type("Case", type -> type
                .dataFetcher("paymentPlan", env -> env.<CaseId, PaymentPlanView>getDataLoader(PLAN_OF).load(env.<CaseView>getSource().id()))
                .dataFetcher("promises", env -> env.<CaseId, List<PromiseView>>getDataLoader(PROMISES_OF).load(env.<CaseView>getSource().id())));
        wiring.type("Client", type -> type.dataFetcher("arrangementTerms",
                env -> env.<ClientId, ArrangementTerms>getDataLoader(TERMS_OF).load(env.<ClientView>getSource().id())));
        wiring.type(PLAN, type -> type
                .dataFetcher("id", env -> GlobalId.encode(PLAN, env.<PaymentPlanView>getSource().id().value()))
                .dataFetcher("scheduleCsv", env -> env.<PaymentPlanView>getSource().csv()));
        wiring.type(PROMISE, type -> type.dataFetcher("id", env -> GlobalId.encode(PROMISE, env.<PromiseView>getSource().id().value())));
        wiring.type("Mutation", type -> type
                .dataFetcher("paymentPlanCreate", env -> Payloads.with(() -> {
                    Map<String, Object> in = env.getArgument("input");
                    PlanRequest request = request(in);
                    PaymentPlanView plan = arrangements.createPlan(caller(env), request);
                    return Map.of("paymentPlan", plan, "case", caseOf(env, plan.caseId()));
                }))
                .dataFetcher("paymentPlanCancel", env -> Payloads.with(() -> {
                    Map<String, Object> in = env.getArgument("input");
                    PaymentPlanView plan = arrangements.cancelPlan(caller(env),
                            new PaymentPlanId(GlobalId.decode((String) in.get("paymentPlanId"), PLAN, "paymentPlanId")), (String) in.get("reason"));
                    return Map.of("paymentPlan", plan, "case", caseOf(env, plan.caseId()));
                }))
                .dataFetcher("promiseCreate", env -> Payloads.with(() -> {
                    Map<String, Object> in = env.getArgument("input");
                    PromiseView promise = arrangements.makePromise(caller(env), caseId(in), (LocalDate) in.get("promisedOn"),
                            (BigDecimal) in.get("amount"), (String) in.get("note"));
                    return Map.of("promise", promise, "case", caseOf(env, promise.caseId()));
                }))
                .dataFetcher("arrangementMonitorRunStart", env -> Payloads.of("run", () -> monitor.startNow(caller(env))))
                .dataFetcher("clientArrangementTermsUpdate", env -> Payloads.of("client", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    ClientId client = new ClientId(GlobalId.decode((String) in.get("clientId"), "Client", "clientId"));
                    arrangements.setTerms(caller(env), client, new ArrangementTerms(
                            InterestDuringPlan.valueOf(in.get("interestDuringPlan").toString()), (Integer) in.get("graceDays"),
                            (Integer) in.get("missedInstalmentsToBreak")));
                    return clients.find(caller(env), client).orElseThrow();
                })));
    }

    @Override
    public Map<Class<?>, String> nodeTypes() {
        return Map.of(PaymentPlanView.class, PLAN, PromiseView.class, PROMISE);
    }

    @Override
    public Object node(RequestContext request, GlobalId id) {
        Caller caller = request.caller(Caller.class);
        if (PLAN.equals(id.type())) {
            return arrangements.findPlan(caller, new PaymentPlanId(id.id())).orElse(null);
        }
        return PROMISE.equals(id.type()) ? arrangements.findPromise(caller, new PromiseId(id.id())).orElse(null) : null;
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
        Caller caller = request.caller(Caller.class);
        registry.register(PLAN_OF, DataLoaderFactory.<CaseId, PaymentPlanView>newMappedDataLoader(
                (Set<CaseId> ids) -> CompletableFuture.completedFuture(arrangements.plansOf(caller, ids))));
        registry.register(PROMISES_OF, DataLoaderFactory.<CaseId, List<PromiseView>>newMappedDataLoader(
                (Set<CaseId> ids) -> CompletableFuture.completedFuture(arrangements.promisesOf(caller, ids))));
        registry.register(TERMS_OF, DataLoaderFactory.<ClientId, ArrangementTerms>newMappedDataLoader(
                (Set<ClientId> ids) -> CompletableFuture.completedFuture(arrangements.termsOf(caller, ids))));
    }

    private CaseView caseOf(DataFetchingEnvironment env, CaseId id) {
        return cases.find(caller(env), id).orElseThrow();
    }

    private static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }

    private static CaseId caseId(Map<String, Object> in) {
        return new CaseId(GlobalId.decode((String) in.get("caseId"), "Case", "caseId"));
    }

    private static PlanRequest request(Map<String, Object> in) {
        Object frequency = in.get("frequency");
        if (frequency == null || in.get("firstDueOn") == null) {
            throw new DomainException(ErrorCode.REQUIRED, "A plan needs a frequency and a first due date.",
                    frequency == null ? "frequency" : "firstDueOn");
        }
        return new PlanRequest(caseId(in), (Integer) in.get("instalmentCount"), (BigDecimal) in.get("instalmentAmount"),
                Frequency.valueOf(frequency.toString()), (LocalDate) in.get("firstDueOn"), (BigDecimal) in.get("downPayment"),
                (LocalDate) in.get("downPaymentDueOn"), (Integer) in.get("graceDays"), (BigDecimal) in.get("openBalance"));
    }
}
