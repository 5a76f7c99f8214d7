package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.io.TestFiles.jsonProblems;
import static org.rotaguard.io.TestFiles.yamlProblems;

import org.junit.jupiter.api.Test;

/** Text that is not YAML or JSON at all, or not one map of fields, with the exact message. */
class RotaFileSyntaxProblemsTest {
    @Test
    void yamlListNeverClosed() {
        assertThat(yamlProblems("format: rotaguard/1\nstart: [2026-08-05\nshifts: {}\n"))
                .isEqualTo("ed.yaml:3:7: YAML syntax error: found ':' (expected ',' or ']'), in the [ ] list that starts at"
                        + " line 2, column 8");
    }

    @Test
    void yamlTabIndentation() {
        assertThat(yamlProblems("format: rotaguard/1\nshifts:\n\tD: { start: \"09:00\" }\n"))
                .isEqualTo("ed.yaml:3:1: YAML syntax error: a tab character is not allowed here (indent with spaces)");
    }

    @Test
    void yamlBadIndentation() {
        assertThat(yamlProblems("shifts:\n  D: { start: \"09:00\" }\n   N: { start: \"20:00\" }\n"))
                .isEqualTo("ed.yaml:3:4: YAML syntax error: found a key indented differently from the keys before it"
                        + " (expected the end of the indented block), in the map that starts at line 2, column 3");
    }

    @Test
    void yamlQuoteNeverClosedPointsAtTheOpeningQuote() {
        assertThat(yamlProblems("format: rotaguard/1\nname: \"Emergency\nstart: 2026-08-05\n"))
                .isEqualTo("ed.yaml:2:7: YAML syntax error: the quoted text that starts here is never closed (expected a"
                        + " closing quote on the same value)");
    }

    @Test
    void yamlColonInAPlainValue() {
        assertThat(yamlProblems("format: rotaguard/1\nname: ED: nights\n"))
                .isEqualTo("ed.yaml:2:9: YAML syntax error: ':' is not allowed here (quote a value that contains ': ', or"
                        + " check the indentation)");
    }

    @Test
    void yamlDayStringStartingWithADash() {
        assertThat(yamlProblems("format: rotaguard/1\nassignments:\n  A: - - D\n"))
                .isEqualTo("ed.yaml:3:6: YAML syntax error: a '-' list item is not allowed here (quote a value that starts"
                        + " with '-', e.g. \"-  D  N\")");
    }

    @Test
    void yamlCharacterThatCannotStartAValue() {
        assertThat(yamlProblems("format: rotaguard/1\nname: @home\n"))
                .isEqualTo("ed.yaml:2:7: YAML syntax error: the character '@' cannot start a value (quote the value)");
    }

    @Test
    void yamlKeyThatIsAList() {
        assertThat(yamlProblems("format: rotaguard/1\n? [a, b]\n: 1\n"))
                .isEqualTo("ed.yaml:2:4: YAML syntax error: a key must be plain text, not a list or a map");
    }

    @Test
    void yamlAliasesAreRefused() {
        assertThat(yamlProblems("format: rotaguard/1\nstart: &s 2026-08-05\nname: *s\n"))
                .isEqualTo("ed.yaml:3:7: name: YAML aliases such as '*s' are not supported (expected the value written"
                        + " out in full)");
    }

    @Test
    void yamlSecondDocument() {
        String text = TestFiles.TEMPLATE_ROTA + "---\nformat: rotaguard/1\n";
        assertThat(yamlProblems(text))
                .isEqualTo("ed.yaml:13:1: a second YAML document starts here (expected a single rota per file)");
    }

    @Test
    void jsonTrailingComma() {
        assertThat(jsonProblems("{\"format\": \"rotaguard/1\",\n \"start\": \"2026-08-05\",\n}"))
                .isEqualTo("ed.json:3:1: JSON syntax error: unexpected '}' (expected a field name in double quotes)");
    }

    @Test
    void jsonMissingComma() {
        assertThat(jsonProblems("{\"format\": \"rotaguard/1\"\n \"start\": \"2026-08-05\"}"))
                .isEqualTo("ed.json:2:2: JSON syntax error: unexpected '\"' (expected ',' between fields)");
    }

