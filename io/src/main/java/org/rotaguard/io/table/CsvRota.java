package org.rotaguard.io.table;

import java.util.ArrayList;
import java.util.List;
import org.rotaguard.core.rota.Rota;

/**
 * A rota as one CSV file (RFC 4180) in the layout of docs/excel-csv.md: the workbook's sheets
 * one after another, each opened by a line {@code [Sheet name]}.
 */
public final class CsvRota {
    private CsvRota() {
    }

    public static String write(Rota rota) {
        StringBuilder out = new StringBuilder();
        for (Table table : TableRotaWriter.tables(rota)) {
            if (out.length() > 0) {
                out.append("\r\n");
            }
            out.append('[').append(table.name()).append("]\r\n");
            for (List<Table.Cell> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    if (c > 0) {
                        out.append(',');
                    }
                    out.append(quote(row.get(c).text()));
                }
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    public static Rota read(String text, String file) throws TableException {
        List<List<Table.Cell>> rows = parse(text, file);
        List<Table> tables = new ArrayList<>();
        String name = null;
        List<List<Table.Cell>> current = new ArrayList<>();
        for (List<Table.Cell> row : rows) {
            String first = row.get(0).text();
            boolean rest = row.stream().skip(1).allMatch(c -> c.text().isEmpty());
            if (first.startsWith("[") && first.endsWith("]") && rest) {
                if (name != null) {
                    tables.add(new Table(name, current));
                }
                name = first.substring(1, first.length() - 1).trim();
                current = new ArrayList<>();
            } else if (name == null) {
                if (row.stream().anyMatch(c -> !c.text().isEmpty())) {
                    throw new TableException(List.of(file + ": " + row.get(0).where() + ": found '" + first
                            + "' before the first section (expected a line [Rota])"));
                }
            } else if (row.stream().anyMatch(c -> !c.text().isEmpty())) {
                current.add(row);
            }
        }
        if (name != null) {
            tables.add(new Table(name, current));
        }
        return TableRotaReader.read(tables, file);
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip())) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** RFC 4180 fields with their line and column; a quoted field may span lines. */
    static List<List<Table.Cell>> parse(String text, String file) throws TableException {
        List<List<Table.Cell>> rows = new ArrayList<>();
        List<Table.Cell> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        int quoteLine = 0;
        while (i <= text.length()) {
            char ch = i < text.length() ? text.charAt(i) : '\n';
            boolean end = i == text.length();
            if (quoted) {
                if (end) {
                    throw new TableException(List.of(file + ": line " + quoteLine + ": a quoted field is not closed"));
                }
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
                quoteLine = line;
            } else if (ch == ',') {
                row.add(cell(field, wasQuoted, rowLine, row.size()));
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell(field, wasQuoted, rowLine, row.size()));
                if (!(end && row.size() == 1 && row.get(0).text().isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
            } else {
                field.append(ch);
            }
            i++;
        }
        return rows;
    }

    private static Table.Cell cell(StringBuilder field, boolean quoted, int line, int column) {
        String text = quoted ? field.toString() : field.toString().strip();
        return new Table.Cell(text, "line " + line + ", column " + (column + 1));
    }
}
