package io.vorda.api;

import io.vorda.shared.DomainException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Mutation payloads: runs one door call and returns {@code {<field>: result, userErrors: []}}, or, when the door
 * refuses with a {@link DomainException}, {@code {<field>: null, userErrors: [{code, field, message}]}}
 * (GraphQL style rule 6; Shopify's userErrors).
 */
public final class Payloads {

    private Payloads() {
    }

    public static Map<String, Object> of(String field, Supplier<?> action) {
        return with(() -> Map.of(field, action.get()));
    }

    /** For payloads with more than one field, e.g. an API client and its one-time secret. */
    public static Map<String, Object> with(Supplier<Map<String, ?>> action) {
        return with(action, e -> Map.of());
    }

    /** As {@link #with(Supplier)}, adding payload fields that explain a refusal (e.g. the duplicates found). */
    public static Map<String, Object> with(Supplier<Map<String, ?>> action,
                                           java.util.function.Function<DomainException, Map<String, ?>> onRefusal) {
        Map<String, Object> payload = new HashMap<>();
        try {
            payload.putAll(action.get());
            payload.put("userErrors", List.of());
        } catch (DomainException e) {
            payload.putAll(onRefusal.apply(e));
            Map<String, Object> error = new HashMap<>();
            error.put("code", e.code().name());
            error.put("message", e.getMessage());
            error.put("field", e.field() == null ? null : fieldPath(e.field()));
            payload.put("userErrors", List.of(error));
        }
        return payload;
    }

    /** "address.postcode" → ["input", "address", "postcode"]. */
    private static List<String> fieldPath(String field) {
        List<String> path = new java.util.ArrayList<>();
        path.add("input");
        path.addAll(List.of(field.split("\\.")));
        return path;
    }
}
