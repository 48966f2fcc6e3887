package io.vorda.payment.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Caller;
import io.vorda.api.Connections;
import io.vorda.api.GlobalId;
import io.vorda.api.Payloads;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.cases.CaseId;
import io.vorda.cases.CaseView;
import io.vorda.cases.Cases;
import io.vorda.ledger.AppliedPayment;
import io.vorda.ledger.Ledger;
import io.vorda.ledger.PaymentId;
import io.vorda.party.Parties;
import io.vorda.party.PartyId;
import io.vorda.party.PartyView;
import io.vorda.payment.NewPayment;
import io.vorda.payment.PaymentFilter;
import io.vorda.payment.PaymentMethod;
import io.vorda.payment.PaymentOrder;
import io.vorda.payment.PaymentPart;
import io.vorda.payment.PaymentSplit;
import io.vorda.payment.PaymentView;
import io.vorda.payment.Payments;
import io.vorda.payment.SplitScheme;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The staff API for payments: Query.payments, node(id:) for Payment, the Payment fields (every association through a
 * per-request DataLoader) and the mutations paymentRegister, paymentSplit and paymentReverse.
 */
@Singleton
class PaymentSchema implements SchemaWiring {

    static final String PAYMENT = "Payment";
    private static final String PAYMENT_LOADER = "payments.payment";
    private static final String CASE = "payments.case";
    private static final String PARTY = "payments.party";
    private static final String APPLIED = "payments.applied";

    /** A case's part of a payment: the key of the loader of what it settles. */
    private record PartKey(PaymentId payment, CaseId caseId) {
    }

    /** A part shown with its payment (a part alone does not know which payment it belongs to). */
    private record PartLine(PaymentId payment, PaymentPart part) {
    }

    private final Payments payments;
    private final Ledger ledger;
    private final Cases cases;
    private final Parties parties;

