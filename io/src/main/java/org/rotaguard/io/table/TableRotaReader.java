package org.rotaguard.io.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.FileProblem;
import org.rotaguard.io.RotaFileException;
import org.rotaguard.io.RotaFileFormat;
import org.rotaguard.io.RotaFileReader;

/**
 * Reads the tables of docs/excel-csv.md into a rota. The tables are turned into the rota
 * file's own structure and read by {@link RotaFileReader}, so a workbook is checked exactly as
 * strictly as a rota file; every problem is then placed on the sheet and cell it came from.
 */
final class TableRotaReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final List<String> problems = new ArrayList<>();
    /** Where each field of the rota file came from: path (and "#cell" for a day) → sheet and cell. */
    private final Map<String, String> places = new HashMap<>();

    private TableRotaReader(String file) {
        this.file = file;
    }

    static Rota read(List<Table> tables, String file) throws TableException {
        return new TableRotaReader(file).read(tables);
    }

    private Rota read(List<Table> tables) throws TableException {
        Map<String, Table> byName = new LinkedHashMap<>();
        for (Table t : tables) {
            byName.putIfAbsent(t.name().trim().toLowerCase(Locale.ROOT), t);
        }
        Table rotaTable = require(byName, TableLayout.ROTA);
        Table shiftTable = require(byName, TableLayout.SHIFT_TYPES);
        Table doctorTable = require(byName, TableLayout.DOCTORS);
        Table gridTable = require(byName, TableLayout.GRID);
        if (!problems.isEmpty()) {
            throw new TableException(problems);
        }
        ObjectNode root = JSON.createObjectNode();
        String schedule = rota(rotaTable, root);
        shifts(shiftTable, root);
        doctors(doctorTable, root);
        grid(gridTable, root, schedule);
        if (!problems.isEmpty()) {
            throw new TableException(problems);
        }
        String json;
        try {
            json = JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            return RotaFileReader.read(json, file, RotaFileFormat.JSON);
        } catch (RotaFileException e) {
            for (FileProblem p : e.problems()) {
                problems.add(file + ": " + place(p) + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
            }
            throw new TableException(problems);
        }
    }

    private Table require(Map<String, Table> tables, String name) {
        Table t = tables.get(name.toLowerCase(Locale.ROOT));
        if (t == null) {
            problems.add(file + ": there is no sheet '" + name + "' (expected sheets: " + TableLayout.ROTA + ", "
                    + TableLayout.SHIFT_TYPES + ", " + TableLayout.DOCTORS + ", " + TableLayout.GRID + ")");
        }
        return t;
    }

    private String place(FileProblem p) {
        String path = p.path();
        if (p.cell() >= 0 && places.containsKey(path + "#" + p.cell())) {
            return places.get(path + "#" + p.cell()) + ": ";
        }
        while (!path.isEmpty()) {
            if (places.containsKey(path)) {
                return places.get(path) + ": ";
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut <= 0 ? "" : path.substring(0, cut);
        }
        return "";
    }

    private void problem(Table.Cell cell, String message) {
        problems.add(file + ": " + cell.where() + ": " + message);
    }

    /** The Rota sheet: field names in column A, values in column B. Answers the schedule kind. */
    private String rota(Table table, ObjectNode root) {
        String schedule = "";
        ObjectNode cover = JSON.createObjectNode();
        Map<String, Boolean> seen = new HashMap<>();
        for (List<Table.Cell> row : dataRows(table, "field")) {
            Table.Cell key = row.get(0);
            Table.Cell value = row.size() > 1 ? row.get(1) : new Table.Cell("", key.where());
            String field = key.text();
            if (field.isEmpty()) {
                if (!value.text().isEmpty()) {
                    problem(value, "a value without a field name in column A");
                }
                continue;
            }
            if (!TableLayout.ROTA_FIELDS.contains(field)) {
                problem(key, "unknown field '" + field + "' (expected one of: " + String.join(", ", TableLayout.ROTA_FIELDS) + ")");
                continue;
            }
            if (seen.put(field, true) != null) {
                problem(key, "field '" + field + "' appears twice");
                continue;
            }
            extraCells(row, 2);
            if (value.text().isEmpty()) {
                continue;
            }
            switch (field) {
                case "schedule" -> {
                    schedule = value.text();
                    if (!schedule.equals(TableLayout.TEMPLATE) && !schedule.equals(TableLayout.ASSIGNMENTS)) {
                        problem(value, "schedule '" + schedule + "' (expected template or assignments)");
                    }
                }
                case "shareLines" -> put(root, "shareLines", value, true);
                case "bankHolidays" -> {
                    ArrayNode days = root.putArray("bankHolidays");
                    places.put("bankHolidays", value.where());
                    if (!value.text().equalsIgnoreCase("none")) {
                        int i = 0;
                        for (String day : value.text().split("[\\s,;]+")) {
                            places.put("bankHolidays[" + i++ + "]", value.where());
                            days.add(day);
                        }
                    }
                }
                case "prospectiveCover.leaveWeeksPerYear", "prospectiveCover.hoursPerLeaveWeek" -> {
                    String name = field.substring(field.indexOf('.') + 1);
                    places.put("prospectiveCover", value.where());
                    places.put(field, value.where());
                    putValue(cover, name, value, false);
                }
                default -> put(root, field, value, false);
            }
        }
        if (!cover.isEmpty()) {
            root.set("prospectiveCover", cover);
        }
        return schedule;
    }

    private void shifts(Table table, ObjectNode root) {
        ObjectNode shifts = root.putObject("shifts");
        places.put("shifts", where(table, 1));
        Map<String, Integer> columns = header(table, TableLayout.SHIFT_COLUMNS, "code");
        if (columns == null) {
            return;
        }
        for (List<Table.Cell> row : dataRows(table, null)) {
            Table.Cell code = cell(row, columns.get("code"));
            if (code.text().isEmpty()) {
                if (row.stream().anyMatch(c -> !c.text().isEmpty())) {
                    problem(code, "a shift type without a code");
                }
                continue;
            }
            if (shifts.has(code.text())) {
                problem(code, "shift code '" + code.text() + "' is defined twice");
                continue;
            }
            ObjectNode fields = shifts.putObject(code.text());
            String path = "shifts." + code.text();
            places.put(path, code.where());
            for (String column : TableLayout.SHIFT_COLUMNS) {
                if (column.equals("code") || !columns.containsKey(column)) {
                    continue;
                }
                Table.Cell value = cell(row, columns.get(column));
                places.put(path + "." + column, value.where());
                if (!value.text().isEmpty()) {
                    putValue(fields, column, value, isBoolean(column));
                }
            }
        }
    }

    private void doctors(Table table, ObjectNode root) {
        ArrayNode doctors = root.putArray("doctors");
        places.put("doctors", where(table, 1));
        Map<String, Integer> columns = header(table, TableLayout.DOCTOR_COLUMNS, "id");
        if (columns == null) {
            return;
        }
        for (List<Table.Cell> row : dataRows(table, null)) {
            if (row.stream().allMatch(c -> c.text().isEmpty())) {
                continue;
            }
            String path = "doctors[" + doctors.size() + "]";
            ObjectNode fields = doctors.addObject();
            places.put(path, cell(row, columns.get("id")).where());
            ObjectNode cover = JSON.createObjectNode();
            for (String column : TableLayout.DOCTOR_COLUMNS) {
                if (!columns.containsKey(column)) {
                    continue;
                }
                Table.Cell value = cell(row, columns.get(column));
                places.put(path + "." + column, value.where());
                if (value.text().isEmpty()) {
                    continue;
                }
                if (column.startsWith("prospectiveCover.")) {
                    places.put(path + ".prospectiveCover", value.where());
                    putValue(cover, column.substring(column.indexOf('.') + 1), value, false);
                } else {
                    putValue(fields, column, value, isBoolean(column));
                }
            }
            if (!cover.isEmpty()) {
                fields.set("prospectiveCover", cover);
            }
        }
    }

    private void grid(Table table, ObjectNode root, String declared) {
        if (table.rows().isEmpty() || table.rows().get(0).isEmpty()) {
            problems.add(file + ": sheet '" + table.name() + "' is empty (expected a heading row: week or doctor, then"
                    + " the days)");
            return;
        }
        Table.Cell corner = table.rows().get(0).get(0);
        String kind = declared.isEmpty() ? (corner.text().equalsIgnoreCase("doctor") ? TableLayout.ASSIGNMENTS
                : TableLayout.TEMPLATE) : declared;
        if (kind.equals(TableLayout.TEMPLATE)) {
            template(table, root, corner);
        } else {
            assignments(table, root, corner);
        }
    }

    private void template(Table table, ObjectNode root, Table.Cell corner) {
        if (!corner.text().equalsIgnoreCase("week")) {
            problem(corner, "found '" + corner.text() + "' (expected 'week' for a template: one row per template week)");
            return;
        }
        ArrayNode weeks = root.putArray("template");
        places.put("template", corner.where());
        for (List<Table.Cell> row : dataRows(table, null)) {
            if (row.stream().allMatch(c -> c.text().isEmpty())) {
                continue;
            }
            Table.Cell number = row.get(0);
            int expected = weeks.size() + 1;
            if (!number.text().equals(String.valueOf(expected))) {
                problem(number, "found '" + number.text() + "' (expected template week " + expected + ": weeks are numbered"
                        + " 1, 2, 3... in order)");
            }
            String path = "template[" + weeks.size() + "]";
            places.put(path, number.where());
            weeks.add(days(row, path, 7));
        }
    }

    private void assignments(Table table, ObjectNode root, Table.Cell corner) {
        if (!corner.text().equalsIgnoreCase("doctor")) {
            problem(corner, "found '" + corner.text() + "' (expected 'doctor' for a dated roster: one row per doctor)");
            return;
        }
        List<Table.Cell> header = table.rows().get(0);
        int days = header.size() - 1;
        while (days > 0 && header.get(days).text().isEmpty()) {
            days--;
        }
        LocalDate start = root.has("start") ? date(root.get("start").asText()) : null;
        for (int d = 1; d <= days; d++) {
            Table.Cell cell = header.get(d);
            LocalDate date = date(cell.text());
            if (date == null) {
                problem(cell, "found '" + cell.text() + "' (expected the date of day " + d + " as YYYY-MM-DD)");
            } else if (start != null && !date.equals(start.plusDays(d - 1))) {
                problem(cell, "found " + date + " (expected " + start.plusDays(d - 1) + ": day " + d
                        + " of a roster starting " + start + ")");
            }
        }
        ObjectNode assignments = root.putObject("assignments");
        places.put("assignments", corner.where());
        for (List<Table.Cell> row : dataRows(table, null)) {
            if (row.stream().allMatch(c -> c.text().isEmpty())) {
                continue;
            }
            Table.Cell id = row.get(0);
            if (id.text().isEmpty()) {
                problem(id, "a row of days without a doctor id");
                continue;
            }
            if (assignments.has(id.text())) {
                problem(id, "doctor '" + id.text() + "' has two rows");
                continue;
            }
            String path = "assignments." + id.text();
            places.put(path, id.where());
            assignments.put(id.text(), days(row, path, days));
        }
    }

    /** A row's day cells joined into a day string, each cell's place kept. */
    private String days(List<Table.Cell> row, String path, int count) {
        List<String> cells = new ArrayList<>();
        for (int d = 1; d <= count; d++) {
            Table.Cell cell = cell(row, d);
            places.put(path + "#" + (d - 1), cell.where());
            String text = cell.text().replaceAll("\\s*\\+\\s*", "+");
            if (text.isEmpty()) {
                problem(cell, "empty cell (write - for a day without duty)");
                text = "-";
            } else if (text.matches(".*\\s.*")) {
                problem(cell, "found '" + cell.text() + "' (expected one shift code, codes joined by +, or -)");
                text = "-";
            }
            cells.add(text);
        }
        extraCells(row, count + 1);
        return String.join(" ", cells);
    }

    private void extraCells(List<Table.Cell> row, int from) {
        for (int i = from; i < row.size(); i++) {
            if (!row.get(i).text().isEmpty()) {
                problem(row.get(i), "found '" + row.get(i).text() + "' beyond the last column");
                return;
            }
        }
    }

    /** Column positions by heading; the key column must come first. */
    private Map<String, Integer> header(Table table, List<String> known, String key) {
        if (table.rows().isEmpty()) {
            problems.add(file + ": sheet '" + table.name() + "' is empty (expected a heading row: "
                    + String.join(", ", known) + ")");
            return null;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Table.Cell> headings = table.rows().get(0);
        for (int i = 0; i < headings.size(); i++) {
            Table.Cell h = headings.get(i);
            if (h.text().isEmpty()) {
                continue;
            }
            if (!known.contains(h.text())) {
                problem(h, "unknown column '" + h.text() + "' (expected: " + String.join(", ", known) + ")");
            } else if (columns.putIfAbsent(h.text(), i) != null) {
                problem(h, "column '" + h.text() + "' appears twice");
            }
        }
        if (!columns.containsKey(key)) {
            problems.add(file + ": sheet '" + table.name() + "' has no column '" + key + "' in its heading row");
            return null;
        }
        return columns;
    }

    private static List<List<Table.Cell>> dataRows(Table table, String heading) {
        if (table.rows().isEmpty()) {
            return List.of();
        }
        boolean skip = heading == null || table.rows().get(0).get(0).text().equalsIgnoreCase(heading);
        return table.rows().subList(skip ? 1 : 0, table.rows().size());
    }

    private static Table.Cell cell(List<Table.Cell> row, int index) {
        if (index < row.size()) {
            return row.get(index);
        }
        String where = row.isEmpty() ? "" : row.get(0).where();
        return new Table.Cell("", where + " (column " + (index + 1) + ")");
    }

    private static String where(Table table, int row) {
        return table.rows().size() > row && !table.rows().get(row).isEmpty() ? table.rows().get(row).get(0).where()
                : "sheet '" + table.name() + "'";
    }

    private void put(ObjectNode node, String field, Table.Cell value, boolean bool) {
        places.put(field, value.where());
        putValue(node, field, value, bool);
    }

    /** Numbers and booleans go in as such, so the rota file reader judges them as it judges a file's. */
    private static void putValue(ObjectNode node, String field, Table.Cell value, boolean bool) {
        String text = value.text();
        if (bool && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            node.put(field, Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        } else if (!bool && text.matches("-?\\d+(\\.\\d+)?") && isNumeric(field)) {
            node.put(field, new BigDecimal(text));
        } else {
            node.put(field, text);
        }
    }

    private static boolean isNumeric(String field) {
        return List.of("nodalPoint", "line", "ltft", "expectedWork", "leaveWeeksPerYear", "hoursPerLeaveWeek")
                .contains(field);
    }

    private static boolean isBoolean(String field) {
        return List.of("onCall", "resident", "criterionR", "wtrOptOut", "shareLines").contains(field);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
