package org.rotaguard.app.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.rotaguard.io.RotaFileFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Rotas kept as rota files in the database (H2 or PostgreSQL, same schema). */
@Repository
public class RotaStore {
    private static final String COLUMNS = "id, name, file_format, file_text, version, created_at, updated_at";
    private final JdbcClient jdbc;

    public RotaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredRota> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rota ORDER BY id").query(RotaStore::row).list();
    }

    public Optional<StoredRota> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rota WHERE id = ?").param(id).query(RotaStore::row).optional();
    }

    /** Saves a new rota (already read and found sound) and returns its id. */
    public long add(String name, RotaFileFormat format, String fileText) {
        OffsetDateTime now = now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rota (name, file_format, file_text, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 1, ?, ?)")
                .params(name, format.name(), fileText, now, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Replaces a rota's file if it is still at {@code version}; false when it is gone or someone
     * changed it meanwhile, so that no edit silently overwrites another.
     */
    public boolean replace(long id, int version, String name, RotaFileFormat format, String fileText) {
        return jdbc.sql("UPDATE rota SET name = ?, file_format = ?, file_text = ?, version = version + 1, updated_at = ?"
                        + " WHERE id = ? AND version = ?")
                .params(name, format.name(), fileText, now(), id, version)
                .update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM rota WHERE id = ?").param(id).update() == 1;
    }

    boolean seeded(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM seeding WHERE name = ?").param(name).query(Integer.class).single() > 0;
    }

    void markSeeded(String name) {
        jdbc.sql("INSERT INTO seeding (name, done_at) VALUES (?, ?)").params(name, now()).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static StoredRota row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new StoredRota(rs.getLong("id"), rs.getString("name"), RotaFileFormat.valueOf(rs.getString("file_format")),
                rs.getString("file_text"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
