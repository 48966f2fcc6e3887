package io.vorda.platform.graphql;

import graphql.ExecutionInput;
import graphql.GraphQL;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.vorda.access.Caller;
import io.vorda.access.Sessions;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.api.ClientAddress;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import org.dataloader.DataLoaderRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Map;

/**
 * POST /graphql for signed-in staff. Runs on the blocking pool, because fetchers call doors that use JDBC
 * (stack-notes §3: never block the Netty event loop), with a fresh DataLoader registry per request.
 */
@Controller("/graphql")
@Secured(SecurityRule.IS_AUTHENTICATED)
class GraphQLEndpoint {

    /** A request that has not finished by then is stopped, so a runaway query cannot hold a worker for ever. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(GraphQLEndpoint.class);

    private final GraphQL graphQL;
    private final List<SchemaWiring> wirings;
    private final Sessions sessions;

    GraphQLEndpoint(GraphQL graphQL, List<SchemaWiring> wirings, Sessions sessions) {
        this.graphQL = graphQL;
        this.wirings = wirings;
        this.sessions = sessions;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, Object> execute(@Body GraphQLRequest body, Authentication authentication, HttpRequest<?> http) {
        Caller caller = Caller.fromClaims(authentication.getName(), authentication.getRoles(), authentication.getAttributes());
        if (caller.kind() != Caller.Kind.STAFF) {
            throw new DomainException(ErrorCode.PERMISSION_DENIED, "The staff API is for signed-in staff, not API clients.");
        }
        sessions.requireActive(caller);
        if (body.query() == null || body.query().isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "A GraphQL request needs a query.", "query");
        }
        RequestContext request = new RequestContext(caller, ClientAddress.of(http));
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        wirings.forEach(w -> w.registerLoaders(loaders, request));
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(body.query())
                .operationName(body.operationName())
                .variables(body.variables() == null ? Map.of() : body.variables())
                .graphQLContext(Map.of(RequestContext.class, request))
                .dataLoaderRegistry(loaders)
                .build();
        try {
            return graphQL.executeAsync(input).get(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS).toSpecification();
        } catch (TimeoutException e) {
            LOG.error("GraphQL request by {} exceeded {} (operation {})", caller.label(), TIME_LIMIT, body.operationName());
            return Map.of("errors", List.of(Map.of("message", "The request took too long and was stopped.",
                    "extensions", Map.of("code", "TIMEOUT"))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while executing a GraphQL request", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("GraphQL execution failed", e.getCause());
        }
    }
}
