package org.rotaguard.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.pay.DoctorPay;
import org.rotaguard.core.pay.PayElement;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rules.Violation;

/**
 * The comparison as JSON: per doctor, per contract, compliance with its findings and each pay
 * element, plus each element's difference from the first contract's.
 */
public final class CompareJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CompareJson() {
    }

    public static String write(Comparison comparison) {
        try {
            return MAPPER.writeValueAsString(tree(comparison));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the comparison", e);
        }
    }

    public static ObjectNode tree(Comparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        Comparison.Entry first = c.entries().get(0);
        root.put("rota", first.check().rota().name());
        ArrayNode contracts = root.putArray("contracts");
        for (Comparison.Entry e : c.entries()) {
            ObjectNode node = contracts.addObject();
            node.put("contract", e.contract());
            node.put("name", e.check().contract().name());
            node.put("compliant", e.check().compliant());
            if (e.pay() != null) {
                node.put("payYear", e.pay().payYear());
            } else {
                node.putNull("payYear");
            }
        }
        ArrayNode doctors = root.putArray("doctors");
        int count = first.check().doctors().size();
        for (int d = 0; d < count; d++) {
            Doctor doctor = first.check().doctors().get(d).doctor();
            ObjectNode node = doctors.addObject();
            node.put("id", doctor.id());
            node.put("name", doctor.name());
            node.put("grade", doctor.grade());
            node.put("nodalPoint", doctor.nodalPoint());
            node.put("ltft", doctor.ltft());
            ObjectNode byContract = node.putObject("contracts");
            DoctorPay baseline = first.pay() == null ? null : first.pay().doctors().get(d);
            for (Comparison.Entry e : c.entries()) {
                byContract.set(e.contract(), entry(e.check().doctors().get(d),
                        e.pay() == null ? null : e.pay().doctors().get(d), baseline));
            }
        }
        return root;
    }

    private static ObjectNode entry(DoctorCheck check, DoctorPay pay, DoctorPay baseline) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("compliant", check.compliant());
        node.put("averageWeeklyHours", check.summary().averageWeeklyHours());
        ObjectNode byRule = node.putObject("violationsByRule");
        for (Violation v : check.violations()) {
            byRule.put(v.rule(), byRule.path(v.rule()).asInt(0) + 1);
        }
        ArrayNode violations = node.putArray("violations");
        for (Violation v : check.violations()) {
            ObjectNode o = violations.addObject();
            o.put("rule", v.rule());
            o.put("start", CheckJson.time(v.start()));
            o.put("end", CheckJson.time(v.end()));
            o.put("limit", v.limit());
            o.put("actual", v.actual());
            o.put("message", v.message());
        }
        if (pay == null) {
            node.putNull("pay");
            return node;
        }
        ObjectNode p = node.putObject("pay");
        if (pay.band() != null) {
            p.put("band", pay.band());
        }
        ObjectNode elements = p.putObject("elements");
        for (PayElement e : pay.elements()) {
            elements.put(e.id(), e.amount());
        }
        p.put("total", pay.total());
        if (baseline != null) {
            p.put("differenceFromFirst", pay.total().subtract(baseline.total()));
        }
        p.set("detail", PayJson.doctor(pay));
        return node;
    }

    static BigDecimal amount(DoctorPay pay, String element) {
        return pay.element(element).map(PayElement::amount).orElse(null);
    }
}
