package org.rotaguard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The design command on the example services: every designed rota passes `rotaguard check`. */
class DesignCommandTest {
    @TempDir
    Path dir;

    /** Designs with a short time limit; status 0 (full cover) or 1 (locum gaps) as the search got, never worse. */
    private CheckCommandTest.Run designAndCheck(String example, int expectedStatus, String... more) {
        Path out = dir.resolve(example.replace(".yaml", "-rota.yaml"));
        String[] args = new String[4 + more.length];
        args[0] = "design";
        args[1] = "../examples/services/" + example;
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        CheckCommandTest.Run design = CheckCommandTest.run(args);
        if (expectedStatus == 0) {
            assertThat(design.status()).as(design.out() + design.err()).isIn(0, 1);
            assertThat(design.out().contains("Locum gaps")).isEqualTo(design.status() == 1);
        } else {
            assertThat(design.status()).as(design.out() + design.err()).isEqualTo(expectedStatus);
        }
        assertThat(design.out()).contains("Checked: every doctor compliant");
        CheckCommandTest.Run check = CheckCommandTest.run("check", out.toString());
        assertThat(check.status()).as(check.out()).isZero();
        return design;
    }

    @Test
    void theEmergencyDepartmentTemplateChecksClean() {
        // Full cover takes the search about 12 s on two cores; a shorter limit may still leave locum gaps.
        CheckCommandTest.Run run = designAndCheck("emergency-department-service.yaml", 0, "--time-limit", "15");
        assertThat(run.out()).contains("12-week cyclic template");
    }

    @Test
    void theMedicalOnCallRosterChecksClean() {
        CheckCommandTest.Run run = designAndCheck("medical-on-call-service.yaml", 0, "--time-limit", "5");
        assertThat(run.out()).contains("13-week roster for 8 doctors").contains("requests not met");
    }

    @Test
    void theUnstaffableDepartmentGetsLocumGapsAndChecksClean() {
        CheckCommandTest.Run run = designAndCheck("ed-24-7-unstaffable.yaml", 1, "--time-limit", "8");
        assertThat(run.out()).contains("Locum gaps")
                .contains("Proof: these 12 doctors cannot cover every duty")
                .contains("rule max-weekend-frequency").contains("--min-doctors");
    }

    @Test
    void minDoctorsProvesFifteenAndExplainsWithTheWeekendRule() {
        CheckCommandTest.Run run = CheckCommandTest.run("design", "../examples/services/ed-24-7-unstaffable.yaml",
                "--min-doctors", "--time-limit", "30");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Minimum: 15 doctors, and 14 cannot (proven)")
                .contains("rule max-weekend-frequency").contains("the cover of Night")
                .contains("70 doctor-weekends in a 14-week cycle");
    }

    @Test
    void withoutOutTheRotaFileGoesToStandardOutputAndProgressToStandardError() throws Exception {
        CheckCommandTest.Run run = CheckCommandTest.run("design", "src/test/resources/services/small.yaml",
                "--time-limit", "5");
        assertThat(run.out()).contains("format: rotaguard/1").contains("# Checked: every doctor compliant");
        assertThat(run.err()).containsAnyOf("rotas found", "searching");
        assertThat(run.out()).doesNotContain("rotas found").doesNotContain("searching");
        Path file = dir.resolve("stdout.yaml");
        Files.writeString(file, run.out());
        assertThat(CheckCommandTest.run("check", file.toString()).status()).isZero();
    }

    @Test
    void badInputExitsTwoWithALocatedMessage() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "format: rotaguard-service/1\nstart: 2026-08-03\nshifts: { D: { start: \"09:00\","
                + " end: \"17:00\" } }\ncover: { everyDay: { Q: 1 } }\ndoctors: 3\n");
        CheckCommandTest.Run run = CheckCommandTest.run("design", bad.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml:4:22: cover.everyDay.Q: unknown shift code 'Q'");
        assertThat(CheckCommandTest.run("design", bad.toString(), "--mode", "weekly").status()).isEqualTo(2);
    }

    @Test
    void aTemplateOfLessThanFullTimeDoctorsIsRefusedWithAdvice() {
        CheckCommandTest.Run run = CheckCommandTest.run("design", "../examples/services/medical-on-call-service.yaml",
                "--mode", "template");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--mode roster");
    }
}
