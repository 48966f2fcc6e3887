package io.vorda.api;

import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

import java.util.Map;

/**
 * What a module's GraphQL adapter contributes: its data fetchers, the Java types behind its {@code Node}
 * implementations, and its per-request DataLoaders. {@code platform} collects every bean of this type.
 */
public interface SchemaWiring {

    /** Adds this module's fetchers for the fields it owns. */
    void wire(RuntimeWiring.Builder wiring);

    /** The GraphQL type name for each Java view class this module exposes as a Node. */
    default Map<Class<?>, String> nodeTypes() {
        return Map.of();
    }

    /** Resolves {@code node(id:)} for a type this module owns, or returns null to pass. */
    default Object node(RequestContext request, GlobalId id) {
        return null;
    }

    /** Registers this request's DataLoaders (fresh per request, so caches never leak between callers). */
    default void registerLoaders(DataLoaderRegistry registry, RequestContext request) {
    }
}