    PaymentSchema(Payments payments, Ledger ledger, Cases cases, Parties parties) {
        this.payments = payments;
        this.ledger = ledger;
        this.cases = cases;
        this.parties = parties;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("payments", this::list));
        wiring.type(PAYMENT, type -> type
                .dataFetcher("id", env -> GlobalId.encode(PAYMENT, env.<PaymentView>getSource().id().value()))
                .dataFetcher("payer", env -> {
                    PartyId payer = env.<PaymentView>getSource().payer();
                    return payer == null ? null : env.<PartyId, PartyView>getDataLoader(PARTY).load(payer);
                })
                .dataFetcher("parts", env -> env.<PaymentView>getSource().parts().stream()
                        .map(part -> new PartLine(env.<PaymentView>getSource().id(), part)).toList()));
        wiring.type("PaymentPart", type -> type
                .dataFetcher("case", env -> env.<CaseId, CaseView>getDataLoader(CASE).load(env.<PartLine>getSource().part().caseId()))
                .dataFetcher("amount", env -> env.<PartLine>getSource().part().amount())
                .dataFetcher("applied", env -> env.<PartKey, AppliedPayment>getDataLoader(APPLIED)
                        .load(new PartKey(env.<PartLine>getSource().payment(), env.<PartLine>getSource().part().caseId()))));
        wiring.type("AppliedPayment", type -> type.dataFetcher("payment",
                env -> env.<PaymentId, PaymentView>getDataLoader(PAYMENT_LOADER).load(env.<AppliedPayment>getSource().payment())));
        wiring.type("Mutation", type -> type
                .dataFetcher("paymentRegister", env -> Payloads.of("payment", () -> payments.register(caller(env), newPayment(env.getArgument("input")))))
                .dataFetcher("paymentSplit", env -> Payloads.of("payment", () -> payments.split(caller(env), split(env.getArgument("input")))))
                .dataFetcher("paymentReverse", env -> Payloads.of("payment", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    return payments.reverse(caller(env), new PaymentId(GlobalId.decode((String) in.get("paymentId"), PAYMENT, "paymentId")),
                            (String) in.get("reason"));
                })));
    }

    @Override
    public Map<Class<?>, String> nodeTypes() {
        return Map.of(PaymentView.class, PAYMENT);
    }

    @Override
    public Object node(RequestContext request, GlobalId id) {
        return PAYMENT.equals(id.type()) ? payments.find(request.caller(Caller.class), new PaymentId(id.id())).orElse(null) : null;
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
        Caller caller = request.caller(Caller.class);
        registry.register(PAYMENT_LOADER, DataLoaderFactory.<PaymentId, PaymentView>newMappedDataLoader(
                (Set<PaymentId> ids) -> CompletableFuture.completedFuture(payments.findMany(caller, ids))));
        registry.register(CASE, DataLoaderFactory.<CaseId, CaseView>newMappedDataLoader(
                (Set<CaseId> ids) -> CompletableFuture.completedFuture(cases.findMany(caller, ids))));
        registry.register(PARTY, DataLoaderFactory.<PartyId, PartyView>newMappedDataLoader(
                (Set<PartyId> ids) -> CompletableFuture.completedFuture(parties.findMany(caller, ids))));
        registry.register(APPLIED, DataLoaderFactory.<PartKey, AppliedPayment>newMappedDataLoader((Set<PartKey> keys) -> {
            Map<PartKey, AppliedPayment> result = new HashMap<>();
            ledger.paymentsOf(caller, keys.stream().map(PartKey::payment).distinct().toList()).forEach((payment, applied) ->
                    applied.forEach(a -> result.put(new PartKey(payment, a.caseId()), a)));
            result.keySet().retainAll(keys);
            return CompletableFuture.completedFuture(result);
        }));
    }

    private Object list(DataFetchingEnvironment env) {
        Map<String, Object> f = env.getArgument("filter") == null ? Map.of() : env.getArgument("filter");
        Map<String, Object> order = env.getArgument("orderBy");
        @SuppressWarnings("unchecked")
        List<Object> methods = (List<Object>) f.get("methods");
        Set<PaymentMethod> methodSet = methods == null ? null : methods.stream().map(m -> PaymentMethod.valueOf(m.toString()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentMethod.class)));
        PaymentFilter filter = new PaymentFilter(caseId(f.get("caseId"), "filter.caseId"), partyId(f.get("payerId"), "filter.payerId"),
                methodSet, (LocalDate) f.get("valueDateFrom"), (LocalDate) f.get("valueDateTo"), (BigDecimal) f.get("amountFrom"),
                (BigDecimal) f.get("amountTo"), (Boolean) f.get("reversed"));
        PaymentOrder sort = order == null ? PaymentOrder.newestFirst() : new PaymentOrder(
                PaymentOrder.Field.valueOf(order.get("field").toString()), "ASC".equals(order.get("direction").toString()));
        return Connections.of(payments.list(caller(env), filter, sort, PageRequest.of(env.getArgument("first"), env.getArgument("after"))));
    }

    @SuppressWarnings("unchecked")
    private static NewPayment newPayment(Map<String, Object> in) {
        List<Object> designated = (List<Object>) in.get("designatedClaimIds");
        List<UUID> claims = new java.util.ArrayList<>();
        if (designated != null) {
            for (int i = 0; i < designated.size(); i++) {
                claims.add(GlobalId.decode(designated.get(i).toString(), "Claim", "designatedClaimIds." + i));
            }
        }
        return new NewPayment(caseId(in.get("caseId"), "caseId"), (BigDecimal) in.get("amount"), (Currency) in.get("currency"),
                (LocalDate) in.get("valueDate"), PaymentMethod.valueOf(in.get("method").toString()), claims,
                partyId(in.get("payerId"), "payerId"), (String) in.get("note"));
    }

    @SuppressWarnings("unchecked")
    private static PaymentSplit split(Map<String, Object> in) {
        List<Object> caseIds = (List<Object>) in.getOrDefault("caseIds", List.of());
        List<Map<String, Object>> parts = (List<Map<String, Object>>) in.getOrDefault("parts", List.of());
        List<CaseId> cases = new java.util.ArrayList<>();
        for (int i = 0; i < (caseIds == null ? 0 : caseIds.size()); i++) {
            cases.add(caseId(caseIds.get(i), "caseIds." + i));
        }
        List<PaymentSplit.Part> named = new java.util.ArrayList<>();
        for (int i = 0; i < (parts == null ? 0 : parts.size()); i++) {
            named.add(new PaymentSplit.Part(caseId(parts.get(i).get("caseId"), "parts." + i + ".caseId"),
                    (BigDecimal) parts.get(i).get("amount")));
        }
        return new PaymentSplit(SplitScheme.valueOf(in.get("scheme").toString()), cases, named, (BigDecimal) in.get("amount"),
                (Currency) in.get("currency"), (LocalDate) in.get("valueDate"), PaymentMethod.valueOf(in.get("method").toString()),
                partyId(in.get("payerId"), "payerId"), (String) in.get("note"));
    }

    private static @Nullable CaseId caseId(@Nullable Object value, String field) {
        return value == null ? null : new CaseId(GlobalId.decode(value.toString(), "Case", field));
    }

    private static @Nullable PartyId partyId(@Nullable Object value, String field) {
        return value == null ? null : new PartyId(GlobalId.decode(value.toString(), "Party", field));
    }

    private static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }
}
