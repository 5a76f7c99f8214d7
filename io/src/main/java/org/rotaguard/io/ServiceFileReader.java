package org.rotaguard.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.service.Cover;
import org.rotaguard.core.service.CoverRange;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ObjectiveWeights;
import org.rotaguard.core.service.Request;
import org.rotaguard.core.service.ServiceDescription;
import org.rotaguard.core.service.ServiceDoctor;
import org.rotaguard.io.LocatedNode.Entry;
import org.rotaguard.io.LocatedNode.ListNode;
import org.rotaguard.io.LocatedNode.MapNode;
import org.rotaguard.io.LocatedNode.ScalarNode;

/**
 * Reads a service description (YAML or JSON, format {@code rotaguard-service/1}) for the rota
 * designer. Like rota files, every problem is reported with the file, line, column and field
 * path, all at once, in a {@link RotaFileException}. The format is described in docs/service-file.md.
 */
public final class ServiceFileReader {
    static final String FORMAT = "rotaguard-service/1";
    static final List<String> ROOT_FIELDS = List.of("format", "name", "start", "timezone", "contract", "mode",
            "weeks", "shifts", "cover", "doctors", "bankHolidays", "weights", "locumRate");
    static final List<String> COVER_FIELDS = List.of("everyDay", "weekday", "weekend", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "bankHoliday");
    static final List<String> DOCTOR_FIELDS = List.of("id", "name", "grade", "nodalPoint", "ltft", "wtrOptOut",
            "leave", "fixedDays", "nonWorkingDays", "requests");
    static final List<String> WEIGHT_FIELDS = List.of("locumGaps", "fairness", "quickReturns", "isolatedNights",
            "dayAfterNights", "longRuns", "requests");
    private static final int MAX_DOCTORS = 500;
    private static final int MAX_WEEKS = 104;

    private final Problems problems;
    private final Values values;
    /** The placement, for checking that requests fall inside it (null when start or weeks are unusable). */
    private LocalDate placementStart;
    private LocalDate placementEnd;

    private ServiceFileReader(Problems problems) {
        this.problems = problems;
        this.values = new Values(problems);
    }

    /** Reads a file; the format follows from its extension (.yaml, .yml or .json). */
    public static ServiceDescription read(Path file) throws RotaFileException {
        String name = file.toString();
        Problems problems = new Problems(name);
        RotaFileFormat format = RotaFileFormat.ofFileName(name).orElse(null);
        if (format == null) {
            problems.addForFile("unsupported file type (expected a .yaml, .yml or .json file)");
            throw problems.exception();
        }
        return read(RotaFileReader.text(file, problems), name, format);
    }

