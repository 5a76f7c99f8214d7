package org.rotaguard.io;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.LocatedNode.ListNode;

/**
 * Reads the fields of a rota file (format {@code rotaguard/1}) from its tree into a
 * {@link Rota.Builder}, with the help of a reader for each part. Checks everything that is
 * about the file itself (fields, types, values, cells); whether the rota holds together
 * (lines, ids, overlaps) is core's to say.
 */
final class RotaTreeReader {
    static final String FORMAT = "rotaguard/1";
    static final String DEFAULT_ZONE = "Europe/London";
    static final List<String> ROOT_FIELDS = List.of("format", "name", "start", "timezone", "contract",
            "prospectiveCover", "bankHolidays", "shifts", "doctors", "shareLines", "template", "assignments");
    /** The contract ids the format defines. */
    static final List<String> CONTRACTS = List.of("tcs2016", "tcs2016-2019", "new-deal-2002", "wtr-1998");

    private final Problems problems;
    private final Values values;
    private final ShiftTypeReader shifts;
    private final DoctorReader doctors;
    private final ScheduleReader schedule;

    RotaTreeReader(SourceText source, Problems problems) {
        this.problems = problems;
        this.values = new Values(problems);
        this.shifts = new ShiftTypeReader(values, problems);
        this.doctors = new DoctorReader(values, problems);
        this.schedule = new ScheduleReader(values, problems, new DayStrings(source, problems));
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
            rota.prospectiveCover(doctors.cover(top.get("prospectiveCover")));
        }
        if (top.has("bankHolidays")) {
            rota.bankHolidays(bankHolidays(top.get("bankHolidays")));
        }
        Boolean shareLines = top.bool("shareLines", false);
        rota.shareLines(Boolean.TRUE.equals(shareLines));
        Set<String> codes = shifts.shifts(top.require("shifts", "a map from shift code to shift type"), rota);
        LocatedNode doctorList = top.require("doctors", "a list of doctors");
        List<Doctor> read = doctorList == null ? null : doctors.doctors(doctorList);
        if (read != null) {
            rota.doctors(read);
        }
        rota.schedule(schedule.schedule(top, codes));
        if (Boolean.TRUE.equals(shareLines) && top.has("assignments") && !top.has("template")) {
            values.invalid(top.get("shareLines"), "shareLines applies only to a template rota; this rota has"
                    + " assignments (expected no shareLines)");
        }
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


}
