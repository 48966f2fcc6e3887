package io.vorda.platform.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated GraphQL documents by their text. The staff app sends the same few documents again and again
 * with other variables; parsing and validating each one anew was a large part of a small request's cost (ADR
 * 0008). Only valid documents are kept, at most {@link #SIZE}, least recently used out first, so odd or hostile
 * queries cannot fill the memory.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    static final int SIZE = 500;

    private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > SIZE;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                     Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry known;
        synchronized (documents) {
            known = documents.get(input.getQuery());
        }
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
        if (!parsed.hasErrors()) {
            synchronized (documents) {
                documents.put(input.getQuery(), parsed);
            }
        }
        return CompletableFuture.completedFuture(parsed);
    }
}
