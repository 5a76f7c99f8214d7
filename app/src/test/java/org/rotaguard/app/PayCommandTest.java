package org.rotaguard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.app.CheckCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"emergency-department.yaml", "medical-on-call.yaml", "ltft-doctors.yaml",
            "unsafe-rota.yaml", "clock-changes.yaml"})
    void everyExampleIsPricedUnderBothVersions(String example) throws Exception {
        for (String contract : List.of("tcs2016-2019", "tcs2016")) {
            CheckCommandTest.Run run = run("pay", "../examples/" + example, "--contract", contract, "--format", "json");
            assertThat(run.status()).as(run.err()).isZero();
            JsonNode root = JSON.readTree(run.out());
            assertThat(names(root)).startsWith("rota", "contract", "payYear", "doctors");
            assertThat(root.get("contract").asText()).isEqualTo(contract);
            for (JsonNode d : root.get("doctors")) {
                assertThat(names(d)).startsWith("id", "nodalPoint", "ltft", "averageWeeklyHours", "nightHoursPerWeek",
                        "weekendFrequency", "elements", "total");
                assertThat(names(d.get("elements"))).startsWith("basic", "additionalHours", "nightEnhancement",
                        "weekendAllowance", "onCallAllowance", "flexiblePayPremia");
                double sum = 0;
                for (JsonNode e : d.get("elements")) {
                    sum += e.decimalValue().doubleValue();
                }
                assertThat(d.get("total").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
            }
            CheckCommandTest.Run text = run("pay", "../examples/" + example, "--contract", contract);
            assertThat(text.status()).isZero();
            assertThat(text.out()).contains("Night enhancement").contains("Total");
        }
    }

    @Test
    void theEmergencyDepartmentIn2025() throws Exception {
        CheckCommandTest.Run run = run("pay", "../examples/emergency-department.yaml", "--pay-year", "2025/26",
                "--format", "json");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("payYear").asText()).isEqualTo("2025/26");
        JsonNode ed01 = root.get("doctors").get(0);
        assertThat(ed01.get("id").asText()).isEqualTo("ED01");
        assertThat(ed01.get("nodalPoint").asInt()).isEqualTo(3);
        // NP3 2025/26 = £52,656 full time
        assertThat(ed01.get("elements").get("basic").decimalValue()).isEqualByComparingTo("52656.00");
        assertThat(ed01.get("weekendFrequency").asDouble()).isEqualTo(3.0);
        // 1 in 3 under the 2019 table: 10% of £52,656 = £5,265.60, rounded up to £5,266
        assertThat(ed01.get("elements").get("weekendAllowance").decimalValue()).isEqualByComparingTo("5266.00");
    }

    @Test
    void aRotaWithoutWeekendsHasANullFrequency() throws Exception {
        CheckCommandTest.Run run = run("pay", CheckCommandTest.rota("long-shift.yaml"), "--format", "json");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("doctors").get(0).get("weekendFrequency").isNull()).isTrue();
    }

    @Test
    void badPayYearsAndContractsExitTwo() {
        CheckCommandTest.Run year = run("pay", "../examples/emergency-department.yaml", "--pay-year", "2015/16");
        assertThat(year.status()).isEqualTo(2);
        assertThat(year.err()).contains("no pay scale for pay year 2015/16");
        CheckCommandTest.Run form = run("pay", "../examples/emergency-department.yaml", "--pay-year", "2025");
        assertThat(form.status()).isEqualTo(2);
        assertThat(form.err()).contains("--pay-year must look like 2025/26");
        CheckCommandTest.Run wtr = run("pay", "../examples/emergency-department.yaml", "--contract", "wtr-1998");
        assertThat(wtr.status()).isEqualTo(2);
        assertThat(wtr.err()).contains("contract 'wtr-1998' has no pay rules");
        CheckCommandTest.Run np5 = run("pay", "../examples/medical-on-call.yaml", "--pay-year", "2019/20");
        assertThat(np5.status()).isEqualTo(2);
        assertThat(np5.err()).contains("nodal point 5 is not on the 2019/20 pay scale");
        assertThat(np5.out()).isEmpty();
    }

    @Test
    void aDoctorWithoutANodalPointExitsTwo() {
        CheckCommandTest.Run run = run("pay", CheckCommandTest.rota("compliant.yaml"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("has no nodalPoint");
    }
}
