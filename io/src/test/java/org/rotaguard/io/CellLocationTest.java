package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.io.TestFiles.ASSIGNMENTS_ROTA;
import static org.rotaguard.io.TestFiles.changed;
import static org.rotaguard.io.TestFiles.jsonProblems;
import static org.rotaguard.io.TestFiles.yamlProblems;

import org.junit.jupiter.api.Test;

/** A problem in one cell of a day string points at that cell, however the string is written. */
class CellLocationTest {
    private static final String A_DAYS = "\"D  D  N  N  -\"";

    @Test
    void aPlainYamlString() {
        assertThat(yamlProblems(changed(ASSIGNMENTS_ROTA, A_DAYS, "D  D  X  N  -")))
                .isEqualTo("ed.yaml:10:12: assignments.A: cell 3: unknown shift code 'X' (defined: D, N)");
    }

    @Test
    void aSingleQuotedYamlString() {
        assertThat(yamlProblems(changed(ASSIGNMENTS_ROTA, A_DAYS, "'D  D  X  N  -'")))
                .isEqualTo("ed.yaml:10:13: assignments.A: cell 3: unknown shift code 'X' (defined: D, N)");
    }

    @Test
    void aCellAfterAWideCharacterIsCountedInCharacters() {
        String text = changed(ASSIGNMENTS_ROTA, "- id: A", "- id: \"\uD83D\uDE00\"", "  A: " + A_DAYS,
                "  \uD83D\uDE00: \"D  X\"");
        assertThat(yamlProblems(text))
                .isEqualTo("ed.yaml:10:10: assignments.\uD83D\uDE00: cell 2: unknown shift code 'X' (defined: D, N)");
    }

    @Test
    void jsonCountsCharactersNotUtf16Units() {
        String text = """
                {"format": "rotaguard/1", "start": "2026-08-05", "shifts": {"D": {"start": "09:00", "end": "17:00"}},
                 "doctors": [{"id": "A"}], "name": "\uD83D\uDE00 ward", "assignments": {"A": "D  X"}}
                """;
        assertThat(jsonProblems(text)).isEqualTo("ed.json:2:71: assignments.A: cell 2: unknown shift code 'X' (defined: D)");
    }

    @Test
    void aCoreProblemInAPlainString() {
        String text = changed(ASSIGNMENTS_ROTA, "  N: {", "  L: { start: \"08:00\", end: \"21:00\" }\n  N: {",
                "\"N  -  -  D  D\"", "N  L  -  D  D");
        assertThat(yamlProblems(text)).isEqualTo("ed.yaml:12:9: assignments.B: cell 2: duties overlap: L on 2026-08-06"
                + " starts 0h30m before the N of 2026-08-05 ends");
    }

    @Test
    void aStringWithEscapesPointsAtItsStart() {
        assertThat(yamlProblems(changed(ASSIGNMENTS_ROTA, A_DAYS, "\"D\\tD  X  N  -\"")))
                .isEqualTo("ed.yaml:10:6: assignments.A: cell 3: unknown shift code 'X' (defined: D, N)");
    }

    @Test
    void aStringOverSeveralLinesPointsAtItsStart() {
        assertThat(yamlProblems(changed(ASSIGNMENTS_ROTA, A_DAYS, ">-\n    D  D\n    X  N  -")))
                .isEqualTo("ed.yaml:10:6: assignments.A: cell 3: unknown shift code 'X' (defined: D, N)");
    }
}
