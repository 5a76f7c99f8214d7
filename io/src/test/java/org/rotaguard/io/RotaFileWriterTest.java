package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.io.TestFiles.assertSameRota;
import static org.rotaguard.io.TestFiles.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.NewDealAttributes;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.rota.ProspectiveCover;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;

class RotaFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void theSpecsExampleAsYamlIsLaidOutLikeTheSpec() throws RotaFileException {
        Rota rota = RotaFileReader.read(resource("spec-example.yaml"));

        // N is quoted because YAML 1.1 readers take a bare N as false.
        assertThat(RotaFileWriter.write(rota, RotaFileFormat.YAML)).isEqualTo("""
                format: rotaguard/1
                name: Emergency Department — core trainees
                start: 2026-08-05
                timezone: Europe/London
                contract: tcs2016-2019
                shifts:
                  D:   { start: "09:00", end: "17:00", name: Standard day }
                  LD:  { start: "08:00", end: "20:30", name: Long day }
                  "N": { start: "20:00", end: "08:30", name: Night }
                  OC:  { start: "17:00", end: "09:00", onCall: true, expectedWork: 3.5, name: Non-resident on-call }
                doctors:
                  - { id: A, name: Dr Ahmed, grade: ST3, nodalPoint: 4, line: 1 }
                  - { id: B, grade: CT1, nodalPoint: 3, line: 2, ltft: 0.8 }
                  - { id: C, grade: ST4, nodalPoint: 4, line: 3, wtrOptOut: true }
                template:
                  - "LD LD LD LD   - - -"
                  - "-  -  -  N    N N N"
                  - "D  D  D  D+OC D - -"
                """);
    }

    @Test
    void aRotaOfAssignmentsAsJson() throws RotaFileException {
        Rota rota = TestFiles.yaml(TestFiles.ASSIGNMENTS_ROTA);

        assertThat(RotaFileWriter.write(rota, RotaFileFormat.JSON)).isEqualTo("""
                {
                  "format": "rotaguard/1",
                  "start": "2026-08-05",
                  "timezone": "Europe/London",
                  "shifts": {
                    "D": {
                      "start": "09:00",
                      "end": "17:00"
                    },
                    "N": {
                      "start": "20:00",
                      "end": "08:30"
                    }
                  },
                  "doctors": [
                    {
                      "id": "A"
                    },
                    {
                      "id": "B"
                    }
                  ],
                  "assignments": {
                    "A": "D D N N -",
                    "B": "N - - D D"
                  }
                }
                """);
    }

    @ParameterizedTest
    @CsvSource({"spec-example.yaml, YAML", "spec-example.yaml, JSON", "ed-2002.yaml, YAML", "ed-2002.yaml, JSON",
        "night-roster.yaml, YAML", "night-roster.yaml, JSON"})
    void readWriteReadGivesAnEqualRota(String file, RotaFileFormat format) throws RotaFileException {
        Rota rota = RotaFileReader.read(resource(file));
        String written = RotaFileWriter.write(rota, format);

        assertSameRota(RotaFileReader.read(written, file, format), rota);
        assertThat(RotaFileWriter.write(RotaFileReader.read(written, file, format), format)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"YAML", "JSON"})
    void awkwardTextAndNumbersSurviveTheRoundTrip(RotaFileFormat format) throws RotaFileException {
        Rota rota = awkwardRota();
        assertSameRota(RotaFileReader.read(RotaFileWriter.write(rota, format), "awkward", format), rota);
    }

    @Test
    void writesToAFileInTheFormatOfItsExtension() throws IOException, RotaFileException {
        Rota rota = awkwardRota();
        for (String name : List.of("rota.yaml", "rota.yml", "rota.json")) {
            Path file = dir.resolve(name);
            RotaFileWriter.write(rota, file);
            assertSameRota(RotaFileReader.read(file), rota);
        }
        assertThat(java.nio.file.Files.readString(dir.resolve("rota.json"))).startsWith("{\n  \"format\": ");
    }

    @Test
    void refusesAnUnknownExtension() {
        assertThatThrownBy(() -> RotaFileWriter.write(awkwardRota(), dir.resolve("rota.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("rota.txt: unsupported file type (expected .yaml, .yml or .json)");
    }

    /** Text that YAML would misread unless quoted, codes YAML 1.1 calls booleans, and numbers that are not short. */
    private static Rota awkwardRota() {
        LocalTime nine = LocalTime.of(9, 0);
        Map<String, List<Cell>> days = new LinkedHashMap<>();
        days.put("N", List.of(Cell.of("N", "Y", "On", "NO"), Cell.OFF, Cell.of("Y")));
        days.put("yes", List.of(Cell.OFF, Cell.of("On")));
        days.put("- x: #1", List.of(Cell.of("NO")));
        days.put("Dr \u014ckubo \uD83D\uDE00", List.of(Cell.of("N")));
        return Rota.builder(LocalDate.of(2026, 3, 23))
                .name("He said \"hi\": #1 \u2014 ok\ttab\nnew line\u2028separator ")
                .zone(ZoneId.of("America/New_York"))
                .contract("wtr-1998")
                .prospectiveCover(new ProspectiveCover(5.7, 37.333))
                .bankHolidays(List.of(LocalDate.of(2026, 5, 25)))
                .shift(ShiftType.shift("N", nine, LocalTime.of(10, 0)).withName("null"))
                .shift(ShiftType.onCall("Y", LocalTime.of(11, 0), LocalTime.of(12, 0), Duration.ofMinutes(20))
                        .withName("~"))
                .shift(new ShiftType("On", LocalTime.of(13, 0), LocalTime.of(14, 0), false, Duration.ZERO, "3",
                        new NewDealAttributes(NewDealDutyType.TWENTY_FOUR_HOUR_PARTIAL_SHIFT, false, false)))
                .shift(ShiftType.shift("NO", LocalTime.of(15, 0), LocalTime.of(15, 0)).withName("'quoted'"))
                .doctor(new Doctor("N", "", "", 0, 0.1 + 0.2, false, 0, new ProspectiveCover(0, 168)))
                .doctor(new Doctor("yes", "true", "2026-01-01", 5, 1.0 / 3, true, 0, null))
                .doctor(new Doctor("- x: #1", " leading space", "", 1, 1.0, false, 0, null))
                .doctor(new Doctor("Dr \u014ckubo \uD83D\uDE00", "Dr \u014ckubo", "ST3", 2, 0.75, false, 0, null))
                .schedule(new Assignments(days))
                .build();
    }
}
