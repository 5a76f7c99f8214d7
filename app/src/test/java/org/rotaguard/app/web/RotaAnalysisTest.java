package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileReader;
import org.rotaguard.io.contract.ContractPackReader;

/** The grid's findings sit on cells holding the duties they name; the weekly hours add up. */
class RotaAnalysisTest {
    private static RotaAnalysis analyse(String example, String contract) throws Exception {
        Rota rota = RotaFileReader.read(Examples.path(example));
        RotaCheck check = new RotaChecker(new ContractPackReader().load(contract)).check(rota);
        return RotaAnalysis.of(check);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unsafe-rota.yaml", "clock-changes.yaml", "emergency-department.yaml", "medical-on-call.yaml"})
    void everyFindingsDutiesAreOnCellsThatHoldThem(String example) throws Exception {
        for (String contract : ContractPackReader.BUILT_IN) {
            RotaAnalysis a = analyse(example, contract);
            int shown = 0;
            for (RotaAnalysis.Row row : a.rows()) {
                for (RotaAnalysis.GridCell cell : row.cells()) {
                    for (int number : cell.findings()) {
                        RotaAnalysis.Finding f = a.findings().get(number - 1);
                        assertThat(f.doctorId()).isEqualTo(row.doctor().id());
                        assertThat(f.violation().duties()).anySatisfy(d -> assertThat(cell.text().split("\\+")).contains(d.code()));
                        shown++;
                    }
                }
                shown += row.findings().size();
            }
            // Every finding is on at least one cell or beside its doctor.
            assertThat(a.findings()).allSatisfy(f -> assertThat(f.cellIds().isEmpty()
                    ? a.rows().stream().anyMatch(r -> r.findings().contains(f.number())) : true).isTrue());
            assertThat(shown).isGreaterThanOrEqualTo(a.findings().size());
            assertThat(a.findings()).hasSize(a.check().violationCount());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unsafe-rota.yaml", "clock-changes.yaml", "emergency-department.yaml", "medical-on-call.yaml",
            "ltft-doctors.yaml"})
    void theWeeklyHoursAddUpToTheDoctorsTotal(String example) throws Exception {
        RotaAnalysis a = analyse(example, "tcs2016-2019");
        for (RotaAnalysis.Row row : a.rows()) {
            assertThat(Arrays.stream(row.weeklyHours()).sum()).isCloseTo(row.check().summary().totalHours(), within(1e-6));
            assertThat(row.weeklyHours()).hasSize(a.weeks());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unsafe-rota.yaml"})
    void theUnsafeRotasFindingsAllReachTheGrid(String example) throws Exception {
        RotaAnalysis a = analyse(example, "tcs2016-2019");
        assertThat(a.findings()).hasSize(54);
        assertThat(a.rows().stream().flatMap(r -> r.cells().stream()).filter(RotaAnalysis.GridCell::flagged)).isNotEmpty();
        assertThat(a.kinds()).containsEntry("N", "night");
    }
}
