package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rotaguard.io.TestFiles.assertSameRota;
import static org.rotaguard.io.TestFiles.resource;
import static org.rotaguard.io.TestFiles.resourceText;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.NewDealAttributes;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.rota.ProspectiveCover;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rota.Template;

class RotaFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void theSpecsOwnExample() throws RotaFileException {
        Rota rota = RotaFileReader.read(resource("spec-example.yaml"));

        assertThat(rota.name()).isEqualTo("Emergency Department — core trainees");
        assertThat(rota.start()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(rota.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(rota.contract()).contains("tcs2016-2019");
        assertThat(rota.shiftTypes().values()).containsExactly(
                ShiftType.shift("D", LocalTime.of(9, 0), LocalTime.of(17, 0)).withName("Standard day"),
                ShiftType.shift("LD", LocalTime.of(8, 0), LocalTime.of(20, 30)).withName("Long day"),
                ShiftType.shift("N", LocalTime.of(20, 0), LocalTime.of(8, 30)).withName("Night"),
                ShiftType.onCall("OC", LocalTime.of(17, 0), LocalTime.of(9, 0), Duration.ofMinutes(210))
                        .withName("Non-resident on-call"));
        assertThat(rota.doctors()).containsExactly(
                new Doctor("A", "Dr Ahmed", "ST3", 4, 1.0, false, 1, null),
                new Doctor("B", "", "CT1", 3, 0.8, false, 2, null),
                new Doctor("C", "", "ST4", 4, 1.0, true, 3, null));
        assertThat(rota.schedule()).isEqualTo(new Template(List.of(
                cells("LD LD LD LD - - -"), cells("- - - N N N N"), cells("D D D D+OC D - -"))));
        assertThat(rota.shareLines()).isFalse();
        assertThat(rota.prospectiveCover()).isEmpty();
        assertThat(rota.bankHolidays()).isEmpty();
    }

    @Test
    void everyOptionalFieldIsRead() throws RotaFileException {
        Rota rota = RotaFileReader.read(resource("ed-2002.yaml"));

        assertThat(rota.name()).isEqualTo("Medicine: F1 night team");
        assertThat(rota.contract()).contains("new-deal-2002");
        assertThat(rota.prospectiveCover()).contains(new ProspectiveCover(6, 40.5));
        assertThat(rota.bankHolidays()).contains(List.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
                LocalDate.of(2026, 1, 1)));
        assertThat(rota.shareLines()).isTrue();
        assertThat(rota.shiftType("D").newDeal()).isEqualTo(new NewDealAttributes(NewDealDutyType.NORMAL_DAY, false,
                false));
        assertThat(rota.shiftType("LD").newDeal().dutyType()).isEqualTo(NewDealDutyType.PARTIAL_SHIFT);
        assertThat(rota.shiftType("N").newDeal()).isEqualTo(NewDealAttributes.DEFAULT);
        assertThat(rota.shiftType("OC")).isEqualTo(new ShiftType("OC", LocalTime.of(17, 0), LocalTime.of(9, 0), true,
                Duration.ofMinutes(135), "", new NewDealAttributes(null, true, true)));
        assertThat(rota.doctors()).containsExactly(
                new Doctor("F1a", "Dr O'Neill", "FY1", 1, 1.0, false, 1, null),
                new Doctor("F1b", "", "FY1", 1, 0.6, false, 1, new ProspectiveCover(5, 24)),
                new Doctor("F1c", "", "FY1", 0, 1.0, true, 2, null));
    }

    @Test
    void yamlAndJsonOfTheSameRotaGiveTheSameRota() throws RotaFileException {
        assertSameRota(RotaFileReader.read(resource("ed-2002.json")), RotaFileReader.read(resource("ed-2002.yaml")));
        assertSameRota(TestFiles.json(RotaFileSyntaxProblemsTest.jsonRota()), TestFiles.yaml(TestFiles.TEMPLATE_ROTA));
    }

    @Test
    void aRotaOfAssignments() throws RotaFileException {
        Rota rota = RotaFileReader.read(resource("night-roster.yaml"));

        assertThat(rota.isCyclic()).isFalse();
        assertThat(rota.doctors()).extracting(Doctor::id).containsExactly("1001", "1002");
        Assignments assignments = (Assignments) rota.schedule();
        assertThat(assignments.days().keySet()).containsExactly("1001", "1002");
        assertThat(assignments.daysOf("1002")).isEqualTo(cells("D D - - - - - N N"));
    }

    @Test
    void aFileWithManyMistakes() {
        Path file = resource("broken.yaml");
        assertThat(problemsOf(file)).isEqualTo(String.join("\n",
                file + ":5:11: timezone: unknown time zone 'Europe/Londn' (expected an IANA time zone such as"
                        + " Europe/London)",
                file + ":8:39: shifts.LD.colour: unknown field 'colour' (expected one of: start, end, onCall,"
                        + " expectedWork, name, dutyType2002, resident, criterionR)",
                file + ":9:30: shifts.N.end: '8:30' is not a clock time (expected HH:MM with a two-digit hour, e.g."
                        + " 08:30)",
                file + ":10:47: shifts.OC.onCall: found 'yes' (expected true or false)",
                file + ":13:56: doctors[1].ltft: ltft 1.8 is out of range (expected a fraction of full time above 0"
                        + " and at most 1, e.g. 0.8)",
                file + ":16:24: template[1]: cell 7: unknown shift code 'NN' (defined: D, LD, N, OC)",
                file + ":17:5: template[2]: template line 3 has 6 cells (expected 7, one per day)"));
    }

