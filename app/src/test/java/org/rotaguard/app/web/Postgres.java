package org.rotaguard.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server for the tests. Uses ROTAGUARD_TEST_PG_URL (user/password
 * ROTAGUARD_TEST_PG_USER/_PASSWORD, default rota/rota) when set; otherwise starts the private
 * cluster of {@code .ci/pg-up.sh} on 127.0.0.1:55432. Each test run gets a fresh database.
 * The tests are skipped only when ROTAGUARD_TEST_PG=off says there is no PostgreSQL here.
 */
final class Postgres implements ExecutionCondition {
    private static final String DATABASE = "rotaguard_test";
    private static String url;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return "off".equals(System.getenv("ROTAGUARD_TEST_PG"))
                ? ConditionEvaluationResult.disabled("ROTAGUARD_TEST_PG=off: no PostgreSQL on this machine")
                : ConditionEvaluationResult.enabled("PostgreSQL tests run");
    }

    /** Points the application at the test database. */
    static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=" + user(),
                    "spring.datasource.password=" + password()).applyTo(context.getEnvironment());
        }
    }

    static synchronized String url() {
        if (url != null) {
            return url;
        }
        String server = System.getenv("ROTAGUARD_TEST_PG_URL");
        if (server == null) {
            startPrivateCluster();
            server = "jdbc:postgresql://127.0.0.1:55432/rota";
        }
        try (Connection c = DriverManager.getConnection(server, user(), password()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database on " + server + ": " + e.getMessage(), e);
        }
        url = server.substring(0, server.lastIndexOf('/') + 1) + DATABASE;
        return url;
    }

    private static String user() {
        return System.getenv().getOrDefault("ROTAGUARD_TEST_PG_USER", "rota");
    }

    private static String password() {
        return System.getenv().getOrDefault("ROTAGUARD_TEST_PG_PASSWORD", "rota");
    }

    private static void startPrivateCluster() {
        Path script = Path.of("").toAbsolutePath();
        while (script != null && !Files.exists(script.resolve(".ci/pg-up.sh"))) {
            script = script.getParent();
        }
        if (script == null) {
            throw new IllegalStateException(".ci/pg-up.sh not found above " + Path.of("").toAbsolutePath());
        }
        try {
            Path log = Files.createTempFile("pg-up", ".log");
            Process p = new ProcessBuilder("bash", script.resolve(".ci/pg-up.sh").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("PostgreSQL did not start (set ROTAGUARD_TEST_PG=off to skip these"
                        + " tests on a machine without it):\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run .ci/pg-up.sh: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        }
    }
}
