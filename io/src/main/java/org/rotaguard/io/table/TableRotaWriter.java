package org.rotaguard.io.table;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.ProspectiveCover;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rota.Template;

/** A rota as the tables of docs/excel-csv.md: Rota, Shift types, Doctors and Grid. */
final class TableRotaWriter {
    private TableRotaWriter() {
    }

    static List<Table> tables(Rota rota) {
        return List.of(rotaTable(rota), shiftTypes(rota), doctors(rota), grid(rota));
    }

    private static Table rotaTable(Rota rota) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("field", "value"));
        rows.add(List.of("format", "rotaguard/1"));
        rows.add(List.of("name", rota.name()));
        rows.add(List.of("start", rota.start().toString()));
        rows.add(List.of("timezone", rota.zone().getId()));
        rows.add(List.of("contract", rota.contract().orElse("")));
        rows.add(List.of("schedule", rota.isCyclic() ? TableLayout.TEMPLATE : TableLayout.ASSIGNMENTS));
        rows.add(List.of("shareLines", rota.shareLines() ? "true" : ""));
        rows.add(List.of("bankHolidays", rota.bankHolidays()
                .map(days -> days.isEmpty() ? "none" : days.stream().map(LocalDate::toString).collect(Collectors.joining(" ")))
                .orElse("")));
        ProspectiveCover cover = rota.prospectiveCover().orElse(null);
        rows.add(List.of("prospectiveCover.leaveWeeksPerYear", cover == null ? "" : number(cover.leaveWeeksPerYear())));
        rows.add(List.of("prospectiveCover.hoursPerLeaveWeek", cover == null ? "" : number(cover.hoursPerLeaveWeek())));
        return Table.ofText(TableLayout.ROTA, rows);
    }

    private static Table shiftTypes(Rota rota) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(TableLayout.SHIFT_COLUMNS);
        for (ShiftType t : rota.shiftTypes().values()) {
            rows.add(List.of(t.code(), t.name(), t.start().toString(), t.end().toString(), t.onCall() ? "true" : "",
                    t.expectedWork().isZero() ? "" : hours(t.expectedWork()),
                    t.newDeal().dutyType() == null ? "" : t.newDeal().dutyType().id(),
                    t.newDeal().resident() ? "true" : "", t.newDeal().criterionR() ? "true" : ""));
        }
        return Table.ofText(TableLayout.SHIFT_TYPES, rows);
    }

    private static Table doctors(Rota rota) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(TableLayout.DOCTOR_COLUMNS);
        for (Doctor d : rota.doctors()) {
            ProspectiveCover cover = d.prospectiveCover();
            rows.add(List.of(d.id(), d.name(), d.grade(), d.nodalPoint() == 0 ? "" : String.valueOf(d.nodalPoint()),
                    d.line() == 0 ? "" : String.valueOf(d.line()), d.ltft() == 1.0 ? "" : number(d.ltft()),
                    d.wtrOptOut() ? "true" : "", cover == null ? "" : number(cover.leaveWeeksPerYear()),
                    cover == null ? "" : number(cover.hoursPerLeaveWeek())));
        }
        return Table.ofText(TableLayout.DOCTORS, rows);
    }

    private static Table grid(Rota rota) {
        List<List<String>> rows = new ArrayList<>();
        if (rota.schedule() instanceof Template template) {
            List<String> header = new ArrayList<>();
            header.add("week");
            for (int d = 0; d < 7; d++) {
                header.add(rota.start().plusDays(d).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK));
            }
            rows.add(header);
            for (int w = 0; w < template.weekCount(); w++) {
                List<String> row = new ArrayList<>();
                row.add(String.valueOf(w + 1));
                template.weeks().get(w).forEach(c -> row.add(c.toString()));
                rows.add(row);
            }
        } else {
            Assignments assignments = (Assignments) rota.schedule();
            int days = assignments.days().values().stream().mapToInt(List::size).max().orElse(0);
            List<String> header = new ArrayList<>();
            header.add("doctor");
            for (int d = 0; d < days; d++) {
                header.add(rota.start().plusDays(d).toString());
            }
            rows.add(header);
            assignments.days().forEach((id, cells) -> {
                List<String> row = new ArrayList<>();
                row.add(id);
                cells.stream().map(Cell::toString).forEach(row::add);
                rows.add(row);
            });
        }
        return Table.ofText(TableLayout.GRID, rows);
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String hours(Duration duration) {
        return BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(3600), 6, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }
}
