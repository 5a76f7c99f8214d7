package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.rotaguard.core.rota.Rota;

/** Small rota files for tests, and ways to read them. */
final class TestFiles {
    /** A sound cyclic rota; tests change one thing in it. */
    static final String TEMPLATE_ROTA = """
            format: rotaguard/1
            start: 2026-08-05
            shifts:
              D: { start: "09:00", end: "17:00" }
              N: { start: "20:00", end: "08:30" }
            doctors:
              - { id: A, line: 1 }
              - { id: B, line: 2 }
            template:
              - "D  D  N  N  -  -  -"
              - "-  -  D  D  D  -  -"
            """;

    /** A sound rota of dated assignments. */
    static final String ASSIGNMENTS_ROTA = """
            format: rotaguard/1
            start: 2026-08-05
            shifts:
              D: { start: "09:00", end: "17:00" }
              N: { start: "20:00", end: "08:30" }
            doctors:
              - id: A
              - id: B
            assignments:
              A: "D  D  N  N  -"
              B: "N  -  -  D  D"
            """;

    private TestFiles() {
    }

    /** {@code text} with each {@code (old, new)} pair replaced; each {@code old} must occur exactly once. */
    static String changed(String text, String... replacements) {
        for (int i = 0; i < replacements.length; i += 2) {
            String old = replacements[i];
            assertThat(text.indexOf(old)).as("'%s' occurs once", old).isGreaterThanOrEqualTo(0)
                    .isEqualTo(text.lastIndexOf(old));
            text = text.replace(old, replacements[i + 1]);
        }
        return text;
    }

    static Rota yaml(String text) throws RotaFileException {
        return RotaFileReader.read(text, "ed.yaml", RotaFileFormat.YAML);
    }

    static Rota json(String text) throws RotaFileException {
        return RotaFileReader.read(text, "ed.json", RotaFileFormat.JSON);
    }

    /** The message of the exception that reading YAML text (as ed.yaml) ends in. */
    static String yamlProblems(String text) {
        return problems(text, "ed.yaml", RotaFileFormat.YAML);
    }

    static String jsonProblems(String text) {
        return problems(text, "ed.json", RotaFileFormat.JSON);
    }

    static String problems(String text, String name, RotaFileFormat format) {
        RotaFileException e = catchThrowableOfType(RotaFileException.class,
                () -> RotaFileReader.read(text, name, format));
        assertThat(e).as("reading %s fails", name).isNotNull();
        return e.getMessage();
    }

    static Path resource(String name) {
        try {
            return Paths.get(TestFiles.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resourceText(String name) {
        try {
            return java.nio.file.Files.readString(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that two rotas carry the same content (Rota itself has no equals). */
    static void assertSameRota(Rota actual, Rota expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.start()).isEqualTo(expected.start());
        assertThat(actual.zone()).isEqualTo(expected.zone());
        assertThat(actual.contract()).isEqualTo(expected.contract());
        assertThat(actual.shiftTypes()).containsExactlyEntriesOf(expected.shiftTypes());
        assertThat(actual.doctors()).containsExactlyElementsOf(expected.doctors());
        assertThat(actual.schedule()).isEqualTo(expected.schedule());
        assertThat(actual.shareLines()).isEqualTo(expected.shareLines());
        assertThat(actual.prospectiveCover()).isEqualTo(expected.prospectiveCover());
        assertThat(actual.bankHolidays()).isEqualTo(expected.bankHolidays());
    }
}
