package org.rotaguard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FatigueCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CheckCommandTest.Run run(String... args) {
        return CheckCommandTest.run(args);
    }

    private static String rota(String name) {
        return Path.of("src/test/resources/rotas", name).toString();
    }

    private static String sleep(String name) {
        return Path.of("src/test/resources/sleep", name).toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode json(String... args) throws Exception {
        CheckCommandTest.Run run = run(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void theJsonHasTheSpecFieldsInOrderWithUnroundedValues() throws Exception {
        JsonNode root = json("fatigue", rota("first-night.yaml"), "--format", "json");
        assertThat(fieldNames(root)).startsWith("rota", "model");
        assertThat(fieldNames(root)).contains("doctors");
        assertThat(root.get("rota").asText()).isEqualTo("A first night after two days off");
        assertThat(root.get("model").asText()).isEqualTo("three-process-model");
        assertThat(root.get("parameters").asText()).isEqualTo("TPM-Ingre2014-FIPS0.2.1+sleep-v1");
        JsonNode a = root.get("doctors").get(0);
        assertThat(fieldNames(a)).startsWith("id", "duties");
        assertThat(a.get("id").asText()).isEqualTo("A");
        JsonNode n = a.get("duties").get(0);
        assertThat(fieldNames(n)).startsWith("start", "end", "maxKss", "meanKss", "minAlertness", "meanAlertness",
                "minutesKssAtLeast7", "minutesKssAtLeast8", "band");
        // The duty of the command-line specification's example, to the same digits and beyond.
        assertThat(n.get("start").asText()).isEqualTo("2024-03-04T20:00:00Z");
        assertThat(n.get("end").asText()).isEqualTo("2024-03-05T08:30:00Z");
        assertThat(n.get("maxKss").asDouble()).isCloseTo(6.876018795233315, within(1e-9));
        assertThat(n.get("meanKss").asDouble()).isCloseTo(5.6907854033536935, within(1e-9));
        assertThat(n.get("minAlertness").asDouble()).isCloseTo(6.206635341277808, within(1e-9));
        assertThat(n.get("meanAlertness").asDouble()).isCloseTo(8.182024327743845, within(1e-9));
        assertThat(n.get("maxKss").asText()).hasSizeGreaterThan(10);
        assertThat(n.get("minutesKssAtLeast7").asInt()).isZero();
        assertThat(n.get("minutesKssAtLeast8").asInt()).isZero();
        assertThat(n.get("band").asText()).isEqualTo("green");
        assertThat(a.get("simulationStart").asText()).isEqualTo("2024-03-01T23:00:00Z");
        assertThat(a.get("sleepSource").asText()).isEqualTo("inferred");
        assertThat(a.get("summary").get("worstDuty").get("maxKss").asDouble()).isEqualTo(n.get("maxKss").asDouble());
    }

    @Test
    void onCallPeriodsCountOnlyWhenWorkIsExpected() throws Exception {
        JsonNode b = json("fatigue", rota("first-night.yaml"), "--format", "json").get("doctors").get(1);
        assertThat(b.get("duties")).hasSize(1);
        assertThat(b.get("duties").get(0).get("code").asText()).isEqualTo("OC");
        assertThat(b.get("duties").get(0).get("onCall").asBoolean()).isTrue();
    }

    @Test
    void dutiesAreInTimeOrder() throws Exception {
        JsonNode root = json("fatigue", "../examples/medical-on-call.yaml", "--format", "json");
        for (JsonNode doctor : root.get("doctors")) {
            String previous = "";
            for (JsonNode duty : doctor.get("duties")) {
                String start = java.time.OffsetDateTime.parse(duty.get("start").asText()).toInstant().toString();
                assertThat(start).isGreaterThanOrEqualTo(previous);
                previous = start;
            }
        }
    }

    @Test
    void theTextReportNamesTheWorstShiftsWithTheirTimes() {
        CheckCommandTest.Run run = run("fatigue", "../examples/clock-changes.yaml");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Result    44 duties: 39 green, 5 amber, 0 red")
                .contains("Worst     KSS 7.30: Dr Ravi Patel (patel), N Sat 24 Oct 20:00–08:00")
                .contains("1. Sat 24 Oct 20:00–08:00      N    KSS 7.30 at 04:35  amber  4h45m at 7+")
                .contains("on duty: green 150h50m · amber 11h10m · red 0h · sleep inferred");
    }

    @Test
    void fatigueRunsOnEveryExample() throws Exception {
        try (var files = Files.list(Path.of("../examples"))) {
            List<Path> examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
            for (Path example : examples) {
                CheckCommandTest.Run text = run("fatigue", example.toString());
                assertThat(text.status()).as(example.toString()).isZero();
                assertThat(text.err()).isEmpty();
                JsonNode root = json("fatigue", example.toString(), "--format", "json");
                assertThat(root.get("doctors")).isNotEmpty();
            }
        }
    }

    @Test
    void realSleepReplacesTheInferredSleep() throws Exception {
        JsonNode a = json("fatigue", rota("first-night.yaml"), "--format", "json", "--sleep",
                sleep("first-night.csv")).get("doctors").get(0);
        assertThat(a.get("sleepSource").asText()).isEqualTo("mixed");
        List<String> sleeps = new ArrayList<>();
        a.get("sleep").forEach(s -> sleeps.add(s.get("start").asText() + " " + s.get("source").asText()));
        // The diary covers two nights: there it replaces the inferred 23:00–07:00 sleeps; the
        // inferred nap at 17:00 lies after it and stands.
        assertThat(sleeps).containsSubsequence("2024-03-01T23:00:00Z inferred", "2024-03-02T23:45:00Z supplied",
                "2024-03-03T23:30:00Z supplied", "2024-03-04T17:00:00Z inferred")
                .doesNotContain("2024-03-03T23:00:00Z inferred", "2024-03-02T23:00:00Z inferred");
        // Less night sleep: sleepier on the night.
        assertThat(a.get("duties").get(0).get("maxKss").asDouble()).isGreaterThan(6.876018795233315);
        CheckCommandTest.Run text = run("fatigue", rota("first-night.yaml"), "--sleep", sleep("first-night.csv"));
        assertThat(text.out()).contains("sleep as supplied, inferred elsewhere");
    }

    @Test
    void aBrokenSleepFileExitsTwoNamingEveryProblem() {
        CheckCommandTest.Run run = run("fatigue", rota("first-night.yaml"), "--sleep", sleep("broken.csv"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.csv:2:1: unknown doctor 'Z'")
                .contains("broken.csv:3:").contains("the sleep ends at or before its start")
                .contains("broken.csv:4:").contains("'yesterday' is not a date and time")
                .contains("broken.csv:5:").contains("a sleep of more than 24 hours")
                .contains("broken.csv:7:1: this sleep of doctor 'A' overlaps the one on line 6")
                .contains("broken.csv:8:1: expected 3 fields (doctor,start,end), found 2")
                .doesNotContain("Exception");
    }

    @Test
    void aSleepTimeTheClocksRepeatNeedsItsOffset(@TempDir Path dir) throws Exception {
        Path rota = dir.resolve("r.yaml");
        Files.writeString(rota, """
                format: rotaguard/1
                start: 2026-10-24
                shifts:
                  D: { start: "09:00", end: "17:00" }
                doctors:
                  - { id: A }
                assignments:
                  A: "- - D"
                """);
        Path ambiguous = dir.resolve("s.csv");
        Files.writeString(ambiguous, "doctor,start,end\nA,2026-10-24T23:00,2026-10-25T01:30\n");
        CheckCommandTest.Run run = run("fatigue", rota.toString(), "--sleep", ambiguous.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("s.csv:2:").contains("happens twice on the local clock")
                .contains("2026-10-25T01:30+01:00");
        Path exact = dir.resolve("t.csv");
        Files.writeString(exact, "doctor,start,end\nA,2026-10-24T23:00,2026-10-25T01:30+00:00\n");
        JsonNode root = JSON.readTree(run("fatigue", rota.toString(), "--sleep", exact.toString(), "--format", "json")
                .out());
        List<String> supplied = new ArrayList<>();
        root.get("doctors").get(0).get("sleep").forEach(s -> {
            if (s.get("source").asText().equals("supplied")) {
                supplied.add(s.get("start").asText() + "/" + s.get("end").asText());
            }
        });
        assertThat(supplied).containsExactly("2026-10-24T23:00:00+01:00/2026-10-25T01:30:00Z");
    }

    @Test
    void aRotaWithoutDutiesToScoreSaysSo(@TempDir Path dir) throws Exception {
        Path rota = dir.resolve("r.yaml");
        Files.writeString(rota, """
                format: rotaguard/1
                start: 2026-08-03
                shifts:
                  Q: { start: "17:00", end: "09:00", onCall: true }
                doctors:
                  - { id: A }
                assignments:
                  A: "- Q -"
                """);
        CheckCommandTest.Run run = run("fatigue", rota.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Result    0 duties: 0 green, 0 amber, 0 red").contains("no duties")
                .doesNotContain("Worst");
        JsonNode a = JSON.readTree(run("fatigue", rota.toString(), "--format", "json").out()).get("doctors").get(0);
        assertThat(a.get("duties")).isEmpty();
        assertThat(a.get("summary").has("worstDuty")).isFalse();
    }

    @Test
    void aSleepFileWithoutTheHeaderIsRefused(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("s.csv");
        Files.writeString(csv, "A,2024-03-03T23:30,2024-03-04T06:30\n");
        CheckCommandTest.Run run = run("fatigue", rota("first-night.yaml"), "--sleep", csv.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("s.csv:1:1: the first line must be the header doctor,start,end");
        CheckCommandTest.Run missing = run("fatigue", rota("first-night.yaml"), "--sleep", "no/such.csv");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such.csv: no such file");
    }

    @Test
    void badRotaAndBadArgumentsExitTwo() {
        CheckCommandTest.Run broken = run("fatigue", rota("broken.yaml"));
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err()).contains("broken.yaml:8:").doesNotContain("\tat ");
        assertThat(run("fatigue", "no/such/rota.yaml").status()).isEqualTo(2);
        CheckCommandTest.Run format = run("fatigue", rota("first-night.yaml"), "--format", "xml");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
        assertThat(run("fatigue").status()).isEqualTo(2);
    }

    @Test
    void withoutTheNapTheFirstNightIsSleepier() throws Exception {
        JsonNode root = json("fatigue", rota("first-night.yaml"), "--format", "json", "--no-nap");
        assertThat(root.get("parameters").asText()).isEqualTo("TPM-Ingre2014-FIPS0.2.1+sleep-v1+nap=0m");
        assertThat(root.get("doctors").get(0).get("duties").get(0).get("maxKss").asDouble())
                .isGreaterThan(6.876018795233315);
    }

    @Test
    void checkJsonCarriesTheSameScoresUnderEachDoctor() throws Exception {
        CheckCommandTest.Run check = run("check", "../examples/clock-changes.yaml", "--format", "json");
        assertThat(check.status()).isEqualTo(1);
        JsonNode doctors = JSON.readTree(check.out()).get("doctors");
        JsonNode fatigue = json("fatigue", "../examples/clock-changes.yaml", "--format", "json").get("doctors");
        for (int i = 0; i < doctors.size(); i++) {
            JsonNode field = doctors.get(i).get("fatigue");
            assertThat(fieldNames(doctors.get(i))).startsWith("id", "compliant", "averageWeeklyHours");
            assertThat(field.get("model").asText()).isEqualTo("three-process-model");
            assertThat(field.get("duties")).isEqualTo(fatigue.get(i).get("duties"));
            assertThat(field.get("summary")).isEqualTo(fatigue.get(i).get("summary"));
        }
    }
}
