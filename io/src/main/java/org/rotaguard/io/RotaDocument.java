package org.rotaguard.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.NewDealAttributes;
import org.rotaguard.core.rota.ProspectiveCover;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rota.Template;

/**
 * A rota as the ordered fields of its file, in the spec's order and leaving out defaults.
 * Values are String, Boolean, BigDecimal, LocalDate, {@link DayString}, lists, {@link Block}
 * maps (one entry per line in YAML) and other maps (written inline in YAML).
 */
final class RotaDocument {
    /** A map written one entry per line in YAML. */
    static final class Block extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** A day string: always quoted in YAML, since it may begin with '-'. */
    record DayString(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private RotaDocument() {
    }

    static Block of(Rota rota) {
        Block root = new Block();
        root.put("format", RotaTreeReader.FORMAT);
        putIf(root, "name", rota.name(), !rota.name().isEmpty());
        root.put("start", rota.start());
        root.put("timezone", rota.zone().getId());
        rota.contract().ifPresent(contract -> root.put("contract", contract));
        rota.prospectiveCover().ifPresent(cover -> root.put("prospectiveCover", cover(cover)));
        rota.bankHolidays().ifPresent(days -> root.put("bankHolidays", days));
        Block shifts = new Block();
        rota.shiftTypes().forEach((code, type) -> shifts.put(code, shift(type)));
        root.put("shifts", shifts);
        root.put("doctors", rota.doctors().stream().map(RotaDocument::doctor).toList());
        if (rota.schedule() instanceof Template template) {
            putIf(root, "shareLines", true, rota.shareLines());
            root.put("template", aligned(template.weeks()));
        } else {
            Map<String, List<Cell>> days = ((Assignments) rota.schedule()).days();
            List<DayString> strings = aligned(new ArrayList<>(days.values()));
            Block assignments = new Block();
            int i = 0;
            for (String id : days.keySet()) {
                assignments.put(id, strings.get(i++));
            }
            root.put("assignments", assignments);
        }
        return root;
    }

    private static Map<String, Object> shift(ShiftType type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("start", type.start().toString());
        fields.put("end", type.end().toString());
        putIf(fields, "onCall", true, type.onCall());
        putIf(fields, "expectedWork", hours(type.expectedWork()), !type.expectedWork().isZero());
        putIf(fields, "name", type.name(), !type.name().isEmpty());
        NewDealAttributes newDeal = type.newDeal();
        if (newDeal.dutyType() != null) {
            fields.put("dutyType2002", newDeal.dutyType().id());
        }
        putIf(fields, "resident", true, newDeal.resident());
        putIf(fields, "criterionR", true, newDeal.criterionR());
        return fields;
    }

    private static Map<String, Object> doctor(Doctor doctor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", doctor.id());
        putIf(fields, "name", doctor.name(), !doctor.name().isEmpty());
        putIf(fields, "grade", doctor.grade(), !doctor.grade().isEmpty());
        putIf(fields, "nodalPoint", BigDecimal.valueOf(doctor.nodalPoint()), doctor.nodalPoint() != 0);
        putIf(fields, "line", BigDecimal.valueOf(doctor.line()), doctor.line() != 0);
        putIf(fields, "ltft", number(doctor.ltft()), doctor.ltft() != 1.0);
        putIf(fields, "wtrOptOut", true, doctor.wtrOptOut());
        if (doctor.prospectiveCover() != null) {
            fields.put("prospectiveCover", cover(doctor.prospectiveCover()));
        }
        return fields;
    }

    private static Map<String, Object> cover(ProspectiveCover cover) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("leaveWeeksPerYear", number(cover.leaveWeeksPerYear()));
        fields.put("hoursPerLeaveWeek", number(cover.hoursPerLeaveWeek()));
        return fields;
    }

    /** Day strings with each day's cells padded to a common width, so the days line up in columns. */
    static List<DayString> aligned(List<List<Cell>> rows) {
        List<Integer> widths = new ArrayList<>();
        for (List<Cell> row : rows) {
            for (int d = 0; d < row.size(); d++) {
                int width = row.get(d).toString().length();
                if (d == widths.size()) {
                    widths.add(width);
                } else {
                    widths.set(d, Math.max(widths.get(d), width));
                }
            }
        }
        List<DayString> strings = new ArrayList<>();
        for (List<Cell> row : rows) {
            StringBuilder text = new StringBuilder();
            for (int d = 0; d < row.size(); d++) {
                String cell = row.get(d).toString();
                text.append(cell).append(String.join("", Collections.nCopies(widths.get(d) - cell.length() + 1, " ")));
            }
            strings.add(new DayString(text.toString().stripTrailing()));
        }
        return strings;
    }

    /** The shortest decimal that reads back as the same double. */
    private static BigDecimal number(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    private static BigDecimal hours(Duration duration) {
        return plain(BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(3600), MathContext.DECIMAL64));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void putIf(Map<String, Object> fields, String key, Object value, boolean condition) {
        if (condition) {
            fields.put(key, value);
        }
    }
}
