package io.vorda.platform;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestDatabase;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The web apps, API docs, health and metrics on the API's own port. */
@MicronautTest(transactional = false)
class WebAppsIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path root = Files.createTempDirectory("vorda-web");
            Files.writeString(root.resolve("index.html"), "<html>staff app</html>");
            Files.writeString(root.resolve("portal.html"), "<html>portal app</html>");
            Files.writeString(root.resolve("field.html"), "<html>field app</html>");
            Files.createDirectories(root.resolve("assets"));
            Files.writeString(root.resolve("assets/app-1a2b.js"), "console.log('hi')");
            Map<String, String> properties = new HashMap<>(TestDatabase.properties());
            properties.put("vorda.web-root", root.toString());
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void each_app_answers_its_own_client_side_routes() {
        assertThat(http.get("/").body()).contains("staff app");
        assertThat(http.get("/admin/users").body()).contains("staff app");
        assertThat(http.get("/portal/l/SomeTokenThatIsLongEnough").body()).contains("portal app");
        assertThat(http.get("/field/today").body()).contains("field app");
    }

    @Test
    void fingerprinted_assets_are_cached_for_a_year() {
        Reply reply = http.get("/assets/app-1a2b.js");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("immutable"));
    }

    @Test
    void missing_files_and_unknown_api_paths_are_404_and_paths_cannot_escape_the_web_root() {
        assertThat(http.get("/assets/missing.js").status()).isEqualTo(404);
        assertThat(http.get("/api/nothing-here").status()).isEqualTo(404);
        assertThat((String) http.get("/api/nothing-here").at("code")).isEqualTo("NOT_FOUND");
        assertThat(http.get("/assets/..%2F..%2Fetc%2Fpasswd").status()).isEqualTo(404);
    }

    @Test
    void health_metrics_and_api_documentation_are_served_without_a_sign_in() {
        assertThat(http.get("/health").status()).isEqualTo(200);
        assertThat(http.get("/prometheus").body()).contains("jvm_memory_used_bytes");
        assertThat(http.get("/api-docs/").body()).contains("swagger-ui-bundle.js");
        assertThat(http.get("/api-docs/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(http.get("/openapi/integrations.v1.yaml").body()).contains("obtainAccessToken");
        assertThat(http.get("/openapi/staff.v1.yaml").body()).contains("exportCases");
        assertThat(http.get("/api-docs/initializer.js").body()).contains("/openapi/staff.v1.yaml");
    }
}
