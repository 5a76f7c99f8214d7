package org.rotaguard.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileFormat;
import org.rotaguard.io.RotaFileReader;
import org.rotaguard.io.RotaFileWriter;
import org.rotaguard.io.contract.ContractPackReader;

/** Excel and CSV: the round trip of every example, and problems placed on their sheet and cell. */
class TableRotaTest {
    static Stream<Path> examples() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        try (Stream<Path> files = Files.list(dir.resolve("examples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static String canonical(Rota rota) {
        return RotaFileWriter.write(rota, RotaFileFormat.YAML);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExportedWorkbookReadsBackAsTheSameRota(Path example) throws Exception {
        Rota rota = RotaFileReader.read(example);
        byte[] book = ExcelRota.write(rota, new RotaChecker(new ContractPackReader().load("tcs2016-2019")).check(rota));

        Rota back = ExcelRota.read(book, "rota.xlsx");

        assertThat(canonical(back)).isEqualTo(canonical(rota));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExportedCsvFileReadsBackAsTheSameRota(Path example) throws Exception {
        Rota rota = RotaFileReader.read(example);

        Rota back = CsvRota.read(CsvRota.write(rota), "rota.csv");

        assertThat(canonical(back)).isEqualTo(canonical(rota));
    }

    @Test
    void rotaFieldsThatOnlyThe2002ContractReadsSurviveTheRoundTrip() throws Exception {
        Rota rota = RotaFileReader.read("""
                format: rotaguard/1
                name: "Odd, \\"quoted\\" name"
                start: 2026-08-05
                bankHolidays: []
                prospectiveCover: { leaveWeeksPerYear: 6.5, hoursPerLeaveWeek: 40 }
                shifts:
                  D: { start: "09:00", end: "17:00", dutyType2002: partial-shift }
                  O: { start: "17:00", end: "09:00", onCall: true, expectedWork: 2.25, resident: true, criterionR: true }
                doctors:
                  - { id: A, line: 1, ltft: 0.6, wtrOptOut: true, nodalPoint: 4, grade: ST4,
                      prospectiveCover: { leaveWeeksPerYear: 5, hoursPerLeaveWeek: 37.5 } }
                  - { id: B, line: 1 }
                shareLines: true
                template:
                  - "D  D+O  -  -  -  -  -"
                """, "odd.yaml", RotaFileFormat.YAML);

        assertThat(canonical(CsvRota.read(CsvRota.write(rota), "odd.csv"))).isEqualTo(canonical(rota));
        assertThat(canonical(ExcelRota.read(ExcelRota.write(rota, null), "odd.xlsx"))).isEqualTo(canonical(rota));
    }

    private static byte[] edited(String example, Consumer<XSSFWorkbook> change) throws Exception {
        Rota rota = RotaFileReader.read(examples().filter(p -> p.endsWith(example)).findFirst().orElseThrow());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ExcelRota.write(rota, null)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aBadTimeIsReportedOnItsSheetAndCell() throws Exception {
        byte[] book = edited("emergency-department.yaml",
                b -> b.getSheet("Shift types").getRow(5).getCell(3).setCellValue("25:00"));

        TableException e = catchThrowableOfType(TableException.class, () -> ExcelRota.read(book, "ed.xlsx"));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0)).startsWith("ed.xlsx: sheet 'Shift types', cell D6: shifts.N.end: ");
    }

    @Test
    void anUnknownCodeInTheGridIsReportedOnItsCell() throws Exception {
        byte[] book = edited("emergency-department.yaml",
                b -> b.getSheet("Grid").getRow(3).getCell(4).setCellValue("X"));

        TableException e = catchThrowableOfType(TableException.class, () -> ExcelRota.read(book, "ed.xlsx"));

        assertThat(e.problems()).singleElement().asString().startsWith("ed.xlsx: sheet 'Grid', cell E4: ")
                .contains("'X'");
    }

    @Test
    void timesAndDatesTypedIntoExcelAreRead() throws Exception {
        byte[] book = edited("emergency-department.yaml", b -> {
            CellStyle time = b.createCellStyle();
            time.setDataFormat(b.getCreationHelper().createDataFormat().getFormat("hh:mm"));
            var start = b.getSheet("Shift types").getRow(1).getCell(2);
            start.setCellValue(8.0 / 24);
            start.setCellStyle(time);
            CellStyle date = b.createCellStyle();
            date.setDataFormat(b.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var day = b.getSheet("Rota").getRow(3).getCell(1);
            day.setCellValue(java.time.LocalDate.of(2026, 8, 3));
            day.setCellStyle(date);
        });

        Rota rota = ExcelRota.read(book, "ed.xlsx");

        assertThat(rota.shiftTypes().get("D").start()).hasToString("08:00");
        assertThat(rota.start()).hasToString("2026-08-03");
    }

    @Test
    void aMissingSheetAndBlankCellsAreNamed() throws Exception {
        byte[] book = edited("emergency-department.yaml", b -> {
            XSSFSheet grid = b.getSheet("Grid");
            XSSFRow row = grid.getRow(2);
            row.getCell(2).setCellValue("");
            b.removeSheetAt(b.getSheetIndex("Doctors"));
        });

        TableException e = catchThrowableOfType(TableException.class, () -> ExcelRota.read(book, "ed.xlsx"));

        assertThat(e.problems()).containsExactly("ed.xlsx: there is no sheet 'Doctors' (expected sheets: Rota, Shift"
                + " types, Doctors, Grid)");
    }

    @Test
    void aBlankGridCellIsNotTakenForADayOff() throws Exception {
        byte[] book = edited("emergency-department.yaml", b -> b.getSheet("Grid").getRow(2).getCell(2).setCellValue(""));

        TableException e = catchThrowableOfType(TableException.class, () -> ExcelRota.read(book, "ed.xlsx"));

        assertThat(e.problems()).containsExactly("ed.xlsx: sheet 'Grid', cell C3: empty cell (write - for a day without duty)");
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefused() {
        TableException e = catchThrowableOfType(TableException.class,
                () -> ExcelRota.read("not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.xlsx"));

        assertThat(e.getMessage()).startsWith("x.xlsx: not an Excel workbook");
    }

    @Test
    void csvProblemsNameTheLineAndColumn() throws Exception {
        Rota rota = RotaFileReader.read(examples().filter(p -> p.endsWith("ltft-doctors.yaml")).findFirst().orElseThrow());
        String csv = CsvRota.write(rota);
        String[] lines = csv.split("\r\n", -1);
        int gridLine = java.util.Arrays.asList(lines).indexOf("[Grid]");
        // Second doctor's first day: a code the rota does not define.
        String[] cells = lines[gridLine + 3].split(",", -1);
        cells[1] = "Q";
        lines[gridLine + 3] = String.join(",", cells);

        TableException e = catchThrowableOfType(TableException.class,
                () -> CsvRota.read(String.join("\r\n", lines), "ltft.csv"));

        assertThat(e.problems()).singleElement().asString()
                .startsWith("ltft.csv: line " + (gridLine + 4) + ", column 2: ").contains("'Q'");
    }

    @Test
    void csvFieldsFollowRfc4180() throws Exception {
        var rows = CsvRota.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n", "f.csv");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).extracting(Table.Cell::text).containsExactly("a", "b,c", "say \"hi\"");
        assertThat(rows.get(1)).extracting(Table.Cell::text).containsExactly("two\nlines", "x");
        assertThat(catchThrowableOfType(TableException.class, () -> CsvRota.parse("a,\"open\n", "f.csv")).getMessage())
                .isEqualTo("f.csv: line 1: a quoted field is not closed");
    }

    @Test
    void theWorkbookShowsEachDoctorsDaysWithTheirFindings() throws Exception {
        Rota rota = RotaFileReader.read(examples().filter(p -> p.endsWith("clock-changes.yaml")).findFirst().orElseThrow());
        byte[] bytes = ExcelRota.write(rota, new RotaChecker(new ContractPackReader().load("tcs2016-2019")).check(rota));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet byDoctor = book.getSheet("By doctor");
            assertThat(byDoctor.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Sat 28 Mar 2026");
            // ogunleye (third row): long days on Saturday 28 and Sunday 29 March break the rest rule, finding 2.
            assertThat(byDoctor.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Dr Tunde Ogunleye");
            assertThat(byDoctor.getRow(3).getCell(6).getStringCellValue()).isEqualTo("LD (2)");
            assertThat(byDoctor.getRow(3).getCell(7).getStringCellValue()).isEqualTo("LD (2)");
            assertThat(byDoctor.getRow(3).getCell(5).getStringCellValue()).isEqualTo("-");
            XSSFSheet findings = book.getSheet("Findings");
            assertThat(findings.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2");
            assertThat(findings.getRow(2).getCell(3).getStringCellValue()).isEqualTo("min-rest-between-shifts");
        }
        assertThat(canonical(ExcelRota.read(bytes, "c.xlsx"))).isEqualTo(canonical(rota));
    }
}
