package io.vorda.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh PostgreSQL database for this test run (ARCHITECTURE §2): on the server named by
 * {@code VORDA_TEST_DATABASE_URL}; else in a Testcontainers PostgreSQL when a Docker engine answers; else on the
 * repository's private cluster ({@code docker/local/pg-cluster.sh}). Never H2, never the machine's own service.
 */
public final class TestDatabase {

    private static Map<String, String> properties;

    private TestDatabase() {
    }

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = create();
        }
        return properties;
    }

    private static Map<String, String> create() {
        String url = System.getenv("VORDA_TEST_DATABASE_URL");
        String user = System.getenv().getOrDefault("VORDA_TEST_DATABASE_USER", "postgres");
        String password = System.getenv().getOrDefault("VORDA_TEST_DATABASE_PASSWORD", "postgres");
        if (url == null || url.isBlank()) {
            if (dockerAnswers()) {
                return Containers.start();
            }
            url = privateCluster();
        }
        String name = "vorda_test_%d_%04d".formatted(System.currentTimeMillis() / 1000, ThreadLocalRandom.current().nextInt(10_000));
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + url + ": " + e.getMessage(), e);
        }
        String maintenanceUrl = url;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(maintenanceUrl, user, password, name)));
        String testUrl = url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return Map.of("datasources.default.url", testUrl, "datasources.default.username", user,
                "datasources.default.password", password);
    }

    private static void drop(String url, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static boolean dockerAnswers() {
        return Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null;
    }

    /** Starts (if needed) the repository's private cluster and returns its maintenance database URL. */
    private static String privateCluster() {
        Path script = Path.of("..", "docker", "local", "pg-cluster.sh").toAbsolutePath().normalize();
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No test database: set VORDA_TEST_DATABASE_URL, run a Docker engine, or keep "
                    + script + " (the private PostgreSQL cluster script).");
        }
        run(script, "start");
        return run(script, "url", "postgres").strip();
    }

    private static String run(Path script, String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = script.toString();
            System.arraycopy(args, 0, command, 1, args.length);
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(script + " " + String.join(" ", args) + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kept apart so that the Testcontainers classes load only when a Docker engine is there. */
    private static final class Containers {
        static Map<String, String> start() {
            var container = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return Map.of("datasources.default.url", container.getJdbcUrl(),
                    "datasources.default.username", container.getUsername(),
                    "datasources.default.password", container.getPassword());
        }
    }
}
