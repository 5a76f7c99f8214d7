package org.rotaguard.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileException;
import org.rotaguard.io.RotaFileFormat;
import org.rotaguard.io.RotaFileReader;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start against a database, stores the example rotas so there is something to look
 * at. It runs once every bean (the database migration included) is ready and before the web
 * server opens, so no page is ever served from a half-seeded store.
 */
@Component
public class ExampleSeeder implements SmartInitializingSingleton {
    static final String SEEDING = "examples-v1";
    /** The examples shipped in the jar, in the order the rota list shows them. */
    static final List<String> EXAMPLES = List.of("emergency-department.yaml", "medical-on-call.yaml",
            "ltft-doctors.yaml", "unsafe-rota.yaml", "clock-changes.yaml");

    private final RotaStore store;
    private final TransactionTemplate transaction;

    public ExampleSeeder(RotaStore store, TransactionTemplate transaction) {
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> seed());
    }

    private void seed() {
        if (store.seeded(SEEDING)) {
            return;
        }
        for (String file : EXAMPLES) {
            String text = example(file);
            try {
                Rota rota = RotaFileReader.read(text, file, RotaFileFormat.YAML);
                store.add(rota.name().isBlank() ? file : rota.name(), RotaFileFormat.YAML, text);
            } catch (RotaFileException e) {
                throw new IllegalStateException("example " + file + " does not read: " + e.getMessage(), e);
            }
        }
        store.markSeeded(SEEDING);
    }

    static String example(String file) {
        try (InputStream in = ExampleSeeder.class.getResourceAsStream("examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("example " + file + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read example " + file, e);
        }
    }
}
