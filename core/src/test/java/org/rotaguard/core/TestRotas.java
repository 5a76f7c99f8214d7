package org.rotaguard.core;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rules.Findings;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.RuleInfo;
import org.rotaguard.core.rules.Violation;

/** Small rotas for rule tests: one doctor, shift types written as "CODE HH:MM-HH:MM". */
public final class TestRotas {
    /** A Monday in summer time with no clock change for weeks either side. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    /** Sunday 29 March 2026: clocks go forward at 01:00 GMT. */
    public static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    /** Sunday 25 October 2026: clocks go back at 02:00 BST. */
    public static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

    private TestRotas() {
    }

    public static RuleInfo info(String id) {
        return new RuleInfo(id, id, "test reference", "test");
    }

    /** Parses "D 08:00-17:00", or "OC 17:00-09:00 oncall 3h" for an on-call period with expected work. */
    public static ShiftType type(String spec) {
        String[] parts = spec.trim().split("\\s+");
        String[] times = parts[1].split("-");
        LocalTime start = LocalTime.parse(times[0]);
        LocalTime end = LocalTime.parse(times[1]);
        if (parts.length > 2 && parts[2].equals("oncall")) {
            Duration work = parts.length > 3 ? Duration.parse("PT" + parts[3].toUpperCase()) : Duration.ZERO;
            return ShiftType.onCall(parts[0], start, end, work);
        }
        return ShiftType.shift(parts[0], start, end);
    }

    /** One doctor's dated roster from {@code start}: cells separated by spaces. */
    public static Rota roster(LocalDate start, String days, String... types) {
        Rota.Builder b = Rota.builder(start).name("test");
        for (String t : types) {
            b.shift(type(t));
        }
        List<Cell> cells = Arrays.stream(days.trim().split("\\s+")).map(Cell::parse).toList();
        return b.doctor(new Doctor("A", "", "", 0, 1.0, false, 0, null))
                .schedule(new Assignments(Map.of("A", cells))).build();
    }

    /** One doctor on line 1 of a cyclic template. */
    public static Rota cyclic(LocalDate start, List<String> weeks, String... types) {
        Rota.Builder b = Rota.builder(start).name("test");
        for (String t : types) {
            b.shift(type(t));
        }
        return b.doctor(Doctor.onLine("A", 1)).template(weeks.toArray(new String[0])).build();
    }

    public static DoctorTimeline timeline(Rota rota) {
        return RotaLayout.layOut(rota, DutyDefinitions.TCS_2016).get(0);
    }

    public static List<Violation> check(Rule rule, Rota rota) {
        Findings findings = new Findings();
        rule.check(timeline(rota), findings);
        return findings.inTimeOrder();
    }

    /** A cell string repeated: {@code repeat("D", 3)} is "D D D". */
    public static String repeat(String cell, int times) {
        return String.join(" ", java.util.Collections.nCopies(times, cell));
    }
}