    /** Reads service text that did not come from a file. */
    public static ServiceDescription read(String text, String displayName, RotaFileFormat format)
            throws RotaFileException {
        Problems problems = new Problems(displayName);
        if (text.length() > Limits.MAX_FILE_BYTES) {
            problems.addForFile("the text has " + text.length() + " characters, too many for a service file");
            throw problems.exception();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SourceText source = new SourceText(text, format);
        LocatedTreeBuilder.Result tree = LocatedTreeBuilder.build(text, source, format, problems);
        if (!tree.complete()) {
            throw problems.exception();
        }
        ServiceDescription service = null;
        try {
            service = new ServiceFileReader(problems).service(tree.root());
        } catch (RuntimeException e) {
            problems.add(tree.root().location(), "", "the service cannot be read: " + e.getMessage());
        }
        if (service == null || !problems.isEmpty()) {
            throw problems.exception();
        }
        return service;
    }

    private ServiceDescription service(LocatedNode root) {
        Fields top = Fields.of(root, "a map of service fields: format, start, shifts, cover, doctors, ...",
                ROOT_FIELDS, values, problems);
        if (top == null) {
            return null;
        }
        String format = top.text("format", null, FORMAT);
        if (format != null && !format.equals(FORMAT)) {
            problems.add(top.get("format").location(), "format", "'" + format
                    + "' is not a supported format (expected " + FORMAT
                    + (format.equals(RotaTreeReader.FORMAT) ? "; this is a rota file, which `rotaguard check` reads" : "")
                    + ")");
            return null;
        }
        LocalDate start = top.date("start");
        String name = top.text("name", "", "free text");
        ZoneId zone = zone(top.get("timezone"));
        String contract = contract(top.get("contract"));
        DesignMode mode = mode(top.get("mode"));
        Integer weeks = top.wholeNumber("weeks", 26, "a placement length of 1 to " + MAX_WEEKS + " weeks",
                v -> v.intValue() >= 1 && v.intValue() <= MAX_WEEKS);
        Map<String, ShiftType> shifts = new LinkedHashMap<>();
        Set<String> codes = new ShiftTypeReader(values, problems)
                .shifts(top.require("shifts", "a map from shift code to shift type"), t -> shifts.put(t.code(), t));
        Cover cover = codes == null ? null : cover(top.require("cover", "the cover each day needs, e.g. "
                + "{ everyDay: { D: 2, N: 2 } }"), codes);
        placementStart = start;
        placementEnd = start == null || weeks == null ? null : start.plusWeeks(weeks);
        List<ServiceDoctor> doctors = doctors(top.require("doctors", "a list of doctors, or a number of full-time"
                + " doctors"), codes);
        Set<LocalDate> bankHolidays = top.has("bankHolidays") ? dates(top.get("bankHolidays"), "bank holidays")
                : Set.of();
        ObjectiveWeights weights = weights(top.get("weights"));
        BigDecimal rate = top.number("locumRate", BigDecimal.valueOf(100), "pounds per hour of locum cover, at"
                + " least 0", v -> v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100_000)) <= 0);
        if (!problems.isEmpty() || start == null || zone == null || mode == null || weeks == null || cover == null
                || doctors == null || bankHolidays == null || weights == null || rate == null || name == null) {
            return null;
        }
        return new ServiceDescription(name, start, zone, contract, mode, weeks, shifts, cover, doctors, bankHolidays,
                weights, rate.doubleValue());
    }

    private ZoneId zone(LocatedNode node) {
        if (node == null) {
            return ZoneId.of(RotaTreeReader.DEFAULT_ZONE);
        }
        String text = values.text(node, "an IANA time zone such as " + RotaTreeReader.DEFAULT_ZONE);
        if (text == null) {
            return null;
        }
        if (!ZoneId.getAvailableZoneIds().contains(text)) {
            return values.invalid(node, "unknown time zone '" + text + "' (expected an IANA time zone such as "
                    + RotaTreeReader.DEFAULT_ZONE + ")");
        }
        return ZoneId.of(text);
    }

    private String contract(LocatedNode node) {
        if (node == null) {
            return null;
        }
        String expected = "one of: " + String.join(", ", RotaTreeReader.CONTRACTS);
        String text = values.text(node, "a contract id, " + expected);
        if (text != null && !RotaTreeReader.CONTRACTS.contains(text)) {
            return values.invalid(node, "unknown contract '" + text + "' (expected " + expected + ")");
        }
        return text;
    }

    private DesignMode mode(LocatedNode node) {
        if (node == null) {
            return DesignMode.TEMPLATE;
        }
        String text = values.text(node, "template or roster");
        if (text == null) {
            return null;
        }
        return DesignMode.fromId(text).orElseGet(() -> values.invalid(node, "unknown mode '" + text
                + "' (expected template or roster)"));
    }

    private Cover cover(LocatedNode node, Set<String> codes) {
        if (node == null) {
            return null;
        }
        Fields f = Fields.of(node, "a map from days (everyDay, weekday, weekend, monday, ..., bankHoliday) to the"
                + " cover of each shift type", COVER_FIELDS, values, problems);
        if (f == null) {
            return null;
        }
        Map<String, Map<String, CoverRange>> read = new LinkedHashMap<>();
        for (String key : COVER_FIELDS) {
            if (f.has(key)) {
                read.put(key, ranges(f.get(key), codes));
            }
        }
        if (read.isEmpty()) {
            problems.add(node.location(), node.path(), "no cover given (expected e.g. { everyDay: { D: 2, N: 2 } })");
            return null;
        }
        if (read.containsValue(null)) {
            return null;
        }
        Map<DayOfWeek, Map<String, CoverRange>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<String, CoverRange> ranges = new LinkedHashMap<>(read.getOrDefault("everyDay", Map.of()));
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            ranges.putAll(read.getOrDefault(weekend ? "weekend" : "weekday", Map.of()));
            ranges.putAll(read.getOrDefault(day.name().toLowerCase(Locale.ROOT), Map.of()));
            byDay.put(day, ranges);
        }
        return new Cover(byDay, read.get("bankHoliday"));
    }

    /** A map from shift code to a number (the fewest doctors) or { min, max }. */
    private Map<String, CoverRange> ranges(LocatedNode node, Set<String> codes) {
        if (!(node instanceof MapNode map)) {
            return values.wrongType(node, "a map from shift code to the number of doctors, e.g. { D: 2, N: 2 }");
        }
        Map<String, CoverRange> ranges = new LinkedHashMap<>();
        boolean ok = true;
        for (Entry entry : map.entries().values()) {
            if (!codes.contains(entry.key())) {
                problems.add(entry.keyLocation(), entry.value().path(), "unknown shift code '" + entry.key()
                        + "' (expected one of the shifts: " + String.join(", ", codes) + ")");
                ok = false;
                continue;
            }
            CoverRange range = range(entry.value());
            ok &= range != null;
            if (range != null) {
                ranges.put(entry.key(), range);
            }
        }
        return ok ? ranges : null;
    }

    private CoverRange range(LocatedNode node) {
        String expected = "exactly this many doctors, 0 to " + MAX_DOCTORS + ", or a range { min: N, max: M }";
        if (node instanceof MapNode) {
            Fields f = Fields.of(node, expected, List.of("min", "max", "byGrade"), values, problems);
            Integer min = f.wholeNumber("min", 0, "the fewest doctors, 0 to " + MAX_DOCTORS,
                    v -> v.signum() >= 0 && v.intValue() <= MAX_DOCTORS);
            Integer max = f.wholeNumber("max", CoverRange.NO_MAX, "the most doctors, 0 to " + MAX_DOCTORS,
                    v -> v.signum() >= 0 && v.intValue() <= MAX_DOCTORS);
            if (min == null || max == null) {
                return null;
            }
            if (max < min) {
                return values.invalid(node, "max " + max + " is less than min " + min + " (expected max at least min)");
            }
            CoverRange.GradeCover byGrade = null;
            if (f.has("byGrade")) {
                byGrade = gradeCover(f.get("byGrade"), min);
                if (byGrade == null) {
                    return null;
                }
            }
            return new CoverRange(min, max, byGrade);
        }
        Integer min = values.wholeNumber(node, expected);
        if (min == null) {
            return null;
        }
        if (min < 0 || min > MAX_DOCTORS) {
            return values.invalid(node, min + " is out of range (expected " + expected + ")");
        }
        return new CoverRange(min, min);
    }

    /** { grades: [ST3, ST4], min: 1 }: at least min of the doctors on the shift of those grades. */
    private CoverRange.GradeCover gradeCover(LocatedNode node, int coverMin) {
        Fields f = Fields.of(node, "{ grades: [ST3, ST4, ...], min: N }", List.of("grades", "min"), values, problems);
        if (f == null) {
            return null;
        }
        LocatedNode gradesNode = f.require("grades", "a list of grades, e.g. [ST3, ST4]");
        Integer min = f.wholeNumber("min", 1, "how many of those grades at least, 1 to the cover's min",
                v -> v.intValue() >= 1 && v.intValue() <= coverMin);
        if (gradesNode == null || min == null) {
            return null;
        }
        if (!(gradesNode instanceof ListNode list) || list.items().isEmpty()) {
            return values.invalid(gradesNode, "found " + gradesNode.describe() + " (expected a non-empty list of"
                    + " grades, e.g. [ST3, ST4])");
        }
        Set<String> grades = new LinkedHashSet<>();
        for (LocatedNode item : list.items()) {
            String grade = values.text(item, "a grade such as ST3");
            if (grade == null) {
                return null;
            }
            grades.add(grade);
        }
        return new CoverRange.GradeCover(grades, min);
    }

    private List<ServiceDoctor> doctors(LocatedNode node, Set<String> codes) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode) {
            Integer count = values.wholeNumber(node, "a number of full-time doctors, 1 to " + MAX_DOCTORS);
            if (count == null) {
                return null;
            }
            if (count < 1 || count > MAX_DOCTORS) {
                return values.invalid(node, count + " is out of range (expected 1 to " + MAX_DOCTORS + " doctors)");
            }
            List<ServiceDoctor> doctors = new ArrayList<>();
            int width = String.valueOf(count).length();
            for (int i = 1; i <= count; i++) {
                doctors.add(ServiceDoctor.of(Doctor.onLine(String.format(Locale.ROOT, "D%0" + width + "d", i), 0)));
            }
            return doctors;
        }
        if (!(node instanceof ListNode list)) {
            return values.wrongType(node, "a list of doctors, or a number of full-time doctors");
        }
        if (list.items().isEmpty()) {
            return values.invalid(node, "no doctors (expected at least one)");
        }
        if (list.items().size() > MAX_DOCTORS) {
            return values.invalid(node, list.items().size() + " doctors is too many (expected at most " + MAX_DOCTORS
                    + ")");
        }
        List<ServiceDoctor> doctors = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (LocatedNode item : list.items()) {
            ServiceDoctor doctor = doctor(item, codes);
            if (doctor == null) {
                continue;
            }
            String first = ids.putIfAbsent(doctor.id(), item.path());
            if (first != null) {
                problems.add(item.location(), item.path() + ".id", "doctor id '" + doctor.id()
                        + "' is used twice (already at " + first + "; expected unique ids)");
            }
            doctors.add(doctor);
        }
        return problems.isEmpty() ? doctors : null;
    }

    private ServiceDoctor doctor(LocatedNode node, Set<String> codes) {
        Fields f = Fields.of(node, "a doctor: { id: ..., ltft: ..., leave: [...] }", DOCTOR_FIELDS, values, problems);
        if (f == null) {
            return null;
        }
        String id = f.text("id", null, "a doctor id");
        String name = f.text("name", "", "free text");
        String grade = f.text("grade", "", "free text");
        Integer nodal = f.wholeNumber("nodalPoint", 0, "a nodal point 1 to 5", v -> v.intValue() >= 1 && v.intValue() <= 5);
        BigDecimal ltft = f.number("ltft", BigDecimal.ONE, "a fraction of full time, more than 0 and at most 1",
                v -> v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0);
        Boolean optOut = f.bool("wtrOptOut", false);
        Set<LocalDate> leave = f.has("leave") ? dates(f.get("leave"), "leave") : Set.of();
        Set<LocalDate> fixed = f.has("fixedDays") ? dates(f.get("fixedDays"), "fixed days") : Set.of();
        Set<DayOfWeek> nonWorking = f.has("nonWorkingDays") ? weekdays(f.get("nonWorkingDays")) : Set.of();
        List<Request> requests = f.has("requests") ? requests(f.get("requests"), codes) : List.of();
        if (id != null && id.isBlank()) {
            values.invalid(f.get("id"), "the doctor id is blank (expected an id such as A or ED01)");
            return null;
        }
        if (id == null || name == null || grade == null || nodal == null || ltft == null || optOut == null
                || leave == null || fixed == null || nonWorking == null || requests == null) {
            return null;
        }
        Doctor doctor = new Doctor(id, name, grade, nodal, ltft.doubleValue(), optOut, 0, null);
        return new ServiceDoctor(doctor, leave, fixed, nonWorking, requests);
    }

    /** Dates, each a date or a range written FROM/TO (both included). */
    private Set<LocalDate> dates(LocatedNode node, String what) {
        if (!(node instanceof ListNode list)) {
            return values.wrongType(node, "a list of " + what + ": dates YYYY-MM-DD or ranges YYYY-MM-DD/YYYY-MM-DD");
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        boolean ok = true;
        for (LocatedNode item : list.items()) {
            String text = values.text(item, "a date YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD");
            if (text == null) {
                ok = false;
                continue;
            }
            String[] parts = text.split("/", -1);
            if (parts.length > 2) {
                values.invalid(item, "'" + text + "' is not a date or a range (expected YYYY-MM-DD or"
                        + " YYYY-MM-DD/YYYY-MM-DD)");
                ok = false;
                continue;
            }
            LocalDate from = parse(item, parts[0]);
            LocalDate to = parts.length == 2 ? parse(item, parts[1]) : from;
            if (from == null || to == null) {
                ok = false;
                continue;
            }
            if (to.isBefore(from) || from.plusDays(3 * 366).isBefore(to)) {
                values.invalid(item, "'" + text + "' is not a usable range (expected the first date on or before the"
                        + " second, within three years)");
                ok = false;
                continue;
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                dates.add(d);
            }
        }
        return ok ? dates : null;
    }

    private LocalDate parse(LocatedNode node, String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (java.time.DateTimeException e) {
            return values.invalid(node, "'" + text + "' is not a real date (expected " + Values.DATE + ")");
        }
        return values.invalid(node, "'" + text + "' is not a date (expected " + Values.DATE
                + ", or a range FROM/TO)");
    }

    private Set<DayOfWeek> weekdays(LocatedNode node) {
        String expected = "a list of weekdays, e.g. [friday]";
        if (!(node instanceof ListNode list)) {
            return values.wrongType(node, expected);
        }
        Set<DayOfWeek> days = new HashSet<>();
        boolean ok = true;
        for (LocatedNode item : list.items()) {
            String text = values.text(item, "a weekday: monday, tuesday, ..., sunday");
            DayOfWeek day = null;
            if (text != null) {
                try {
                    day = DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    values.invalid(item, "'" + text + "' is not a weekday (expected monday, tuesday, ..., sunday)");
                }
            }
            ok &= day != null;
            if (day != null) {
                days.add(day);
            }
        }
        return ok ? days : null;
    }

    private List<Request> requests(LocatedNode node, Set<String> codes) {
        if (!(node instanceof ListNode list)) {
            return values.wrongType(node, "a list of requests, e.g. [{ date: 2026-08-08, off: true }]");
        }
        List<Request> requests = new ArrayList<>();
        boolean ok = true;
        for (LocatedNode item : list.items()) {
            Fields f = Fields.of(item, "a request: { date: YYYY-MM-DD, off: true } or { date: YYYY-MM-DD, shift: CODE }",
                    List.of("date", "off", "shift"), values, problems);
            if (f == null) {
                ok = false;
                continue;
            }
            LocalDate date = f.date("date");
            Boolean off = f.bool("off", false);
            String shift = f.has("shift") ? values.text(f.get("shift"), "a shift code") : null;
            if (shift != null && codes != null && !codes.contains(shift)) {
                values.invalid(f.get("shift"), "unknown shift code '" + shift + "' (expected one of: "
                        + String.join(", ", codes) + ")");
                ok = false;
                continue;
            }
            if (Boolean.TRUE.equals(off) == (shift != null)) {
                values.invalid(item, "a request asks for either a day off (off: true) or a shift (shift: CODE),"
                        + " not both or neither");
                ok = false;
                continue;
            }
            if (date == null) {
                ok = false;
                continue;
            }
            if (placementEnd != null && (date.isBefore(placementStart) || !date.isBefore(placementEnd))) {
                values.invalid(f.get("date"), "the request's date " + date + " is outside the placement ("
                        + placementStart + " to " + placementEnd.minusDays(1) + ")");
                ok = false;
                continue;
            }
            requests.add(new Request(date, shift));
        }
        return ok ? requests : null;
    }

    private ObjectiveWeights weights(LocatedNode node) {
        if (node == null) {
            return ObjectiveWeights.DEFAULT;
        }
        Fields f = Fields.of(node, "a map of objective weights: " + String.join(", ", WEIGHT_FIELDS), WEIGHT_FIELDS,
                values, problems);
        if (f == null) {
            return null;
        }
        ObjectiveWeights d = ObjectiveWeights.DEFAULT;
        Integer[] w = {
            weight(f, "locumGaps", d.locumGaps()), weight(f, "fairness", d.fairness()),
            weight(f, "quickReturns", d.quickReturns()), weight(f, "isolatedNights", d.isolatedNights()),
            weight(f, "dayAfterNights", d.dayAfterNights()), weight(f, "longRuns", d.longRuns()),
            weight(f, "requests", d.requests())};
        for (Integer value : w) {
            if (value == null) {
                return null;
            }
        }
        return new ObjectiveWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    }

    private static Integer weight(Fields f, String key, int ifAbsent) {
        return f.wholeNumber(key, ifAbsent, "a whole number from 0 to 100000", v -> v.signum() >= 0
                && v.compareTo(BigDecimal.valueOf(100_000)) <= 0);
    }
}
