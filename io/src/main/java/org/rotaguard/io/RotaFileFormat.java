package org.rotaguard.io;

import java.util.Locale;
import java.util.Optional;

/** The two syntaxes a rota file may be written in; both carry the same structure. */
public enum RotaFileFormat {
    YAML,
    JSON;

    /** The format named by a file's extension: {@code .yaml}/{@code .yml} or {@code .json}. */
    public static Optional<RotaFileFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
