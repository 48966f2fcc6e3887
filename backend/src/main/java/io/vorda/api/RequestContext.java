package io.vorda.api;

import graphql.schema.DataFetchingEnvironment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a GraphQL request knows about its origin, kept in the GraphQL context. Typed as {@code Object} for the caller
 * so that this kit need not know the access module; adapters cast to {@code io.vorda.access.Caller}.
 */
public record RequestContext(Object caller, String ipAddress, Map<Class<?>, Object> shared) {

    public RequestContext(Object caller, String ipAddress) {
        this(caller, ipAddress, new ConcurrentHashMap<>());
    }

    /**
     * The request's one object of a type, made on first use: what data fetchers and the per-request DataLoaders
     * share, e.g. the cases module's viewer, so the caller's visibility is looked up once per request.
     */
    public <T> T shared(Class<T> type, Supplier<T> make) {
        return type.cast(shared.computeIfAbsent(type, k -> make.get()));
    }

    public static RequestContext of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(RequestContext.class);
    }

    @SuppressWarnings("unchecked")
    public <T> T caller(Class<T> type) {
        return type.cast(caller);
    }
}
