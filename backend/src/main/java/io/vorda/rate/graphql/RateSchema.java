package io.vorda.rate.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Caller;
import io.vorda.api.Connections;
import io.vorda.api.GlobalId;
import io.vorda.api.Payloads;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.interest.Compounding;
import io.vorda.interest.DayCount;
import io.vorda.interest.InterestBasis;
import io.vorda.interest.InterestRequest;
import io.vorda.interest.StatutoryRate;
import io.vorda.rate.ExchangeRateCorrection;
import io.vorda.rate.ExchangeRateFilter;
import io.vorda.rate.ExchangeRateId;
import io.vorda.rate.ExchangeRateKey;
import io.vorda.rate.ExchangeRateView;
import io.vorda.rate.InterestRateCorrection;
import io.vorda.rate.InterestRateEntryId;
import io.vorda.rate.InterestRateEntryView;
import io.vorda.rate.NewExchangeRate;
import io.vorda.rate.NewInterestRatePeriod;
import io.vorda.rate.RateAdministration;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import io.vorda.shared.Money;
import io.vorda.shared.PageRequest;
import jakarta.inject.Singleton;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Query.interestRateTables/interestRateTable/exchangeRates/interestPreview and the rate mutations. */
@Singleton
class RateSchema implements SchemaWiring {

    static final String ENTRY = "InterestRateEntry";
    static final String EXCHANGE_RATE = "ExchangeRate";
    private static final String HISTORIES = "rate.exchangeRateHistories";

    private final RateAdministration rates;

