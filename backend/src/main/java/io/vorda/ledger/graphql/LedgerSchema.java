package io.vorda.ledger.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Caller;
import io.vorda.api.GlobalId;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseView;
import io.vorda.cases.CaseViewer;
import io.vorda.cases.Cases;
import io.vorda.cases.ClaimView;
import io.vorda.ledger.CaseMoney;
import io.vorda.ledger.ChargeView;
import io.vorda.ledger.ClaimMoney;
import io.vorda.ledger.Ledger;
import io.vorda.ledger.PostingView;
import io.vorda.ledger.StatutoryCosts;
import io.vorda.interest.CollectionCost;
import io.vorda.interest.CostRule;
import io.vorda.api.Payloads;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import jakarta.inject.Singleton;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The staff API for case money: Case.money(asOf) (a statement of account, batched per request and day),
 * Case.openBalance (from the balance snapshot, batched — cheap enough for every row of a case list) and the accrual
 * runs (Query.accrualRuns, Mutation.accrualRunStart), Case.isOpenBalanceCurrent (false while a rate change is not
 * yet worked into the snapshot), and the statutory collection costs (Query.caseStatutoryCosts,
 * Mutation.caseStatutoryCostsCharge). Every field
 * goes through the Ledger door, which checks who may see money and who may charge it.
 */
@Singleton
class LedgerSchema implements SchemaWiring {

    private static final String MONEY = "ledger.money";
    private static final String OPEN_BALANCE = "ledger.openBalance";
    private static final String OPEN_BALANCE_CURRENT = "ledger.openBalanceCurrent";
    static final String POSTING = "Posting";

    /** A case's money on a day: the key of the statement loader. */
    private record MoneyKey(CaseId caseId, LocalDate asOf) {
    }

    /** A posting shown with its claim (resolved from the statement it belongs to). */
    private record PostingLine(PostingView posting, @Nullable ClaimView claim) {
    }

    private final Ledger ledger;
    private final Cases cases;
    private final Clock clock;

