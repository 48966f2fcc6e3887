package io.vorda.platform.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.io.ResourceResolver;
import io.vorda.api.GlobalId;
import io.vorda.api.RequestContext;
import io.vorda.api.Scalars;
import io.vorda.api.SchemaWiring;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the staff GraphQL schema from the very SDL files in {@code api-spec/graphql} (copied onto the classpath
 * at build time), merged one registry per module file (GraphQL style rule 1), wired by every {@link SchemaWiring}.
 */
@Factory
class GraphQLFactory {

    /** The SDL files in load order: platform first, then the modules. */
    static final List<String> SCHEMA_FILES = List.of("platform.graphqls", "access.graphqls", "party.graphqls", "client.graphqls", "cases.graphqls",
            "arrangement.graphqls", "ledger.graphqls", "payment.graphqls",
            "rates.graphqls");
    private static final int MAX_DEPTH = 12;
    private static final int MAX_COMPLEXITY = 2_000;

    @Singleton
    GraphQL graphQL(ResourceResolver resources, List<SchemaWiring> wirings, GraphQLErrors errors) {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (String file : SCHEMA_FILES) {
            URL url = resources.getResource("classpath:graphql/" + file)
                    .orElseThrow(() -> new IllegalStateException("graphql/" + file + " is missing from the classpath"));
            try (InputStream in = url.openStream()) {
                registry.merge(parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<Class<?>, String> nodeTypes = new HashMap<>();
        wirings.forEach(w -> nodeTypes.putAll(w.nodeTypes()));

        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        Scalars.all().forEach(wiring::scalar);
        wiring.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(env -> {
            String type = nodeTypes.get(env.getObject().getClass());
            return type == null ? null : env.getSchema().getObjectType(type);
        }));
        wiring.type("Query", type -> type.dataFetcher("node", env -> {
            GlobalId id = GlobalId.decode(env.getArgument("id"), "id");
            RequestContext request = RequestContext.of(env);
            return wirings.stream().map(w -> w.node(request, id)).filter(n -> n != null).findFirst().orElse(null);
        }));
        wirings.forEach(w -> w.wire(wiring));

        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
        return GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(errors)
                .preparsedDocumentProvider(new DocumentCache())
                .instrumentation(new ChainedInstrumentation(
                        new MaxQueryDepthInstrumentation(MAX_DEPTH),
                        new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY)))
                .build();
    }
}
