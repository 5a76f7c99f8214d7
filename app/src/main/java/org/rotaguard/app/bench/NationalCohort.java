package org.rotaguard.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rota.Template;

/**
 * A synthetic national cohort of resident doctors: services of common shapes (emergency
 * department full shift, acute medicine with on-call, surgery, intensive care, paediatrics,
 * psychiatry on-call), each staffed one doctor a template line, every doctor rostered on real
 * dates for a year from an August or February changeover, so both clock changes fall inside.
 */
public final class NationalCohort {
    private record Service(String name, Map<String, ShiftType> types, List<String> weeks) {
    }

    // Patterns of the kind published in work schedules. All but the last keep the 2019 limits;
    // the last is an older pattern (five nights, weekends 1 in 2) that a checker must catch.
    private static final List<Service> SERVICES = List.of(
            service("Emergency department", List.of(
                    "D 08:00-17:00", "LD 08:00-20:30", "E 14:00-23:00", "N 20:00-08:30"), List.of(
                    "D D D D D - -", "- - - - N N N", "- - LD LD LD - -", "LD LD LD - - - -",
                    "- - - LD LD LD LD", "- - E E E - -", "N N N N - - -", "- - - D D D D", "- E E E E - -")),
            service("Acute medicine", List.of(
                    "D 09:00-17:00", "OC 17:00-09:00 oncall 3h", "W 09:00-09:00 oncall 6h"), List.of(
                    "D D+OC D D D - -", "D D D D+OC D - -", "D D D D D W W", "D D D+OC D D - -",
                    "D+OC D D D D - -", "D D D D D - -", "D D+OC D D D - -", "D D D D D W W")),
            service("General surgery", List.of(
                    "D 08:00-17:00", "LD 08:00-20:30", "N 20:00-08:30"), List.of(
                    "LD LD - - - - -", "D D D D D - -", "- - - - N N N", "- - D D D - -",
                    "N N N N - - -", "- - - - D LD LD", "- - D D D - -")),
            service("Intensive care", List.of(
                    "LD 08:00-20:30", "N 20:00-08:30", "D 08:00-16:00"), List.of(
                    "LD LD LD - - - -", "N N N N - - -", "- - - LD LD LD -", "- D D D D - -",
                    "- - - - N N N", "- - D D D - -")),
            service("Paediatrics", List.of(
                    "D 09:00-17:00", "LD 08:30-21:00", "N 20:30-09:00", "E 13:00-22:00"), List.of(
                    "D D D D D - -", "LD LD - - - - -", "- - - - N N N", "- - E E E E -", "N N N N - - -",
                    "- - - - - LD LD", "- D D D D - -", "E E E E E - -", "D D D D - - -")),
            service("Psychiatry", List.of(
                    "D 09:00-17:00", "OC 17:00-09:00 oncall 1h30m", "W 09:00-09:00 oncall 3h"), List.of(
                    "D D D D D - -", "D+OC D D D D - -", "D D D+OC D D - -", "D D D D D W W",
                    "D D D D D+OC - -", "D D+OC D D D - -")),
            service("Trauma and orthopaedics (older pattern)", List.of(
                    "D 08:00-17:00", "LD 08:00-21:00", "N 21:00-08:00"), List.of(
                    "LD LD LD LD LD - -", "- - N N N N N", "- - - D D LD LD", "D D D D D - -")));

    private NationalCohort() {
    }

    private static Service service(String name, List<String> types, List<String> weeks) {
        Map<String, ShiftType> map = new LinkedHashMap<>();
        for (String spec : types) {
            String[] parts = spec.split(" ");
            String[] times = parts[1].split("-");
            var start = java.time.LocalTime.parse(times[0]);
            var end = java.time.LocalTime.parse(times[1]);
            ShiftType type = parts.length > 2
                    ? ShiftType.onCall(parts[0], start, end, java.time.Duration.parse("PT" + parts[3].toUpperCase()))
                    : ShiftType.shift(parts[0], start, end);
            map.put(parts[0], type);
        }
        return new Service(name, map, weeks);
    }

    /** Builds rotas until {@code doctors} doctors are rostered for {@code weeks} weeks each. */
    public static List<Rota> build(int doctors, int weeks, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Rota> rotas = new ArrayList<>();
        int placed = 0;
        int trust = 0;
        while (placed < doctors) {
            Service service = SERVICES.get(random.nextInt(SERVICES.size()));
            Template template = new Template(service.weeks().stream()
                    .map(w -> java.util.Arrays.stream(w.split("\\s+")).map(Cell::parse).toList()).toList());
            int lines = Math.min(template.weekCount(), doctors - placed);
            // The patterns are written Monday to Sunday: rosters start on the Monday of the
            // August or February changeover week.
            LocalDate start = random.nextBoolean() ? LocalDate.of(2026, 8, 3) : LocalDate.of(2027, 2, 1);
            Rota.Builder rota = Rota.builder(start).name(service.name() + " — trust " + (++trust));
            service.types().values().forEach(rota::shift);
            Map<String, List<Cell>> days = new LinkedHashMap<>();
            for (int line = 1; line <= lines; line++) {
                String id = "T" + trust + "-" + line;
                rota.doctor(new Doctor(id, "", "", 1 + random.nextInt(5), 1.0, random.nextInt(10) == 0, 0, null));
                Cell[] cells = new Cell[7 * weeks];
                for (int d = 0; d < cells.length; d++) {
                    cells[d] = template.cell(line, d);
                }
                days.put(id, List.of(cells));
            }
            rotas.add(rota.schedule(new Assignments(days)).build());
            placed += lines;
        }
        return rotas;
    }
}
