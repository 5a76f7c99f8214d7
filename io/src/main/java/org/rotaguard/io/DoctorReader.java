package org.rotaguard.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.ProspectiveCover;
import org.rotaguard.io.LocatedNode.ListNode;

/** Reads the {@code doctors} list of a rota file, and prospective cover (the rota's or a doctor's). */
final class DoctorReader {
    static final List<String> DOCTOR_FIELDS = List.of("id", "name", "grade", "nodalPoint", "line", "ltft",
            "wtrOptOut", "prospectiveCover");
    static final List<String> COVER_FIELDS = List.of("leaveWeeksPerYear", "hoursPerLeaveWeek");
    private static final String LTFT = "a fraction of full time above 0 and at most 1, e.g. 0.8";

    private final Values values;
    private final Problems problems;

    DoctorReader(Values values, Problems problems) {
        this.values = values;
        this.problems = problems;
    }

    List<Doctor> doctors(LocatedNode node) {
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

    ProspectiveCover cover(LocatedNode node) {
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
}
