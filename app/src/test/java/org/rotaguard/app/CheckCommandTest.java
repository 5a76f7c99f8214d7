package org.rotaguard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = RotaguardCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    static String rota(String name) {
        return Path.of("src/test/resources/rotas", name).toString();
    }

    @Test
    void aCompliantRotaExitsZero() {
        Run run = run("check", rota("compliant.yaml"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("COMPLIANT").contains("average 40.00 h/week");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aViolationExitsOneAndTheJsonHasTheSpecFields() throws Exception {
        Run run = run("check", rota("long-shift.yaml"), "--format", "json");
        assertThat(run.status()).isEqualTo(1);
        JsonNode root = JSON.readTree(run.out());
        assertThat(fieldNames(root)).startsWith("rota", "contract", "compliant");
        assertThat(root.get("rota").asText()).isEqualTo("Two doctors, one long day too long");
        assertThat(root.get("contract").asText()).isEqualTo("tcs2016-2019");
        assertThat(root.get("compliant").asBoolean()).isFalse();
        JsonNode a = root.get("doctors").get(0);
        assertThat(fieldNames(a)).contains("id", "compliant", "averageWeeklyHours", "maxHoursIn168",
                "weekendsWorked", "weeks", "violations");
        assertThat(a.get("id").asText()).isEqualTo("A");
        assertThat(a.get("weeks").asInt()).isEqualTo(2);
        JsonNode v = a.get("violations").get(0);
        assertThat(fieldNames(v)).startsWith("rule", "start", "end", "limit", "actual", "reference", "message");
        assertThat(v.get("rule").asText()).isEqualTo("max-shift-length");
        assertThat(v.get("start").asText()).isEqualTo("2026-08-05T08:00:00+01:00");
        assertThat(v.get("end").asText()).isEqualTo("2026-08-05T21:30:00+01:00");
        assertThat(v.get("limit").asText()).isEqualTo("13h");
        assertThat(v.get("actual").asText()).isEqualTo("13h30m");
        assertThat(v.get("reference").asText()).startsWith("2016 TCS (2019) Schedule 3");
        assertThat(v.get("message").asText()).startsWith("Shift of 13h30m exceeds the 13h maximum");
        // Both doctors work the long day: doctor B on the second week of the cycle.
        JsonNode b = root.get("doctors").get(1);
        assertThat(b.get("violations").get(0).get("start").asText()).isEqualTo("2026-08-12T08:00:00+01:00");
    }

    @Test
    void jsonIsTheOnlyThingOnStandardOutput() throws Exception {
        Run run = run("check", rota("compliant.yaml"), "--format", "json");
        assertThat(JSON.readTree(run.out()).get("compliant").asBoolean()).isTrue();
        assertThat(run.out().trim()).startsWith("{").endsWith("}");
    }

    @Test
    void badInputExitsTwoWithTheReasonOnStandardError() {
        Run run = run("check", rota("broken.yaml"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("broken.yaml:8:").contains("template[0]").contains("unknown shift code 'X'");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileExitsTwo() {
        Run run = run("check", "no/such/rota.yaml");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no/such/rota.yaml");
    }

    @Test
    void theContractOptionOverridesTheFile() throws Exception {
        Run run = run("check", rota("long-shift.yaml"), "--contract", "tcs2016", "--format", "json");
        assertThat(JSON.readTree(run.out()).get("contract").asText()).isEqualTo("tcs2016");
        assertThat(JSON.readTree(run.out()).get("doctors").get(0).get("violations").get(0).get("reference").asText())
                .startsWith("2016 TCS Schedule 3");
    }

    @Test
    void anUnknownContractExitsTwo() {
        Run run = run("check", rota("compliant.yaml"), "--contract", "tcs1999");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown contract 'tcs1999'").contains("tcs2016-2019");
    }

    @Test
    void theOlderContractsAreChecked() {
        for (String contract : List.of("wtr-1998", "new-deal-2002")) {
            Run run = run("check", rota("compliant.yaml"), "--contract", contract);
            assertThat(run.status()).as(contract).isZero();
            assertThat(run.out()).contains(contract);
        }
    }

    @Test
    void aBadFormatOptionExitsTwo() {
        Run run = run("check", rota("compliant.yaml"), "--format", "xml");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void noCommandExitsTwo() {
        assertThat(run().status()).isEqualTo(2);
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