    @Test
    void aFileWhoseRotaDoesNotHoldTogether() {
        Path file = resource("clashing.yaml");
        assertThat(problemsOf(file)).isEqualTo(String.join("\n",
                file + ":10:11: doctors[2].id: duplicate doctor id 'B' (already used by doctors[1])",
                file + ":11:20: doctors[3].line: line 7 is out of range: the template has 3 lines (expected 1 to 3)",
                file + ":12:20: doctors[4].line: line 1 is already taken by doctor 'A' (set shareLines: true to let"
                        + " doctors share a line)"));
    }

    @Test
    void theFormatFollowsTheExtension() throws IOException, RotaFileException {
        Path yml = dir.resolve("rota.yml");
        Files.writeString(yml, TestFiles.TEMPLATE_ROTA);
        Path json = dir.resolve("rota.JSON");
        Files.writeString(json, RotaFileSyntaxProblemsTest.jsonRota());

        assertSameRota(RotaFileReader.read(json), RotaFileReader.read(yml));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreFine() throws IOException, RotaFileException {
        Path file = dir.resolve("rota.yaml");
        Files.writeString(file, "\uFEFF" + TestFiles.TEMPLATE_ROTA.replace("\n", "\r\n"));
        assertSameRota(RotaFileReader.read(file), TestFiles.yaml(TestFiles.TEMPLATE_ROTA));

        Files.writeString(file, "\uFEFF" + TestFiles.TEMPLATE_ROTA.replace("\n", "\r\n").replace("\"17:00\"", "\"17:60\""));
        assertThat(problemsOf(file)).isEqualTo(file + ":4:29: shifts.D.end: '17:60' is not a clock time (expected"
                + " HH:MM from 00:00 to 23:59)");
    }

    @Test
    void anUnsupportedExtension() {
        assertThat(problemsOf(dir.resolve("rota.txt")))
                .isEqualTo(dir.resolve("rota.txt") + ": unsupported file type (expected a .yaml, .yml or .json file)");
    }

    @Test
    void aMissingFile() {
        Path file = dir.resolve("missing.yaml");
        assertThat(problemsOf(file)).isEqualTo(file + ": no such file");
    }

    @Test
    void aDirectory() throws IOException {
        Path file = Files.createDirectory(dir.resolve("rotas.yaml"));
        assertThat(problemsOf(file)).isEqualTo(file + ": is a directory (expected a rota file)");
    }

    @Test
    void aFileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("rota.yaml");
        Files.write(file, "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problemsOf(file)).isEqualTo(file + ": is not UTF-8 text (expected a YAML or JSON file saved as UTF-8)");
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(21L * 1024 * 1024);
        }
        assertThat(problemsOf(file)).isEqualTo(file + ": the file is 21.0 MB, too large for a rota file (expected at"
                + " most 20.0 MB)");
    }

    @Test
    void hugeTextIsRefusedBeforeParsing() {
        String text = "#".repeat(20 * 1024 * 1024 + 1);
        assertThat(TestFiles.yamlProblems(text)).isEqualTo("ed.yaml: the text has 20971521 characters, too many for a"
                + " rota file (expected at most 20971520)");
    }

    @Test
    void tooManyValues() {
        String text = "format: rotaguard/1\nbankHolidays:\n" + "- x\n".repeat(200_000);
        assertThat(TestFiles.yamlProblems(text)).isEqualTo("ed.yaml:200000:3: bankHolidays[199997]: the file holds more"
                + " than 200000 values (expected a rota of a sensible size)");
    }

    @Test
    void nestingTooDeep() {
        String text = "[".repeat(20) + "]".repeat(20);
        assertThat(TestFiles.jsonProblems(text)).isEqualTo("ed.json:1:17: " + "[0]".repeat(16) + ": nested more than 16"
                + " levels deep (a rota file nests at most 4 levels)");
    }

    @Test
    void moreThanTenYearsOfDays() {
        String text = TestFiles.changed(TestFiles.ASSIGNMENTS_ROTA, "\"D  D  N  N  -\"", "\"" + "- ".repeat(3661) + "\"");
        assertThat(TestFiles.yamlProblems(text)).isEqualTo("ed.yaml:10:6: assignments.A: more than 3660 days (expected"
                + " at most ten years of days)");
    }

    @Test
    void moreThanTenYearsOfWeeks() {
        String weeks = "  - \"-  -  -  -  -  -  -\"\n".repeat(523);
        String text = TestFiles.changed(TestFiles.TEMPLATE_ROTA,
                "  - \"D  D  N  N  -  -  -\"\n  - \"-  -  D  D  D  -  -\"\n", weeks);
        assertThat(TestFiles.yamlProblems(text)).isEqualTo("ed.yaml:10:3: template: the template has 523 weeks (expected"
                + " at most 522, ten years)");
    }

    @Test
    void eachProblemIsAvailableAsDataAndRotaChecksWaitForASoundFile() {
        String text = TestFiles.changed(TestFiles.TEMPLATE_ROTA, "\"D  D  N  N", "\"D  D  X  N", "line: 2", "line: 9");
        RotaFileException e = catchThrowableOfType(RotaFileException.class, () -> TestFiles.yaml(text));
        // Line 9 is out of range too, but whether the rota holds together is checked once the file itself is sound.
        assertThat(e.problems()).containsExactly(
                new FileProblem("ed.yaml", 10, 12, "template[0]", 2, "unknown shift code 'X' (defined: D, N)"));
        assertThat(e.getStackTrace()).isEmpty();
    }

    private static String problemsOf(Path file) {
        RotaFileException e = catchThrowableOfType(RotaFileException.class, () -> RotaFileReader.read(file));
        assertThat(e).isNotNull();
        return e.getMessage();
    }

    private static List<Cell> cells(String days) {
        return java.util.Arrays.stream(days.split(" ")).map(Cell::parse).toList();
    }
}
