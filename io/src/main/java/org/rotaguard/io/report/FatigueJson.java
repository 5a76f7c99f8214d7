package org.rotaguard.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rotaguard.core.fatigue.DoctorFatigue;
import org.rotaguard.core.fatigue.DutyFatigue;
import org.rotaguard.core.fatigue.FatigueBand;
import org.rotaguard.core.fatigue.FatigueModel;
import org.rotaguard.core.fatigue.RotaFatigue;
import org.rotaguard.core.fatigue.SleepEpisodes;

/**
 * The machine-readable fatigue report: the fields of the command-line spec ({@code rota},
 * {@code model}, per doctor {@code id} and {@code duties} with their scores, unrounded) in its
 * order, then added fields (parameter set, summary, the sleep the model ran on).
 */
public final class FatigueJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FatigueJson() {
    }

    public static String write(RotaFatigue fatigue) {
        try {
            return MAPPER.writeValueAsString(tree(fatigue));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the fatigue report", e);
        }
    }

    public static ObjectNode tree(RotaFatigue fatigue) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("rota", fatigue.rota().name());
        root.put("model", FatigueModel.ID);
        root.put("parameters", fatigue.model().parameterSet());
        root.put("start", fatigue.rota().start().toString());
        root.put("timezone", fatigue.rota().zone().getId());
        root.put("cyclic", fatigue.rota().isCyclic());
        ArrayNode doctors = root.putArray("doctors");
        for (DoctorFatigue d : fatigue.doctors()) {
            ObjectNode node = doctors.addObject();
            node.put("id", d.doctor().id());
            scores(node, d);
            node.put("name", d.doctor().name());
        }
        return root;
    }

    /** One doctor's scores as the {@code fatigue} field of the check report. */
    public static ObjectNode doctorField(DoctorFatigue doctor, FatigueModel model) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("model", FatigueModel.ID);
        node.put("parameters", model.parameterSet());
        scores(node, doctor);
        return node;
    }

    private static void scores(ObjectNode node, DoctorFatigue d) {
        ArrayNode duties = node.putArray("duties");
        for (DutyFatigue duty : d.duties()) {
            duties.add(duty(d, duty));
        }
        ObjectNode summary = node.putObject("summary");
        if (!d.duties().isEmpty()) {
            DutyFatigue worst = d.worst(1).get(0);
            ObjectNode w = summary.putObject("worstDuty");
            w.put("start", time(d, worst.start()));
            w.put("end", time(d, worst.end()));
            w.put("code", worst.type().code());
            w.put("maxKss", worst.maxKss());
            w.put("band", worst.band().id());
        }
        ObjectNode byBand = summary.putObject("dutiesInBand");
        ObjectNode minutes = summary.putObject("minutesInBand");
        for (FatigueBand band : FatigueBand.values()) {
            byBand.put(band.id(), d.dutiesIn(band));
            minutes.put(band.id(), d.minutesIn(band));
        }
        summary.put("minutesKssAtLeast7", d.minutesKssAtLeast7());
        summary.put("minutesKssAtLeast8", d.minutesKssAtLeast8());
        node.put("simulationStart", time(d, d.simulationStart()));
        node.put("sleepSource", d.sleepSource().id());
        if (d.suppliedSleepUnused() > 0) {
            node.put("suppliedSleepUnused", d.suppliedSleepUnused());
        }
        ArrayNode sleep = node.putArray("sleep");
        SleepEpisodes episodes = d.sleep();
        for (int i = 0; i < episodes.size(); i++) {
            if (episodes.end(i) <= d.reportStart()) {
                continue;
            }
            ObjectNode s = sleep.addObject();
            s.put("start", time(d, episodes.start(i)));
            s.put("end", time(d, episodes.end(i)));
            s.put("source", episodes.supplied(i) ? "supplied" : "inferred");
        }
    }

    private static ObjectNode duty(DoctorFatigue d, DutyFatigue duty) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", time(d, duty.start()));
        node.put("end", time(d, duty.end()));
        node.put("maxKss", duty.maxKss());
        node.put("meanKss", duty.meanKss());
        node.put("minAlertness", duty.minAlertness());
        node.put("meanAlertness", duty.meanAlertness());
        node.put("minutesKssAtLeast7", duty.minutesKssAtLeast7());
        node.put("minutesKssAtLeast8", duty.minutesKssAtLeast8());
        node.put("band", duty.band().id());
        node.put("code", duty.type().code());
        node.put("onCall", duty.type().onCall());
        node.put("peakAt", time(d, duty.peakAt()));
        node.put("scoredMinutes", duty.scoredMinutes());
        return node;
    }

    private static String time(DoctorFatigue d, int epochMinute) {
        return CheckJson.time(d.zoned(epochMinute));
    }
}