    LedgerSchema(Ledger ledger, Cases cases, Clock clock) {
        this.ledger = ledger;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Case", type -> type
                .dataFetcher("money", env -> {
                    LocalDate asOf = env.getArgument("asOf") == null ? LocalDate.now(clock) : env.getArgument("asOf");
                    return env.<MoneyKey, CaseMoney>getDataLoader(MONEY).load(new MoneyKey(env.<CaseView>getSource().id(), asOf));
                })
                .dataFetcher("openBalance", env -> env.<CaseId, Money>getDataLoader(OPEN_BALANCE).load(env.<CaseView>getSource().id()))
                .dataFetcher("isOpenBalanceCurrent", env -> env.<CaseId, Boolean>getDataLoader(OPEN_BALANCE_CURRENT)
                        .load(env.<CaseView>getSource().id())));
        wiring.type("CaseMoney", type -> type.dataFetcher("postings", env -> {
            CaseMoney money = env.getSource();
            Map<java.util.UUID, ClaimView> claims = money.claims().stream().map(ClaimMoney::claim)
                    .collect(Collectors.toMap(ClaimView::id, c -> c));
            return money.postings().stream().map(p -> new PostingLine(p, p.claimId() == null ? null : claims.get(p.claimId()))).toList();
        }));
        wiring.type("Charge", type -> type.dataFetcher("id", env -> GlobalId.encode(POSTING, env.<ChargeView>getSource().id().value())));
        wiring.type("Posting", type -> type
                .dataFetcher("id", env -> GlobalId.encode(POSTING, line(env).id().value()))
                .dataFetcher("kind", env -> line(env).kind())
                .dataFetcher("claim", env -> env.<PostingLine>getSource().claim())
                .dataFetcher("component", env -> line(env).component())
                .dataFetcher("amount", env -> line(env).amount())
                .dataFetcher("valueDate", env -> line(env).valueDate())
                .dataFetcher("bookedAt", env -> line(env).bookedAt())
                .dataFetcher("bookedBy", env -> line(env).bookedBy())
                .dataFetcher("reverses", env -> line(env).reverses() == null ? null : GlobalId.encode(POSTING, line(env).reverses().value()))
                .dataFetcher("explanation", env -> line(env).explanation()));
        wiring.type("Query", type -> type
                .dataFetcher("accrualRuns", env -> ledger.accrualRuns(caller(env),
                        env.getArgument("first") == null ? 10 : env.<Integer>getArgument("first")))
                .dataFetcher("caseStatutoryCosts", env -> ledger.statutoryCosts(caller(env), caseId(env.getArgument("caseId")))));
        wiring.type("Mutation", type -> type
                .dataFetcher("caseStatutoryCostsCharge", env -> Payloads.of("statutoryCosts", () ->
                        ledger.chargeStatutoryCosts(caller(env), caseId(env.<Map<String, Object>>getArgument("input").get("caseId")))))
                .dataFetcher("accrualRunStart", env -> Payloads.of("accrualRun", () -> ledger.startAccrualRun(caller(env),
                        String.valueOf(env.<Map<String, Object>>getArgument("input").get("reason"))))));
        wiring.type("StatutoryCosts", type -> type
                .dataFetcher("assessedOn", env -> LocalDate.now(clock))
                .dataFetcher("isChargeable", env -> env.<StatutoryCosts>getSource().isChargeable())
                .dataFetcher("isCharged", env -> env.<StatutoryCosts>getSource().isCharged()));
        wiring.type("StatutoryCost", type -> type
                .dataFetcher("claim", env -> cost(env).claim())
                .dataFetcher("amount", env -> cost(env).cost().amount())
                .dataFetcher("rule", env -> cost(env).cost().rule().name())
                .dataFetcher("citation", env -> cost(env).cost().legalSource())
                .dataFetcher("cappedBy", env -> cappedBy(env) == null ? null : cappedBy(env).name())
                .dataFetcher("cappedByCitation", env -> cappedBy(env) == null ? null : cappedBy(env).legalSource())
                .dataFetcher("chargeableFrom", env -> cost(env).cost().chargeableFrom())
                .dataFetcher("isChargeable", env -> cost(env).cost().isChargeable())
                .dataFetcher("lines", env -> cost(env).cost().lines())
                .dataFetcher("explanation", env -> cost(env).cost().explanation()));
        wiring.type("StatutoryCostLine", type -> type.dataFetcher("rule", env -> env.<CollectionCost.Line>getSource().rule().name()));
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
        Caller caller = request.caller(Caller.class);
        registry.register(MONEY, DataLoaderFactory.<MoneyKey, CaseMoney>newMappedDataLoader((Set<MoneyKey> keys) -> {
            Map<MoneyKey, CaseMoney> result = new HashMap<>();
            keys.stream().collect(Collectors.groupingBy(MoneyKey::asOf)).forEach((day, sameDay) ->
                    ledger.moneyOf(caller, sameDay.stream().map(MoneyKey::caseId).toList(), day)
                            .forEach((id, money) -> result.put(new MoneyKey(id, day), money)));
            return CompletableFuture.completedFuture(result);
        }));
        // the request's viewer, shared with the case list: a page's cases are checked once for every field
        CaseViewer viewer = request.shared(CaseViewer.class, () -> cases.viewer(caller));
        registry.register(OPEN_BALANCE, DataLoaderFactory.<CaseId, Money>newMappedDataLoader(
                (Set<CaseId> ids) -> CompletableFuture.completedFuture(ledger.openBalances(viewer, ids))));
        registry.register(OPEN_BALANCE_CURRENT, DataLoaderFactory.<CaseId, Boolean>newMappedDataLoader((Set<CaseId> ids) -> {
            Map<CaseId, Money> open = ledger.openBalances(viewer, ids); // null for those who may not see money
            Set<CaseId> outdated = ledger.outdatedOpenBalances(viewer, open.keySet());
            Map<CaseId, Boolean> result = new HashMap<>();
            open.keySet().forEach(id -> result.put(id, !outdated.contains(id)));
            return CompletableFuture.completedFuture(result);
        }));
    }

    private static StatutoryCosts.ClaimCost cost(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static @Nullable CostRule cappedBy(DataFetchingEnvironment env) {
        return cost(env).cost().cappedBy();
    }

    private static CaseId caseId(@Nullable Object id) {
        if (id == null) {
            throw new DomainException(ErrorCode.REQUIRED, "Say which case.", "caseId");
        }
        return new CaseId(GlobalId.decode(id.toString(), "Case", "caseId"));
    }

    private static PostingView line(DataFetchingEnvironment env) {
        return env.<PostingLine>getSource().posting();
    }

    private static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }
}
