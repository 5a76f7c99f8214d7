package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rotaguard.io.RotaFileFormat;
import org.rotaguard.io.RotaFileReader;
import org.rotaguard.io.RotaFileWriter;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API, run against each database (subclasses choose it). */
abstract class ApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    Http http() {
        return new Http(port);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"emergency-department.yaml", "medical-on-call.yaml", "ltft-doctors.yaml",
            "unsafe-rota.yaml", "clock-changes.yaml"})
    void checkAnswersWhatTheCommandLinePrints(String example) {
        Examples.Run cli = Examples.cli("check", Examples.path(example).toString(), "--format", "json");

        HttpResponse<String> response = http().post("/api/check", "application/yaml", Examples.text(example));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo(cli.out());
    }

    @Test
    void checkTakesJsonAndAnotherContract() throws Exception {
        String json = RotaFileWriter.write(RotaFileReader.read(Examples.path("unsafe-rota.yaml")), RotaFileFormat.JSON);
        Examples.Run cli = Examples.cli("check", Examples.path("unsafe-rota.yaml").toString(), "--format", "json",
                "--contract", "tcs2016");

        HttpResponse<String> response = http().post("/api/check?contract=tcs2016", "application/json", json);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(cli.out());
        assertThat(json(response).get("contract").asText()).isEqualTo("tcs2016");
    }

    @Test
    void badInputGetsTheCommandLinesMessage(@TempDir Path dir) throws IOException {
        String broken = Examples.text("emergency-department.yaml").replace("start: \"20:00\", end: \"08:00\"",
                "start: \"25:00\", end: \"08:00\"").replace("line: 12 }", "line: 13 }");
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        Examples.Run cli = Examples.cli("check", file.toString());
        assertThat(cli.status()).isEqualTo(2);

        HttpResponse<String> response = http().post("/api/check?file=" + file, "application/yaml", broken);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText() + "\n").isEqualTo(cli.err());
        assertThat(json(response).get("error").asText()).contains("shifts.N.start");
    }

    @Test
    void unknownContractIsRefused() {
        HttpResponse<String> response = http().post("/api/check?contract=tcs1999", "application/yaml",
                Examples.text("emergency-department.yaml"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains("tcs1999").contains("tcs2016-2019");
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        byte[] huge = new byte[2_000_001];
        java.util.Arrays.fill(huge, (byte) '#');

        HttpResponse<String> response = http().post("/api/check", "application/yaml", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).contains("2000000 bytes");
    }

    @Test
    void rotasCanBeCreatedReadCheckedEditedAndDeleted() {
        String text = Examples.text("clock-changes.yaml");
        HttpResponse<String> created = http().post("/api/rotas?file=clock.yaml", "application/yaml", text);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/rotas/" + id);

        assertThat(json(http().get("/api/rotas")).findValuesAsText("name"))
                .contains("Medical rota excerpt across the 2026 clock changes");
        JsonNode got = json(http().get("/api/rotas/" + id));
        assertThat(got.get("doctors").asInt()).isEqualTo(3);
        assertThat(got.get("version").asInt()).isEqualTo(1);
        assertThat(http().get("/api/rotas/" + id + "/file").body()).isEqualTo(text);

        JsonNode before = json(http().get("/api/rotas/" + id + "/check"));
        assertThat(before.get("compliant").asBoolean()).isFalse();
        assertThat(before.findValuesAsText("rule")).contains("min-rest-between-shifts", "max-shift-length");

        // Ogunleye's Sunday long day after Saturday's (the spring clock change) leaves too little rest.
        HttpResponse<String> edited = http().put("/api/rotas/" + id + "/cells/ogunleye/7", "application/json",
                "{\"value\": \"-\"}");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(json(edited).findValuesAsText("rule")).containsExactly("max-shift-length");
        assertThat(json(http().get("/api/rotas/" + id)).get("version").asInt()).isEqualTo(2);

        // Walsh's late night on the October change lasts 13h30; ending it at 09:00 makes it 13h.
        HttpResponse<String> times = http().put("/api/rotas/" + id + "/shift-types/NL", "application/json",
                "{\"start\": \"21:00\", \"end\": \"09:00\"}");
        assertThat(times.statusCode()).isEqualTo(200);
        assertThat(json(times).get("compliant").asBoolean()).isTrue();
        assertThat(json(http().get("/api/rotas/" + id + "/check")).get("compliant").asBoolean()).isTrue();

        assertThat(http().delete("/api/rotas/" + id).statusCode()).isEqualTo(204);
        assertThat(http().get("/api/rotas/" + id).statusCode()).isEqualTo(404);
        assertThat(http().delete("/api/rotas/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aRotaFileWithProblemsIsNotSaved() {
        int before = json(http().get("/api/rotas")).size();

        HttpResponse<String> response = http().post("/api/rotas?file=bad.yaml", "application/yaml",
                "format: rotaguard/1\nstart: 2026-08-03\nshifts: {}\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).startsWith("bad.yaml");
        assertThat(json(http().get("/api/rotas")).size()).isEqualTo(before);
    }

    @Test
    void anEditThatBreaksTheRotaChangesNothing() {
        long id = json(http().post("/api/rotas", "application/yaml", Examples.text("emergency-department.yaml")))
                .get("id").asLong();
        String file = http().get("/api/rotas/" + id + "/file").body();

        HttpResponse<String> unknown = http().put("/api/rotas/" + id + "/cells/ED01/1", "application/json",
                "{\"value\": \"X\"}");
        HttpResponse<String> badTime = http().put("/api/rotas/" + id + "/shift-types/N", "application/json",
                "{\"start\": \"8pm\", \"end\": \"08:00\"}");
        HttpResponse<String> noDoctor = http().put("/api/rotas/" + id + "/cells/ED99/1", "application/json",
                "{\"value\": \"D\"}");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("error").asText()).contains("'X' is not a shift code");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(json(badTime).get("error").asText()).contains("HH:MM");
        assertThat(noDoctor.statusCode()).isEqualTo(400);
        assertThat(http().get("/api/rotas/" + id + "/file").body()).isEqualTo(file);
        assertThat(json(http().get("/api/rotas/" + id)).get("version").asInt()).isEqualTo(1);
        http().delete("/api/rotas/" + id);
    }

    @Test
    void aMissingRotaIsNotFound() {
        assertThat(http().get("/api/rotas/999999").statusCode()).isEqualTo(404);
        assertThat(json(http().get("/api/rotas/999999")).get("error").asText()).isEqualTo("there is no rota 999999");
    }

    @Test
    void aRotaCanBeStoredFromCsvAndReplacedByAnotherFile() {
        long ed = json(http().get("/api/rotas")).findValues("id").get(0).asLong();
        String csv = http().get("/rotas/" + ed + "/rota.csv").body();

        HttpResponse<String> created = http().post("/api/rotas?type=csv&file=ed.csv", "text/plain", csv);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        assertThat(json(http().get("/api/rotas/" + id + "/check")).get("compliant").asBoolean()).isTrue();

        HttpResponse<String> replaced = http().put("/api/rotas/" + id + "/file", "application/yaml",
                Examples.text("unsafe-rota.yaml"));
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(json(replaced).get("version").asInt()).isEqualTo(2);
        assertThat(json(replaced).get("name").asText()).isEqualTo("Trauma and orthopaedics - unsafe draft rota");
        assertThat(json(http().get("/api/rotas/" + id + "/check")).get("compliant").asBoolean()).isFalse();

        HttpResponse<String> broken = http().put("/api/rotas/" + id + "/file", "application/yaml", "format: [");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(http().get("/api/rotas/" + id)).get("version").asInt()).isEqualTo(2);
        http().delete("/api/rotas/" + id);
    }
}