    @Test
    void jsonStringNeverClosed() {
        assertThat(jsonProblems("{\"format\": \"rotaguard/1\",\n \"start\": \"2026-08-05"))
                .isEqualTo("ed.json:2:22: JSON syntax error: the file ends too early (expected a closing quote)");
    }

    @Test
    void jsonLineBreakInsideText() {
        assertThat(jsonProblems("{\"name\": \"Emergency\n department\"}"))
                .isEqualTo("ed.json:1:20: JSON syntax error: a line break inside quoted text (expected the closing quote"
                        + " first, or \\n)");
    }

    @Test
    void jsonSingleQuotes() {
        assertThat(jsonProblems("{\"format\": 'rotaguard/1'}"))
                .isEqualTo("ed.json:1:12: JSON syntax error: unexpected ''' (expected a value: text in double quotes, a"
                        + " number, a list, a map, true, false or null)");
    }

    @Test
    void jsonMisspelledWord() {
        assertThat(jsonProblems("{\"shareLines\": tru}"))
                .isEqualTo("ed.json:1:16: JSON syntax error: unrecognized word 'tru' (expected a value: text in double"
                        + " quotes, a number, a list, a map, true, false or null)");
    }

    @Test
    void jsonWrongCloser() {
        assertThat(jsonProblems("{\"shifts\": [1, 2}"))
                .isEqualTo("ed.json:1:17: JSON syntax error: unexpected '}' (expected ']' to close the list that starts at"
                        + " line 1, column 12)");
    }

    @Test
    void jsonDocumentNeverClosed() {
        assertThat(jsonProblems("{\"format\": \"rotaguard/1\",\n \"doctors\": [\n"))
                .isEqualTo("ed.json:3:1: JSON syntax error: the file ends too early (expected ']' to close the list that"
                        + " starts at line 2, column 13)");
    }

    @Test
    void jsonDuplicateKey() {
        String text = TestFiles.changed(jsonRota(), "\"start\": \"2026-08-05\",",
                "\"start\": \"2026-08-05\", \"start\": \"2026-08-06\",");
        assertThat(jsonProblems(text)).isEqualTo("ed.json:3:26: start: duplicate key 'start' (already given at line 3,"
                + " column 3; expected each key once)");
    }

    @Test
    void jsonContentAfterTheRota() {
        assertThat(jsonProblems(jsonRota() + "{}"))
                .isEqualTo("ed.json:9:1: more content after the end of the rota (expected the file to end)");
    }

    @Test
    void anEmptyFile() {
        assertThat(yamlProblems("")).isEqualTo("ed.yaml: the file is empty (expected a rota beginning with format:"
                + " rotaguard/1)");
        assertThat(yamlProblems("# only a comment\n")).isEqualTo("ed.yaml: the file is empty (expected a rota"
                + " beginning with format: rotaguard/1)");
        assertThat(jsonProblems("  \n")).isEqualTo("ed.json: the file is empty (expected a rota beginning with format:"
                + " rotaguard/1)");
    }

    @Test
    void aListInsteadOfAMapOfFields() {
        assertThat(yamlProblems("- format: rotaguard/1\n"))
                .isEqualTo("ed.yaml:1:1: found a list (expected a map of rota fields: format, start, shifts, doctors, ...)");
    }

    @Test
    void textInsteadOfAMapOfFields() {
        assertThat(jsonProblems("\"rotaguard/1\""))
                .isEqualTo("ed.json:1:1: found text 'rotaguard/1' (expected a map of rota fields: format, start, shifts,"
                        + " doctors, ...)");
    }

    /** The template rota of {@link TestFiles}, in JSON. */
    static String jsonRota() {
        return """
                {
                  "format": "rotaguard/1",
                  "start": "2026-08-05",
                  "shifts": { "D": { "start": "09:00", "end": "17:00" }, "N": { "start": "20:00", "end": "08:30" } },
                  "doctors": [ { "id": "A", "line": 1 }, { "id": "B", "line": 2 } ],
                  "template": [ "D  D  N  N  -  -  -",
                                "-  -  D  D  D  -  -" ]
                }
                """;
    }
}
