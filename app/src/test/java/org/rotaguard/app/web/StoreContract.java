package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.io.RotaFileFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rota store and its schema, run against each database (subclasses choose it). */
abstract class StoreContract {
    @Autowired
    RotaStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMigrationsHaveRun() {
        List<String> versions = jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                + " ORDER BY \"installed_rank\"").query(String.class).list();
        assertThat(versions).contains("1");
    }

    @Test
    void theExamplesAreSeededOnce() {
        assertThat(store.seeded(ExampleSeeder.SEEDING)).isTrue();
        assertThat(store.all()).extracting(StoredRota::name)
                .contains("Emergency Department - junior tier, full-shift rota", "Trauma and orthopaedics - unsafe draft rota");
        int seedings = jdbc.sql("SELECT COUNT(*) FROM seeding").query(Integer.class).single();
        assertThat(seedings).isEqualTo(1);
    }

    @Test
    void aRotaFileComesBackExactlyAsStored() {
        String text = "# Größe, café, 夜勤 and an emoji 🩺\n" + "x".repeat(1_500_000) + "\n";
        long id = store.add("Ünïcode rota", RotaFileFormat.JSON, text);

        StoredRota stored = store.find(id).orElseThrow();

        assertThat(stored.fileText()).isEqualTo(text);
        assertThat(stored.name()).isEqualTo("Ünïcode rota");
        assertThat(stored.format()).isEqualTo(RotaFileFormat.JSON);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdAt()).isEqualTo(stored.updatedAt());
        store.delete(id);
    }

    @Test
    void aReplacementOfAnOlderVersionIsRefused() {
        long id = store.add("r", RotaFileFormat.YAML, "a");

        assertThat(store.replace(id, 1, "r", RotaFileFormat.YAML, "b")).isTrue();
        assertThat(store.replace(id, 1, "r", RotaFileFormat.YAML, "c")).isFalse();

        StoredRota stored = store.find(id).orElseThrow();
        assertThat(stored.fileText()).isEqualTo("b");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.updatedAt()).isAfterOrEqualTo(stored.createdAt());
        store.delete(id);
    }

    @Test
    void deletedRotasAreGone() {
        long id = store.add("r", RotaFileFormat.YAML, "a");

        assertThat(store.delete(id)).isTrue();

        assertThat(store.find(id)).isEmpty();
        assertThat(store.delete(id)).isFalse();
        assertThat(store.replace(id, 1, "r", RotaFileFormat.YAML, "b")).isFalse();
    }

    @Test
    void theSchemaRefusesAnUnknownFormat() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("INSERT INTO rota (name, file_format,"
                        + " file_text, version, created_at, updated_at) VALUES ('x', 'XML', 'x', 1, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
