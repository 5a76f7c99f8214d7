package org.rotaguard.io.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rules.Violation;

/**
 * A rota as an Excel workbook (.xlsx) in the layout of docs/excel-csv.md: sheets Rota, Shift
 * types, Doctors and Grid, and on export a Findings sheet that import ignores.
 */
public final class ExcelRota {
    /** Sheets larger than this are refused rather than read. */
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 4_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ExcelRota() {
    }

    /** The workbook of a rota; with a check, its findings on a sheet of their own. */
    public static byte[] write(Rota rota, RotaCheck check) {
        return write(rota, check, null);
    }

    /**
     * The workbook of a rota with its findings and, when {@code pay} is given, a Pay sheet:
     * each doctor's pay element by element and the total. Import ignores the sheet.
     */
    public static byte[] write(Rota rota, RotaCheck check, PaySheet pay) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle heading = book.createCellStyle();
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            for (Table table : TableRotaWriter.tables(rota)) {
                sheet(book, table, heading);
            }
            if (check != null) {
                sheet(book, Table.ofText(TableLayout.FINDINGS, findings(check)), heading);
                byDoctor(book, check, heading);
            }
            if (pay != null) {
                pay.write(book, heading);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the workbook", e);
        }
    }

    /** Reads a workbook; every problem names its sheet and cell. */
    public static Rota read(byte[] content, String file) throws TableException {
        List<Table> tables = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                if (sheet.getSheetName().equalsIgnoreCase(TableLayout.FINDINGS)
                        || sheet.getSheetName().equalsIgnoreCase(TableLayout.BY_DOCTOR)
                        || sheet.getSheetName().equalsIgnoreCase(TableLayout.PAY)) {
                    continue;
                }
                tables.add(table(sheet, file));
            }
        } catch (TableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file in many ways; to the user they all mean the same.
            throw new TableException(List.of(file + ": not an Excel workbook that can be read (expected an .xlsx file"
                    + " saved by Excel or a compatible program)"));
        }
        return TableRotaReader.read(tables, file);
    }

    private static Table table(XSSFSheet sheet, String file) throws TableException {
        String name = sheet.getSheetName();
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            throw new TableException(List.of(file + ": sheet '" + name + "' has " + (sheet.getLastRowNum() + 1)
                    + " rows, more than the " + MAX_ROWS + " a rota may have"));
        }
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            List<Table.Cell> cells = new ArrayList<>();
            int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
            if (last > MAX_COLUMNS) {
                throw new TableException(List.of(file + ": sheet '" + name + "' row " + (r + 1) + " has " + last
                        + " columns, more than the " + MAX_COLUMNS + " a rota may have"));
            }
            for (int c = 0; c < Math.max(last, 1); c++) {
                XSSFCell cell = row == null ? null : row.getCell(c);
                cells.add(new Table.Cell(text(cell), "sheet '" + name + "', cell " + new CellReference(r, c).formatAsString()));
            }
            rows.add(cells);
        }
        return new Table(name, rows);
    }

    /** A cell as text: times as HH:MM, dates as YYYY-MM-DD, numbers without trailing zeros. */
    static String text(XSSFCell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateOrTime(cell.getNumericCellValue())
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    private static String dateOrTime(double value) {
        LocalDateTime when = DateUtil.getLocalDateTime(value, false, true);
        if (value < 1) {
            return String.format(Locale.ROOT, "%02d:%02d", when.getHour(), when.getMinute());
        }
        if (when.toLocalTime().toSecondOfDay() == 0) {
            return when.toLocalDate().toString();
        }
        return WHEN.format(when);
    }

    private static void sheet(XSSFWorkbook book, Table table, XSSFCellStyle heading) {
        XSSFSheet sheet = book.createSheet(table.name());
        for (int r = 0; r < table.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r);
            List<Table.Cell> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                XSSFCell cell = row.createCell(c, CellType.STRING);
                cell.setCellValue(cells.get(c).text());
                if (r == 0) {
                    cell.setCellStyle(heading);
                }
            }
        }
        sheet.createFreezePane(table.name().equals(TableLayout.GRID) ? 1 : 0, 1);
        int columns = table.rows().isEmpty() ? 0 : table.rows().get(0).size();
        for (int c = 0; c < Math.min(columns, 12); c++) {
            sheet.autoSizeColumn(c);
        }
    }

    /**
     * Each doctor's days on real dates, as the web page's grid: a cell that a finding concerns
     * is filled red and carries the finding numbers of the Findings sheet. Import ignores it.
     */
    private static void byDoctor(XSSFWorkbook book, RotaCheck check, XSSFCellStyle heading) {
        Rota rota = check.rota();
        XSSFSheet sheet = book.createSheet(TableLayout.BY_DOCTOR);
        int days = rota.doctors().stream().mapToInt(d -> rota.cellsOf(d).size()).max().orElse(0);
        XSSFRow top = sheet.createRow(0);
        top.createCell(0).setCellValue("doctor");
        top.getCell(0).setCellStyle(heading);
        for (int d = 0; d < days; d++) {
            XSSFCell cell = top.createCell(d + 1);
            cell.setCellValue(DAY.format(rota.start().plusDays(d)));
            cell.setCellStyle(heading);
        }
        XSSFCellStyle flagged = book.createCellStyle();
        flagged.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xF8, (byte) 0xD7, (byte) 0xD4}, null));
        flagged.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        int number = 0;
        for (int r = 0; r < check.doctors().size(); r++) {
            DoctorCheck doctor = check.doctors().get(r);
            List<org.rotaguard.core.rota.Cell> cells = rota.cellsOf(doctor.doctor());
            java.util.Map<Integer, List<Integer>> findings = new java.util.TreeMap<>();
            for (Violation v : doctor.violations()) {
                number++;
                for (var duty : v.duties()) {
                    int day = org.rotaguard.io.report.GridDays.of(rota, cells.size(), duty);
                    if (day >= 0) {
                        List<Integer> list = findings.computeIfAbsent(day, k -> new ArrayList<>());
                        if (!list.contains(number)) {
                            list.add(number);
                        }
                    }
                }
            }
            XSSFRow row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue(doctor.doctor().label());
            for (int d = 0; d < cells.size(); d++) {
                XSSFCell cell = row.createCell(d + 1);
                List<Integer> numbers = findings.get(d);
                cell.setCellValue(cells.get(d) + (numbers == null ? "" : " (" + numbers.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")"));
                if (numbers != null) {
                    cell.setCellStyle(flagged);
                }
            }
        }
        sheet.createFreezePane(1, 1);
        sheet.autoSizeColumn(0);
    }

    private static List<List<String>> findings(RotaCheck check) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("number", "doctor", "name", "rule", "from", "to", "limit", "found", "finding", "source"));
        int number = 0;
        for (DoctorCheck d : check.doctors()) {
            for (Violation v : d.violations()) {
                rows.add(List.of(String.valueOf(++number), d.doctor().id(), d.doctor().name(), v.rule(), WHEN.format(v.start()), WHEN.format(v.end()),
                        v.limit(), v.actual(), v.message(), v.reference()));
            }
        }
        if (rows.size() == 1) {
            rows.add(List.of("", "", "", "", "", "", "", "", "Compliant: no rule of " + check.contract().id() + " is broken.", ""));
        }
        return rows;
    }
}
