package io.vorda.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain JDK HTTP client against the embedded server, so tests see exactly what a browser or integrator sees:
 * status, headers and raw body.
 */
@Singleton
public class TestHttp {

    private final EmbeddedServer server;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newHttpClient();

    public TestHttp(EmbeddedServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
    }

    /** What came back. */
    public record Reply(int status, Map<String, List<String>> headers, String body, JsonMapper json) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public List<String> headerValues(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            try {
                return json.readValue(body, Map.class);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        /** Follows a dotted path through nested maps and lists, e.g. {@code data.users.nodes.0.email}. */
        @SuppressWarnings("unchecked")
        public <T> T at(String path) {
            Object node = map();
            for (String step : path.split("\\.")) {
                if (node instanceof List<?> list) {
                    node = list.get(Integer.parseInt(step));
                } else if (node instanceof Map<?, ?> m) {
                    node = m.get(step);
                } else {
                    return null;
                }
            }
            return (T) node;
        }
    }

    public Reply get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public Reply post(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (!hasHeader(headers, "Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        return send(request, headers);
    }

    public Reply putJson(String path, Map<String, ?> body, String... headers) {
        try {
            return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .header("Content-Type", "application/json"), headers);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public Reply postJson(String path, Map<String, ?> body, String... headers) {
        try {
            return post(path, json.writeValueAsString(body), headers);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** POST /graphql with a bearer token. */
    public Reply graphql(String token, String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return postJson("/graphql", body, "Authorization", "Bearer " + token);
    }

    /** Signs in and returns the access token; fails the test if sign-in fails. */
    public String signIn(String email, String password) {
        Reply reply = postJson("/api/auth/login", Map.of("email", email, "password", password));
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + email + " failed: " + reply.status() + " " + reply.body());
        }
        return reply.at("accessToken");
    }

    private Reply send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI uri(String path) {
        return URI.create(server.getURL().toString() + path);
    }

    private static boolean hasHeader(String[] headers, String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
