package org.rotaguard.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.check.HoursSummary;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.fatigue.RotaFatigue;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rules.DutyRef;
import org.rotaguard.core.rules.Violation;

/**
 * The machine-readable check report, with the fields of the command-line spec (version 1) in
 * its order, and a few added fields (names, duty lists, counts) that consumers may ignore.
 */
public final class CheckJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CheckJson() {
    }

    public static String write(RotaCheck check) {
        try {
            return MAPPER.writeValueAsString(tree(check));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the check report", e);
        }
    }

    /** The check report with each doctor's fatigue scores added as a {@code fatigue} field. */
    public static String write(RotaCheck check, RotaFatigue fatigue) {
        ObjectNode root = tree(check);
        ArrayNode doctors = (ArrayNode) root.get("doctors");
        if (fatigue.doctors().size() != doctors.size()) {
            throw new IllegalArgumentException("the fatigue scores are not of the checked rota");
        }
        for (int i = 0; i < doctors.size(); i++) {
            if (!fatigue.doctors().get(i).doctor().id().equals(doctors.get(i).get("id").asText())) {
                throw new IllegalArgumentException("the fatigue scores are not of the checked rota");
            }
            ((ObjectNode) doctors.get(i)).set("fatigue", FatigueJson.doctorField(fatigue.doctors().get(i),
                    fatigue.model()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the check report", e);
        }
    }

    public static ObjectNode tree(RotaCheck check) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("rota", check.rota().name());
        root.put("contract", check.contract().id());
        root.put("compliant", check.compliant());
        root.put("contractName", check.contract().name());
        root.put("start", check.rota().start().toString());
        root.put("timezone", check.rota().zone().getId());
        root.put("cyclic", check.rota().isCyclic());
        ArrayNode doctors = root.putArray("doctors");
        for (DoctorCheck d : check.doctors()) {
            doctors.add(doctor(d));
        }
        return root;
    }

    private static ObjectNode doctor(DoctorCheck check) {
        ObjectNode node = MAPPER.createObjectNode();
        Doctor doctor = check.doctor();
        HoursSummary s = check.summary();
        node.put("id", doctor.id());
        node.put("compliant", check.compliant());
        node.put("averageWeeklyHours", s.averageWeeklyHours());
        node.put("maxHoursIn168", s.maxHoursIn168());
        node.put("weekendsWorked", s.weekendsWorked());
        number(node, "weeks", s.weeks());
        ArrayNode violations = node.putArray("violations");
        for (Violation v : check.violations()) {
            violations.add(violation(v));
        }
        node.put("name", doctor.name());
        node.put("grade", doctor.grade());
        node.put("ltft", doctor.ltft());
        node.put("wtrOptOut", doctor.wtrOptOut());
        if (doctor.line() > 0) {
            node.put("line", doctor.line());
        }
        node.put("shifts", s.shifts());
        node.put("nights", s.nights());
        node.put("longShifts", s.longShifts());
        node.put("onCallPeriods", s.onCallPeriods());
        node.put("totalHours", s.totalHours());
        return node;
    }

    private static ObjectNode violation(Violation v) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", v.rule());
        node.put("start", time(v.start()));
        node.put("end", time(v.end()));
        node.put("limit", v.limit());
        node.put("actual", v.actual());
        node.put("reference", v.reference());
        node.put("message", v.message());
        ArrayNode duties = node.putArray("duties");
        for (DutyRef d : v.duties()) {
            ObjectNode duty = duties.addObject();
            duty.put("code", d.code());
            duty.put("start", time(d.start()));
            duty.put("end", time(d.end()));
        }
        return node;
    }

    static String time(ZonedDateTime time) {
        return OFFSET.format(time.toOffsetDateTime());
    }

    private static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, Math.round(value * 10000.0) / 10000.0);
        }
    }
}