    RateSchema(RateAdministration rates) {
        this.rates = rates;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("interestRateTables", env -> rates.interestRateTables(caller(env)))
                .dataFetcher("interestRateTable", env -> rates.interestRateTable(caller(env), StatutoryRate.valueOf(env.getArgument("rate"))))
                .dataFetcher("exchangeRates", env -> {
                    Map<String, Object> filter = env.getArgument("filter") == null ? Map.of() : env.getArgument("filter");
                    return Connections.of(rates.exchangeRates(caller(env), new ExchangeRateFilter((Currency) filter.get("baseCurrency"),
                            (Currency) filter.get("quoteCurrency"), (LocalDate) filter.get("from"), (LocalDate) filter.get("to")),
                            PageRequest.of(env.getArgument("first"), env.getArgument("after"))));
                })
                .dataFetcher("interestPreview", env -> Payloads.of("interest",
                        () -> rates.previewInterest(caller(env), previewRequest(env.getArgument("input"))))));
        wiring.type(ENTRY, type -> type.dataFetcher("id", env -> GlobalId.encode(ENTRY, env.<InterestRateEntryView>getSource().id().value())));
        wiring.type(EXCHANGE_RATE, type -> type
                .dataFetcher("id", env -> GlobalId.encode(EXCHANGE_RATE, env.<ExchangeRateView>getSource().id().value()))
                .dataFetcher("history", env -> env.<ExchangeRateKey, List<ExchangeRateView>>getDataLoader(HISTORIES)
                        .load(env.<ExchangeRateView>getSource().key())));
        wiring.type("Mutation", type -> type
                .dataFetcher("interestRatePeriodAdd", env -> entryPayload(env, in -> rates.addInterestRatePeriod(caller(env),
                        new NewInterestRatePeriod(StatutoryRate.valueOf(in.get("rate").toString()), (LocalDate) in.get("validFrom"),
                                (BigDecimal) in.get("annualRatePercent"), (LocalDate) in.get("publishedThrough"),
                                (Boolean) in.get("isConfirmed"), (String) in.get("source")))))
                .dataFetcher("interestRatePeriodCorrect", env -> entryPayload(env, in -> rates.correctInterestRatePeriod(caller(env),
                        entryId(in), new InterestRateCorrection((BigDecimal) in.get("annualRatePercent"), (LocalDate) in.get("publishedThrough"),
                                (Boolean) in.get("isConfirmed"), (String) in.get("source")))))
                .dataFetcher("interestRatePeriodWithdraw", env -> entryPayload(env,
                        in -> rates.withdrawInterestRatePeriod(caller(env), entryId(in), (String) in.get("reason"))))
                .dataFetcher("exchangeRateAdd", env -> Payloads.of("exchangeRate", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    return rates.addExchangeRate(caller(env), new NewExchangeRate((Currency) in.get("baseCurrency"),
                            (Currency) in.get("quoteCurrency"), (LocalDate) in.get("rateDate"), (BigDecimal) in.get("rate"),
                            (Boolean) in.get("isConfirmed"), (String) in.get("source")));
                }))
                .dataFetcher("exchangeRateCorrect", env -> Payloads.of("exchangeRate", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    return rates.correctExchangeRate(caller(env), exchangeRateId(in), new ExchangeRateCorrection((BigDecimal) in.get("rate"),
                            (Boolean) in.get("isConfirmed"), (String) in.get("source")));
                }))
                .dataFetcher("exchangeRateWithdraw", env -> Payloads.of("exchangeRate", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    return rates.withdrawExchangeRate(caller(env), exchangeRateId(in), (String) in.get("reason"));
                })));
    }

    @Override
    public Map<Class<?>, String> nodeTypes() {
        return Map.of(InterestRateEntryView.class, ENTRY, ExchangeRateView.class, EXCHANGE_RATE);
    }

    @Override
    public @Nullable Object node(RequestContext request, GlobalId id) {
        Caller caller = request.caller(Caller.class);
        return switch (id.type()) {
            case ENTRY -> rates.findInterestRateEntry(caller, new InterestRateEntryId(id.id())).orElse(null);
            case EXCHANGE_RATE -> rates.findExchangeRate(caller, new ExchangeRateId(id.id())).orElse(null);
            default -> null;
        };
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
        Caller caller = request.caller(Caller.class);
        registry.register(HISTORIES, DataLoaderFactory.<ExchangeRateKey, List<ExchangeRateView>>newMappedDataLoader(
                (Set<ExchangeRateKey> keys) -> CompletableFuture.completedFuture(rates.exchangeRateHistories(caller, keys))));
    }

    /** The entry and the table it changed, as the table now reads. */
    private Map<String, Object> entryPayload(DataFetchingEnvironment env, java.util.function.Function<Map<String, Object>, InterestRateEntryView> action) {
        return Payloads.with(() -> {
            InterestRateEntryView entry = action.apply(env.getArgument("input"));
            return Map.of("entry", entry, "table", rates.interestRateTable(caller(env), entry.rate()));
        });
    }

    /**
     * The preview's input as the engine's request. The basis names exactly one kind of rate; points and agreed
     * percentages are checked here so that a refusal names the input's own field.
     */
    private static InterestRequest previewRequest(Map<String, Object> in) {
        Currency currency = (Currency) in.get("currency");
        Money principal;
        try {
            principal = new Money((BigDecimal) in.get("principal"), currency);
        } catch (ArithmeticException e) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "%s has more decimals than %s allows."
                    .formatted(((BigDecimal) in.get("principal")).toPlainString(), currency.getCurrencyCode()), "principal");
        }
        return InterestRequest.of(principal, (LocalDate) in.get("firstInterestDate"), (LocalDate) in.get("lastInterestDate"),
                basis(castMap(in.get("basis"))), DayCount.valueOf(in.get("dayCount").toString()));
    }

    private static InterestBasis basis(Map<String, Object> basis) {
        Object statutory = basis.get("statutoryRate");
        BigDecimal points = (BigDecimal) basis.get("pointsAbove");
        BigDecimal annual = (BigDecimal) basis.get("annualPercent");
        BigDecimal monthly = (BigDecimal) basis.get("monthlyPercent");
        Object compounding = basis.get("compounding");
        long given = java.util.stream.Stream.of(statutory, annual, monthly).filter(java.util.Objects::nonNull).count();
        if (given != 1) {
            throw new DomainException(given == 0 ? ErrorCode.REQUIRED : ErrorCode.INVALID_FORMAT,
                    "Give exactly one of statutoryRate, annualPercent or monthlyPercent.", "basis");
        }
        if (points != null && statutory == null) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "Points are added to a statutory rate only.", "basis.pointsAbove");
        }
        if (statutory != null) {
            StatutoryRate rate = StatutoryRate.valueOf(statutory.toString());
            Compounding how = compounding == null ? (points == null ? rate.compounding() : Compounding.NONE)
                    : Compounding.valueOf(compounding.toString());
            return new InterestBasis.Statutory(rate, points == null ? BigDecimal.ZERO : points, how);
        }
        Compounding how = compounding == null ? Compounding.NONE : Compounding.valueOf(compounding.toString());
        if (annual != null) {
            return new InterestBasis.AnnualPercent(notNegative(annual, "basis.annualPercent"), how);
        }
        return new InterestBasis.MonthlyPercent(notNegative(monthly, "basis.monthlyPercent"), how);
    }

    private static BigDecimal notNegative(BigDecimal percent, String field) {
        if (percent.signum() < 0) {
            throw new DomainException(ErrorCode.INVALID_FORMAT, "An agreed rate cannot be negative, was " + percent.toPlainString(), field);
        }
        return percent;
    }

    private static InterestRateEntryId entryId(Map<String, Object> in) {
        return new InterestRateEntryId(GlobalId.decode((String) in.get("entryId"), ENTRY, "entryId"));
    }

    private static ExchangeRateId exchangeRateId(Map<String, Object> in) {
        return new ExchangeRateId(GlobalId.decode((String) in.get("exchangeRateId"), EXCHANGE_RATE, "exchangeRateId"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }
}
