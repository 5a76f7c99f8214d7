package org.rotaguard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every example rota gives the findings its documentation promises. */
class ExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode check(String example, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "../examples/" + example, "--format", "json"));
        args.addAll(List.of(more));
        CheckCommandTest.Run run = CheckCommandTest.run(args.toArray(new String[0]));
        assertThat(run.err()).isEmpty();
        JsonNode root = JSON.readTree(run.out());
        assertThat(run.status()).isEqualTo(root.get("compliant").asBoolean() ? 0 : 1);
        return root;
    }

    /** Rule ids per doctor id. */
    private static Map<String, List<String>> findings(JsonNode root) {
        Map<String, List<String>> byDoctor = new TreeMap<>();
        for (JsonNode doctor : root.get("doctors")) {
            List<String> rules = new ArrayList<>();
            doctor.get("violations").forEach(v -> rules.add(v.get("rule").asText()));
            byDoctor.put(doctor.get("id").asText(), rules);
        }
        return byDoctor;
    }

    @Test
    void theCompliantExamplesAreCompliantUnderBothContracts() throws Exception {
        for (String example : List.of("emergency-department.yaml", "medical-on-call.yaml", "ltft-doctors.yaml")) {
            assertThat(check(example).get("compliant").asBoolean()).as(example).isTrue();
            assertThat(check(example, "--contract", "tcs2016").get("compliant").asBoolean()).as(example).isTrue();
        }
    }

    @Test
    void theEmergencyDepartmentHasTwelveDoctorsAtOneWeekendInThree() throws Exception {
        JsonNode root = check("emergency-department.yaml");
        assertThat(root.get("doctors")).hasSize(12);
        for (JsonNode doctor : root.get("doctors")) {
            assertThat(doctor.get("weekendsWorked").asInt()).isEqualTo(4);
            assertThat(doctor.get("weeks").asInt()).isEqualTo(12);
            assertThat(doctor.get("averageWeeklyHours").asDouble()).isBetween(40.0, 48.0);
        }
    }

    @Test
    void theUnsafeRotaBreaksNineRulesForEveryDoctor() throws Exception {
        Map<String, List<String>> found = findings(check("unsafe-rota.yaml"));
        assertThat(found).hasSize(6);
        found.values().forEach(rules -> assertThat(rules).containsExactlyInAnyOrder("max-shift-length",
                "min-rest-between-shifts", "max-consecutive-nights", "rest-after-nights", "max-consecutive-shifts",
                "max-weekend-frequency", "max-hours-in-168", "max-consecutive-on-call", "max-on-call-in-7-days"));
    }

    @Test
    void underThe2016RulesTheUnsafeRotaBreaksSixForEveryDoctor() throws Exception {
        Map<String, List<String>> found = findings(check("unsafe-rota.yaml", "--contract", "tcs2016"));
        // 8 shifts in a row, a single night before a day shift and weekends 1 in 2 were allowed in 2016.
        found.values().forEach(rules -> assertThat(rules).containsExactlyInAnyOrder("max-shift-length",
                "min-rest-between-shifts", "max-consecutive-nights", "max-hours-in-168", "max-consecutive-on-call",
                "max-on-call-in-7-days"));
    }

    @Test
    void theClockChangeExampleFindsTheLongAutumnNightAndTheShortSpringRest() throws Exception {
        JsonNode root = check("clock-changes.yaml");
        Map<String, List<String>> found = findings(root);
        assertThat(found.get("walsh")).containsExactly("max-shift-length");
        assertThat(found.get("ogunleye")).containsExactly("min-rest-between-shifts");
        assertThat(found.get("patel")).isEmpty();
        JsonNode night = root.get("doctors").findValues("violations").stream().filter(v -> v.size() > 0)
                .map(v -> v.get(0)).filter(v -> v.get("rule").asText().equals("max-shift-length")).findFirst()
                .orElseThrow();
        assertThat(night.get("start").asText()).isEqualTo("2026-10-24T21:00:00+01:00");
        assertThat(night.get("end").asText()).isEqualTo("2026-10-25T09:30:00Z");
        assertThat(night.get("actual").asText()).isEqualTo("13h30m");
    }

    @Test
    void aVariantCappingNightsAtThreeFlagsTheEmergencyDepartmentsFourNightRuns() throws Exception {
        JsonNode root = check("emergency-department.yaml", "--contract", "../examples/contracts/nights-capped-at-3.yaml");
        assertThat(root.get("contract").asText()).isEqualTo("tcs2016-2019-nights-3");
        List<String> rules = new ArrayList<>();
        root.get("doctors").forEach(d -> d.get("violations").forEach(v -> rules.add(v.get("rule").asText())));
        assertThat(rules).isNotEmpty().allMatch("max-consecutive-nights"::equals);
    }
}
