package org.rotaguard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.app.CheckCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** check for new-deal-2002 and wtr-1998, pay for new-deal-2002 and compare, on every example rota. */
class OlderContractsAndCompareTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Example → whether it is compliant under new-deal-2002 and under wtr-1998. */
    private static final Map<String, boolean[]> EXPECTED = Map.of(
            "emergency-department.yaml", new boolean[] {true, true},
            "medical-on-call.yaml", new boolean[] {true, true},
            "ltft-doctors.yaml", new boolean[] {true, true},
            "unsafe-rota.yaml", new boolean[] {false, false},
            "clock-changes.yaml", new boolean[] {true, false});

    @ParameterizedTest
    @ValueSource(strings = {"emergency-department.yaml", "medical-on-call.yaml", "ltft-doctors.yaml",
            "unsafe-rota.yaml", "clock-changes.yaml"})
    void everyExampleUnderEveryContract(String example) throws Exception {
        String file = "../examples/" + example;
        boolean[] expected = EXPECTED.get(example);
        String[] contracts = {"new-deal-2002", "wtr-1998"};
        for (int c = 0; c < contracts.length; c++) {
            CheckCommandTest.Run check = run("check", file, "--contract", contracts[c], "--format", "json");
            assertThat(check.status()).as(contracts[c] + " " + check.err()).isEqualTo(expected[c] ? 0 : 1);
            JsonNode root = JSON.readTree(check.out());
            assertThat(root.get("contract").asText()).isEqualTo(contracts[c]);
            for (JsonNode d : root.get("doctors")) {
                for (JsonNode v : d.get("violations")) {
                    assertThat(v.get("rule").asText()).startsWith(c == 0 ? "nd-" : "wtr-");
                }
            }
        }
        CheckCommandTest.Run pay = run("pay", file, "--contract", "new-deal-2002", "--format", "json");
        assertThat(pay.status()).as(pay.err()).isZero();
        for (JsonNode d : JSON.readTree(pay.out()).get("doctors")) {
            assertThat(d.get("band").asText()).isIn("3", "2A", "2B", "1A", "1B", "1C", "FA", "FB", "FC", "none");
            assertThat(d.get("elements").has("bandingSupplement")).isTrue();
        }
        CheckCommandTest.Run compare = run("compare", file, "--contracts", "tcs2016-2019,tcs2016,new-deal-2002,wtr-1998",
                "--format", "json");
        assertThat(compare.status()).as(compare.err()).isZero();
        JsonNode root = JSON.readTree(compare.out());
        assertThat(root.get("contracts")).hasSize(4);
        for (JsonNode d : root.get("doctors")) {
            assertThat(d.get("contracts").get("wtr-1998").get("pay").isNull()).isTrue();
            assertThat(d.get("contracts").get("tcs2016-2019").get("pay").get("differenceFromFirst").decimalValue())
                    .isZero();
        }
        CheckCommandTest.Run text = run("compare", file, "--contracts", "tcs2016-2019,tcs2016,new-deal-2002");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("difference from first");
    }

    @Test
    void doctorsOnTheSameRotatedPatternGetTheSameBand() throws Exception {
        JsonNode root = JSON.readTree(run("pay", "../examples/emergency-department.yaml", "--contract", "new-deal-2002",
                "--format", "json").out());
        java.util.Set<String> bands = new java.util.HashSet<>();
        root.get("doctors").forEach(d -> bands.add(d.get("band").asText()));
        assertThat(bands).containsExactly("1A");
    }

    @Test
    void the2026ScaleOfThe2002ContractIsIncompleteAndSaysSo() {
        CheckCommandTest.Run run = run("pay", "../examples/medical-on-call.yaml", "--contract", "new-deal-2002",
                "--pay-year", "2026/27");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is not in the 2026/27 data").contains("--pay-year 2023/24");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aContractVariantIsComparedForComplianceOnly() throws Exception {
        JsonNode root = JSON.readTree(run("compare", "../examples/emergency-department.yaml", "--contracts",
                "tcs2016-2019,../examples/contracts/nights-capped-at-3.yaml", "--format", "json").out());
        assertThat(root.get("contracts")).hasSize(2);
        assertThat(root.get("contracts").get(1).get("payYear").isNull()).isTrue();
    }

    @Test
    void theUnsafeRotaIsBand3UnderTheNewDeal() throws Exception {
        JsonNode root = JSON.readTree(run("pay", "../examples/unsafe-rota.yaml", "--contract", "new-deal-2002",
                "--format", "json").out());
        for (JsonNode d : root.get("doctors")) {
            assertThat(d.get("band").asText()).isEqualTo("3");
            assertThat(d.get("elements").get("bandingSupplement").decimalValue())
                    .isEqualByComparingTo(d.get("elements").get("basic").decimalValue());
        }
    }

    @Test
    void compareUsesOnePayYearForAllColumns() throws Exception {
        JsonNode root = JSON.readTree(run("compare", "../examples/medical-on-call.yaml", "--contracts",
                "tcs2016-2019,new-deal-2002", "--format", "json").out());
        assertThat(root.get("contracts").get(0).get("payYear").asText()).isEqualTo("2023/24");
        assertThat(root.get("contracts").get(1).get("payYear").asText()).isEqualTo("2023/24");
        CheckCommandTest.Run bad = run("compare", "../examples/medical-on-call.yaml", "--contracts",
                "tcs2016-2019,new-deal-2002", "--pay-year", "2025/26");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("no 2002-contract pay scale for pay year 2025/26");
        CheckCommandTest.Run twice = run("compare", "../examples/medical-on-call.yaml", "--contracts", "tcs2016,tcs2016");
        assertThat(twice.status()).isEqualTo(2);
        CheckCommandTest.Run unknown = run("compare", "../examples/medical-on-call.yaml", "--contracts", "tcs2016,nhs1948");
        assertThat(unknown.status()).isEqualTo(2);
    }

    @Test
    void theOptOutLiftsOnlyTheWtrAverage() throws Exception {
        JsonNode root = JSON.readTree(run("check", "../examples/ltft-doctors.yaml", "--contract", "wtr-1998",
                "--format", "json").out());
        JsonNode mensah = null;
        for (JsonNode d : root.get("doctors")) {
            if (d.get("id").asText().equals("mensah")) {
                mensah = d;
            }
        }
        assertThat(mensah).isNotNull();
        // 50.81h a week over an 8-week roster, but opted out: no average finding.
        assertThat(mensah.get("averageWeeklyHours").asDouble()).isGreaterThan(48);
        assertThat(mensah.get("compliant").asBoolean()).isTrue();
    }
}
