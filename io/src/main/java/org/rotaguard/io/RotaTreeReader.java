package org.rotaguard.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.NewDealAttributes;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.rota.ProspectiveCover;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.Schedule;
import org.rotaguard.core.rota.ShiftCode;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rota.Template;
import org.rotaguard.io.LocatedNode.Entry;
import org.rotaguard.io.LocatedNode.ListNode;
import org.rotaguard.io.LocatedNode.MapNode;
import org.rotaguard.io.LocatedNode.ScalarNode;

/**
 * Reads the fields of a rota file (format {@code rotaguard/1}) from its tree into a
 * {@link Rota.Builder}. Checks everything that is about the file itself (fields, types,
 * values, cells); whether the rota holds together (lines, ids, overlaps) is core's to say.
 */
final class RotaTreeReader {
    static final String FORMAT = "rotaguard/1";
    static final String DEFAULT_ZONE = "Europe/London";
    static final List<String> ROOT_FIELDS = List.of("format", "name", "start", "timezone", "contract",
            "prospectiveCover", "bankHolidays", "shifts", "doctors", "shareLines", "template", "assignments");
    static final List<String> SHIFT_FIELDS = List.of("start", "end", "onCall", "expectedWork", "name",
            "dutyType2002", "resident", "criterionR");
    static final List<String> DOCTOR_FIELDS = List.of("id", "name", "grade", "nodalPoint", "line", "ltft",
            "wtrOptOut", "prospectiveCover");
    static final List<String> COVER_FIELDS = List.of("leaveWeeksPerYear", "hoursPerLeaveWeek");
    /** The contract ids the format defines. */
    static final List<String> CONTRACTS = List.of("tcs2016", "tcs2016-2019", "new-deal-2002", "wtr-1998");

    private static final String LTFT = "a fraction of full time above 0 and at most 1, e.g. 0.8";
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final Problems problems;
    private final Values values;
    private final DayStrings days;

    RotaTreeReader(SourceText source, Problems problems) {
        this.problems = problems;
        this.values = new Values(problems);
        this.days = new DayStrings(source, problems);
    }

    /** The rota's parts, or null when anything was wrong (every problem reported). */
    Rota.Builder read(LocatedNode root) {
        Fields top = Fields.of(root, "a map of rota fields: format, start, shifts, doctors, ...", ROOT_FIELDS, values,
                problems);
        if (top == null || !formatIsKnown(top)) {
            return null;
        }
        LocalDate start = top.date("start");
        Rota.Builder rota = Rota.builder(start);
        rota.name(top.text("name", "", "free text"));
        rota.zone(zone(top.get("timezone")));
        rota.contract(contract(top.get("contract")));
        if (top.has("prospectiveCover")) {
            rota.prospectiveCover(cover(top.get("prospectiveCover")));
        }
        if (top.has("bankHolidays")) {
            rota.bankHolidays(bankHolidays(top.get("bankHolidays")));
        }
        Boolean shareLines = top.bool("shareLines", false);
        rota.shareLines(Boolean.TRUE.equals(shareLines));
        Set<String> codes = shifts(top.require("shifts", "a map from shift code to shift type"), rota);
        LocatedNode doctorList = top.require("doctors", "a list of doctors");
        List<Doctor> doctors = doctorList == null ? null : doctors(doctorList);
        if (doctors != null) {
            rota.doctors(doctors);
        }
        rota.schedule(schedule(top, codes));
        return problems.isEmpty() ? rota : null;
    }

    /** A file of another format or version is not read further: its fields would all look wrong. */
    private boolean formatIsKnown(Fields top) {
        String format = top.text("format", null, FORMAT);
        if (format != null && !format.equals(FORMAT)) {
            problems.add(top.get("format").location(), "format", "'" + format
                    + "' is not a supported format (expected " + FORMAT + ")");
            return false;
        }
        return true;
    }

    private ZoneId zone(LocatedNode node) {
        if (node == null) {
            return ZoneId.of(DEFAULT_ZONE);
        }
        String text = values.text(node, "an IANA time zone such as " + DEFAULT_ZONE);
        if (text == null) {
            return null;
        }
        // Region ids only: the format names IANA zones, not fixed offsets such as +01:00.
        if (!ZoneId.getAvailableZoneIds().contains(text)) {
            return values.invalid(node, "unknown time zone '" + text + "' (expected an IANA time zone such as "
                    + DEFAULT_ZONE + ")");
        }
        return ZoneId.of(text);
    }

    private String contract(LocatedNode node) {
        if (node == null) {
            return null;
        }
        String expected = "one of: " + String.join(", ", CONTRACTS);
        String text = values.text(node, "a contract id, " + expected);
        if (text != null && !CONTRACTS.contains(text)) {
            return values.invalid(node, "unknown contract '" + text + "' (expected " + expected + ")");
        }
        return text;
    }

