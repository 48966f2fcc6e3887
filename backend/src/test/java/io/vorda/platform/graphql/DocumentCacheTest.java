package io.vorda.platform.graphql;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCacheTest {

    private final DocumentCache cache = new DocumentCache();
    private final AtomicInteger parsed = new AtomicInteger();

    private final Function<ExecutionInput, PreparsedDocumentEntry> parseValid = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private final Function<ExecutionInput, PreparsedDocumentEntry> parseInvalid = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("no such field").build());
    };

    private PreparsedDocumentEntry get(String query, Function<ExecutionInput, PreparsedDocumentEntry> parse) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse).join();
    }

    @Test
    void a_document_sent_again_is_parsed_and_validated_once() {
        PreparsedDocumentEntry first = get("{ me { id } }", parseValid);
        PreparsedDocumentEntry second = get("{ me { id } }", parseValid);

        assertThat(second.getDocument()).isSameAs(first.getDocument());
        assertThat(parsed).hasValue(1);
    }

    @Test
    void an_invalid_document_is_checked_every_time_and_keeps_its_errors() {
        PreparsedDocumentEntry first = get("{ nope }", parseInvalid);
        PreparsedDocumentEntry second = get("{ nope }", parseInvalid);

        assertThat(first.hasErrors()).isTrue();
        assertThat(second.hasErrors()).isTrue();
        assertThat(parsed).hasValue(2);
    }

    @Test
    void it_keeps_at_most_its_size_and_drops_the_least_recently_used() {
        get("{ a0 }", parseValid);
        for (int i = 1; i <= DocumentCache.SIZE; i++) {
            get("{ a" + i + " }", parseValid);
            get("{ a1 }", parseValid); // a1 stays recently used
        }
        int before = parsed.get();

        get("{ a1 }", parseValid);
        get("{ a0 }", parseValid);

        assertThat(parsed.get() - before).as("a1 kept, a0 dropped and parsed again").isEqualTo(1);
    }
}
