package org.rotaguard.io.guardian;

import java.nio.file.Path;
import org.rotaguard.core.guardian.FineTable;

/** Reads the published penalty-rate tables and the v13 fine parameters from YAML. */
public final class FineTableReader {
    /** The tables shipped with rotaguard. */
    public static final String DEFAULT_RESOURCE = "/org/rotaguard/io/guardian/fines.yaml";

    private FineTableReader() {
    }

    /** The shipped tables (pay-circulars: every published period and nodal point). */
    public static FineTable standard() {
        throw new UnsupportedOperationException("not yet");
    }

    public static FineTable read(Path file) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads YAML text; {@code name} names it in error messages. */
    public static FineTable read(String text, String name) {
        throw new UnsupportedOperationException("not yet");
    }
}
