package org.rotaguard.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rotaguard.core.pay.DoctorPay;
import org.rotaguard.core.pay.PayElement;
import org.rotaguard.core.pay.RotaPay;
import org.rotaguard.core.rota.Doctor;

/**
 * The machine-readable pay report: the command-line spec's fields (version 1) in its order,
 * then added fields (pay point, weekends, the working of every element) consumers may ignore.
 */
public final class PayJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PayJson() {
    }

    public static String write(RotaPay pay) {
        try {
            return MAPPER.writeValueAsString(tree(pay));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the pay report", e);
        }
    }

    public static ObjectNode tree(RotaPay pay) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("rota", pay.rota().name());
        root.put("contract", pay.contract());
        root.put("payYear", pay.payYear());
        ArrayNode doctors = root.putArray("doctors");
        for (DoctorPay d : pay.doctors()) {
            doctors.add(doctor(d));
        }
        return root;
    }

    public static ObjectNode doctor(DoctorPay pay) {
        ObjectNode node = MAPPER.createObjectNode();
        Doctor doctor = pay.doctor();
        node.put("id", doctor.id());
        node.put("nodalPoint", doctor.nodalPoint());
        node.put("ltft", doctor.ltft());
        if (pay.band() != null) {
            node.put("band", pay.band());
        }
        node.put("averageWeeklyHours", round2(pay.averageWeeklyHours()));
        node.put("nightHoursPerWeek", round2(pay.nightHoursPerWeek()));
        if (pay.weekendFrequency().isPresent()) {
            node.put("weekendFrequency", round2(pay.weekendFrequency().get()));
        } else {
            node.putNull("weekendFrequency");
        }
        ObjectNode elements = node.putObject("elements");
        for (PayElement e : pay.elements()) {
            elements.put(e.id(), e.amount());
        }
        node.put("total", pay.total());
        node.put("name", doctor.name());
        node.put("grade", doctor.grade());
        node.put("payPoint", pay.payPoint());
        node.put("basicSalary", pay.basicSalary());
        node.put("weekendsWorked", pay.weekendsWorked());
        node.put("weeks", round2(pay.weeks()));
        node.put("onCallPeriods", pay.onCallPeriods());
        ObjectNode working = node.putObject("working");
        for (PayElement e : pay.elements()) {
            ObjectNode w = working.putObject(e.id());
            if (!Double.isNaN(e.hoursPerWeek())) {
                w.put("hoursPerWeek", round2(e.hoursPerWeek()));
            }
            w.put("rule", e.rule());
            w.put("rate", e.rate());
            ArrayNode steps = w.putArray("steps");
            e.working().forEach(steps::add);
        }
        ArrayNode notes = node.putArray("notes");
        pay.notes().forEach(notes::add);
        return node;
    }

    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