    private ProspectiveCover cover(LocatedNode node) {
        Fields f = Fields.of(node, "{ leaveWeeksPerYear: number, hoursPerLeaveWeek: number }", COVER_FIELDS, values,
                problems);
        if (f == null) {
            return null;
        }
        BigDecimal weeks = f.number("leaveWeeksPerYear", null, "weeks of leave a year, from 0 to under 52",
                v -> v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(52)) < 0);
        BigDecimal hours = f.number("hoursPerLeaveWeek", null, "hours credited per week of leave, from 0 to 168",
                v -> v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(168)) <= 0);
        return weeks == null || hours == null ? null : new ProspectiveCover(weeks.doubleValue(), hours.doubleValue());
    }

    private List<LocalDate> bankHolidays(LocatedNode node) {
        if (!(node instanceof ListNode list)) {
            return values.wrongType(node, "a list of dates YYYY-MM-DD");
        }
        List<LocalDate> dates = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        for (LocatedNode item : list.items()) {
            LocalDate date = values.date(item);
            if (date == null) {
                continue;
            }
            String first = seen.putIfAbsent(date, item.path());
            if (first != null) {
                values.invalid(item, date + " is listed twice (already at " + first + "; expected each date once)");
            }
            dates.add(date);
        }
        return dates;
    }

    /** Adds the shift types to the rota; returns the codes defined, or null when there are none to check cells against. */
    private Set<String> shifts(LocatedNode node, Rota.Builder rota) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MapNode map)) {
            return values.wrongType(node, "a map from shift code to shift type");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Entry entry : map.entries().values()) {
            if (ShiftCode.isValid(entry.key())) {
                codes.add(entry.key());
            } else {
                problems.add(entry.keyLocation(), entry.value().path(), "'" + entry.key()
                        + "' is not a valid shift code (expected " + ShiftCode.rule() + ")");
            }
            ShiftType type = shift(entry);
            if (type != null) {
                rota.shift(type);
            }
        }
        if (map.entries().isEmpty()) {
            problems.add(map.location(), map.path(), "no shift types (expected at least one, e.g. D: { start: \"09:00\","
                    + " end: \"17:00\" })");
        }
        // With no usable code at all, every cell would be reported as unknown: one problem says it better.
        return codes.isEmpty() ? null : codes;
    }

    private ShiftType shift(Entry entry) {
        Fields f = Fields.of(entry.value(), "a shift type: { start: \"HH:MM\", end: \"HH:MM\", ... }", SHIFT_FIELDS,
                values, problems);
        if (f == null) {
            return null;
        }
        LocalTime start = f.time("start");
        LocalTime end = f.time("end");
        Boolean onCall = f.bool("onCall", false);
        BigDecimal work = f.number("expectedWork", BigDecimal.ZERO, "the hours of work in one on-call period, at"
                + " least 0", v -> v.signum() >= 0);
        String name = f.text("name", "", "free text");
        NewDealDutyType dutyType = dutyType(f.get("dutyType2002"));
        Boolean resident = f.bool("resident", false);
        Boolean criterionR = f.bool("criterionR", false);
        boolean ok = onCall != null
                && onCallOnly(f, onCall, "expectedWork", work != null && work.signum() != 0)
                & onCallOnly(f, onCall, "resident", Boolean.TRUE.equals(resident))
                & onCallOnly(f, onCall, "criterionR", Boolean.TRUE.equals(criterionR));
        if (!ok || start == null || end == null || work == null || name == null || resident == null
                || criterionR == null || (f.has("dutyType2002") && dutyType == null)
                || !ShiftCode.isValid(entry.key())) {
            return null;
        }
        Duration length = ShiftType.shift(entry.key(), start, end).clockLength();
        Duration expectedWork = Duration.ofSeconds(work.multiply(SECONDS_PER_HOUR)
                .min(BigDecimal.valueOf(length.toSeconds() + 1)).setScale(0, RoundingMode.HALF_UP).longValueExact());
        if (expectedWork.compareTo(length) > 0) {
            return values.invalid(f.get("expectedWork"), "expectedWork of " + ((ScalarNode) f.get("expectedWork")).text()
                    + " hours is longer than the period itself (expected at most " + hours(length) + ")");
        }
        return new ShiftType(entry.key(), start, end, onCall, expectedWork, name,
                new NewDealAttributes(dutyType, resident, criterionR));
    }

    /** A field that applies to on-call periods only may not take a non-default value on a resident shift. */
    private boolean onCallOnly(Fields f, boolean onCall, String key, boolean set) {
        if (onCall || !set) {
            return true;
        }
        problems.add(f.get(key).location(), f.get(key).path(), key
                + " applies only to on-call periods (expected onCall: true, or no " + key + ")");
        return false;
    }

    private NewDealDutyType dutyType(LocatedNode node) {
        if (node == null) {
            return null;
        }
        String expected = "one of: " + Arrays.stream(NewDealDutyType.values()).map(NewDealDutyType::id)
                .collect(Collectors.joining(", "));
        String text = values.text(node, "a New Deal duty type, " + expected);
        if (text == null) {
            return null;
        }
        return NewDealDutyType.fromId(text).orElseGet(() -> values.invalid(node, "unknown New Deal duty type '" + text
                + "' (expected " + expected + ")"));
    }

    private List<Doctor> doctors(LocatedNode node) {
        if (!(node instanceof ListNode list)) {
            return values.wrongType(node, "a list of doctors, e.g. - { id: A, line: 1 }");
        }
        List<Doctor> doctors = new ArrayList<>();
        for (LocatedNode item : list.items()) {
            Doctor doctor = doctor(item);
            if (doctor != null) {
                doctors.add(doctor);
            }
        }
        return doctors;
    }

    private Doctor doctor(LocatedNode node) {
        Fields f = Fields.of(node, "a doctor: { id: A, ... }", DOCTOR_FIELDS, values, problems);
        if (f == null) {
            return null;
        }
        String id = f.text("id", null, "a unique doctor id");
        if (id != null && id.isBlank()) {
            id = values.invalid(f.get("id"), "the doctor id is blank (expected a unique doctor id)");
        }
        String name = f.text("name", "", "free text");
        String grade = f.text("grade", "", "free text");
        Integer nodalPoint = f.wholeNumber("nodalPoint", 0, "a nodal point from 1 to 5",
                v -> v.intValue() >= 1 && v.intValue() <= 5);
        BigDecimal ltft = f.number("ltft", BigDecimal.ONE, LTFT,
                v -> v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0);
        Boolean optOut = f.bool("wtrOptOut", false);
        Integer line = f.wholeNumber("line", 0, "a template line from 1", v -> v.intValue() >= 1);
        ProspectiveCover cover = f.has("prospectiveCover") ? cover(f.get("prospectiveCover")) : null;
        if (id == null || name == null || grade == null || nodalPoint == null || ltft == null || optOut == null
                || line == null || (f.has("prospectiveCover") && cover == null)) {
            return null;
        }
        return new Doctor(id, name, grade, nodalPoint, ltft.doubleValue(), optOut, line, cover);
    }

    private Schedule schedule(Fields top, Set<String> codes) {
        boolean template = top.has("template");
        boolean assignments = top.has("assignments");
        if (template && assignments) {
            Location second = later(top.keyLocation("template"), top.keyLocation("assignments"));
            problems.add(second, "", "both template and assignments are given (expected exactly one: template for a"
                    + " cyclic rota, assignments for each doctor's own days)");
            return null;
        }
        if (!template && !assignments) {
            problems.add(top.map().location(), "", "missing template or assignments (expected exactly one: template"
                    + " for a cyclic rota, assignments for each doctor's own days)");
            return null;
        }
        return template ? template(top.get("template"), codes) : assignments(top.get("assignments"), codes);
    }

    private static Location later(Location a, Location b) {
        return a.line() > b.line() || (a.line() == b.line() && a.column() > b.column()) ? a : b;
    }

    private Template template(LocatedNode node, Set<String> codes) {
        if (!(node instanceof ListNode list)) {
            return values.wrongType(node, "a list of week strings, one per template line");
        }
        if (list.items().isEmpty()) {
            return values.invalid(node, "the template has no weeks (expected at least one week string)");
        }
        if (list.items().size() > Limits.MAX_TEMPLATE_WEEKS) {
            return values.invalid(node, "the template has " + list.items().size() + " weeks (expected at most "
                    + Limits.MAX_TEMPLATE_WEEKS + ", ten years)");
        }
        List<List<Cell>> weeks = new ArrayList<>();
        for (int w = 0; w < list.items().size(); w++) {
            LocatedNode item = list.items().get(w);
            List<Cell> cells = dayString(item, "a week string of 7 cells, e.g. \"D  D  N  N  -  -  -\"", codes);
            if (cells != null && cells.size() != 7) {
                values.invalid(item, "template line " + (w + 1) + " has " + cells.size() + (cells.size() == 1 ? " cell"
                        : " cells") + " (expected 7, one per day)");
            }
            weeks.add(cells);
        }
        return problems.isEmpty() ? new Template(weeks) : null;
    }

    private Assignments assignments(LocatedNode node, Set<String> codes) {
        if (!(node instanceof MapNode map)) {
            return values.wrongType(node, "a map from doctor id to that doctor's day string");
        }
        Map<String, List<Cell>> byDoctor = new LinkedHashMap<>();
        for (Entry entry : map.entries().values()) {
            byDoctor.put(entry.key(), dayString(entry.value(), "a day string, e.g. \"D  D  N  N  -  -\"", codes));
        }
        return problems.isEmpty() ? new Assignments(byDoctor) : null;
    }

    private List<Cell> dayString(LocatedNode node, String expected, Set<String> codes) {
        if (node instanceof ListNode) {
            // YAML reads an unquoted "- - D" as a list.
            return values.invalid(node, "found a list (expected " + expected
                    + "; quote a day string that starts with '-')");
        }
        if (values.text(node, expected) == null) {
            return null;
        }
        return days.parse((ScalarNode) node, codes);
    }

    private static String hours(Duration length) {
        BigDecimal hours = BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.toPlainString() + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }
}
