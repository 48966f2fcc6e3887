package io.vorda.api;

import graphql.schema.DataFetchingEnvironment;

/**
 * What a GraphQL request knows about its origin, kept in the GraphQL context. Typed as {@code Object} for the caller
 * so that this kit need not know the access module; adapters cast to {@code io.vorda.access.Caller}.
 */
public record RequestContext(Object caller, String ipAddress) {

    public static RequestContext of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(RequestContext.class);
    }

    @SuppressWarnings("unchecked")
    public <T> T caller(Class<T> type) {
        return type.cast(caller);
    }
}
