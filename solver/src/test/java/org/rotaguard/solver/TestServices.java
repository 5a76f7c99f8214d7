package org.rotaguard.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.RuleInfo;
import org.rotaguard.core.service.Cover;
import org.rotaguard.core.service.CoverRange;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ObjectiveWeights;
import org.rotaguard.core.service.ServiceDescription;
import org.rotaguard.core.service.ServiceDoctor;

/** Small services for designer tests. */
final class TestServices {
    /** A Monday in summer time, weeks away from a clock change. */
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    private TestServices() {
    }

    static RuleInfo info(String id) {
        return new RuleInfo(id, id, "test reference", "test");
    }

    static ContractPack pack(Rule... rules) {
        return new ContractPack("test", "test", "", DutyDefinitions.TCS_2016, List.of(rules));
    }

    /** "D 08:00-17:00", or "OC 17:00-09:00 oncall 3h". */
    static ShiftType type(String spec) {
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

    /** Cover: for each weekday, exactly this many of each code (codes not named: none). */
    static Cover cover(Map<DayOfWeek, Map<String, Integer>> exact) {
        Map<DayOfWeek, Map<String, CoverRange>> ranges = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<String, CoverRange> r = new LinkedHashMap<>();
            exact.getOrDefault(day, Map.of()).forEach((code, n) -> r.put(code, new CoverRange(n, n)));
            ranges.put(day, r);
        }
        return new Cover(ranges, null);
    }

    /** The same cover every day. */
    static Cover everyDay(Map<String, Integer> exact) {
        Map<DayOfWeek, Map<String, Integer>> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            all.put(day, exact);
        }
        return cover(all);
    }

    static ServiceDescription service(LocalDate start, DesignMode mode, int weeks, Cover cover,
                                      List<ServiceDoctor> doctors, String... types) {
        Map<String, ShiftType> shifts = new LinkedHashMap<>();
        for (String t : types) {
            ShiftType type = type(t);
            shifts.put(type.code(), type);
        }
        return new ServiceDescription("test", start, ZoneId.of("Europe/London"), null, mode, weeks, shifts, cover,
                doctors, Set.of(), ObjectiveWeights.DEFAULT, 100);
    }

    static List<ServiceDoctor> doctors(int n) {
        List<ServiceDoctor> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(ServiceDoctor.of(Doctor.onLine("D" + i, 0)));
        }
        return list;
    }

    /** One full-time doctor on leave on the given dates. */
    static List<ServiceDoctor> oneDoctorWithLeave(LocalDate... leave) {
        return List.of(new ServiceDoctor(Doctor.onLine("A", 0), Set.of(leave), Set.of(), Set.of(), List.of()));
    }
}
