package io.vorda.platform.graphql;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.vorda.shared.DomainException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Turns exceptions in queries into GraphQL errors that never carry internals (Shopify rule 23): a broken business
 * rule keeps its code and message; anything unexpected is logged once with a reference and shown only as that
 * reference — no class names, stack traces or SQL.
 */
@Singleton
class GraphQLErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQLErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters params) {
        Throwable error = params.getException();
        Map<String, Object> extensions = new HashMap<>();
        String message;
        ErrorClassification classification;
        if (error instanceof DomainException domain) {
            extensions.put("code", domain.code().name());
            if (domain.field() != null) {
                extensions.put("field", domain.field());
            }
            message = domain.getMessage();
            classification = ErrorClassification.errorClassification(domain.code().kind().name());
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.error("GraphQL field {} failed (reference {})", params.getPath(), reference, error);
            extensions.put("code", "INTERNAL_ERROR");
            extensions.put("reference", reference);
            message = "Something went wrong on our side (reference %s).".formatted(reference);
            classification = ErrorClassification.errorClassification("INTERNAL");
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult()
                .error(GraphqlErrorBuilder.newError(params.getDataFetchingEnvironment())
                        .message(message).errorType(classification).extensions(extensions).build())
                .build());
    }
}
