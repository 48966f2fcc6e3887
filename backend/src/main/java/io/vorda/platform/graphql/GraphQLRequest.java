package io.vorda.platform.graphql;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** The body of a POST /graphql request (GraphQL over HTTP). */
@Serdeable
record GraphQLRequest(@Nullable String query, @Nullable String operationName,
                      @Nullable Map<String, Object> variables, @Nullable Map<String, Object> extensions) {
}
