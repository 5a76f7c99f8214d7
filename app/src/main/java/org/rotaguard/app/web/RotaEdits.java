package org.rotaguard.app.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.InvalidRotaException;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.RotaProblem;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rota.Template;

/** Changes a user can make to a rota from its page: one cell, or one shift type's times. */
public final class RotaEdits {
    private RotaEdits() {
    }

    /**
     * Sets the cell a doctor works on day {@code day} (0-based from the rota's start). On a
     * template this changes the template week the doctor works that week, so every doctor who
     * works that week in turn gets the change.
     */
    public static Rota setCell(Rota rota, String doctorId, int day, String text) throws BadInput {
        Doctor doctor = rota.doctors().stream().filter(d -> d.id().equals(doctorId)).findFirst()
                .orElseThrow(() -> new BadInput("there is no doctor '" + doctorId + "' on this rota"));
        Cell cell = parseCell(rota, text);
        if (rota.schedule() instanceof Template template) {
            if (day < 0 || day >= template.cycleDays()) {
                throw new BadInput("day " + (day + 1) + " is outside the " + template.cycleDays() + "-day cycle");
            }
            int week = Math.floorMod(doctor.line() - 1 + day / 7, template.weekCount());
            List<List<Cell>> weeks = new ArrayList<>(template.weeks());
            List<Cell> cells = new ArrayList<>(weeks.get(week));
            cells.set(day % 7, cell);
            weeks.set(week, cells);
            return rebuild(rota.toBuilder().schedule(new Template(weeks)));
        }
        Assignments assignments = (Assignments) rota.schedule();
        List<Cell> days = new ArrayList<>(assignments.daysOf(doctorId));
        if (day < 0 || day >= days.size()) {
            throw new BadInput("day " + (day + 1) + " is outside " + doctor.label() + "'s " + days.size() + " days");
        }
        days.set(day, cell);
        Map<String, List<Cell>> all = new LinkedHashMap<>(assignments.days());
        all.put(doctorId, days);
        return rebuild(rota.toBuilder().schedule(new Assignments(all)));
    }

    /** Gives a shift type new start and end times (HH:MM, local clock). */
    public static Rota setShiftTimes(Rota rota, String code, String start, String end) throws BadInput {
        ShiftType type = rota.shiftTypes().get(code);
        if (type == null) {
            throw new BadInput("there is no shift type '" + code + "' on this rota");
        }
        LocalTime from = time("start", start);
        LocalTime to = time("end", end);
        ShiftType changed;
        try {
            changed = new ShiftType(code, from, to, type.onCall(), type.expectedWork(), type.name(), type.newDeal());
        } catch (IllegalArgumentException e) {
            throw new BadInput(code + ": " + e.getMessage());
        }
        return rebuild(rota.toBuilder().replaceShift(changed));
    }

    static Cell parseCell(Rota rota, String text) throws BadInput {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty() || value.equals("-")) {
            return Cell.OFF;
        }
        Cell cell = Cell.parse(value.replaceAll("\\s*\\+\\s*", "+"));
        for (String code : cell.codes()) {
            if (!rota.shiftTypes().containsKey(code)) {
                throw new BadInput("'" + code + "' is not a shift code of this rota (codes: "
                        + String.join(", ", rota.shiftTypes().keySet()) + "; '-' for a day off)");
            }
        }
        return cell;
    }

    private static LocalTime time(String what, String text) throws BadInput {
        String value = text == null ? "" : text.trim();
        if (!value.matches("\\d{2}:\\d{2}")) {
            throw new BadInput("the " + what + " time must be HH:MM on the 24-hour clock, such as 08:00, not '" + value + "'");
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInput("the " + what + " time '" + value + "' is not a time of day");
        }
    }

    private static Rota rebuild(Rota.Builder builder) throws BadInput {
        try {
            return builder.build();
        } catch (InvalidRotaException e) {
            StringBuilder text = new StringBuilder("the rota would not hold together: ");
            List<String> messages = e.problems().stream().map(RotaProblem::toString).toList();
            text.append(String.join("; ", messages));
            throw new BadInput(text.toString());
        }
    }
}
