package org.rotaguard.io.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.guardian.ApprovedHours;
import org.rotaguard.core.guardian.BoardFigures;
import org.rotaguard.core.guardian.BoardInputs;
import org.rotaguard.core.guardian.Breach;
import org.rotaguard.core.guardian.Fine;
import org.rotaguard.core.guardian.FineCalculator;
import org.rotaguard.core.guardian.FineReconciliation;
import org.rotaguard.core.guardian.FundLedger;
import org.rotaguard.core.guardian.Quarter;
import org.rotaguard.core.guardian.ReferencePeriod;
import org.rotaguard.core.guardian.SafeWorkingCheck;
import org.rotaguard.core.guardian.WorkedDuty;
import org.rotaguard.core.guardian.WorkedHours;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.io.contract.ContractPackReader;

/** The shipped contract pack, a rota, approved reports, the shipped fine tables, the fund and the board report. */
class GuardianEndToEndTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate START = LocalDate.of(2026, 8, 5);

    @Test
    void aLateFinishBecomesABreachAFineAFundEntryAndABoardFigure() {
        ContractPack pack = new ContractPackReader().load("tcs2016-2019");
        Doctor doctor = new Doctor("dr-a", "A", "CT1", 3, 1.0, false, 1, null);
        Rota rota = Rota.builder(START).name("Medicine CT").zone(LONDON)
                .shift(ShiftType.shift("LD", LocalTime.of(8, 0), LocalTime.of(20, 30)))
                .shift(ShiftType.shift("D", LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .doctor(doctor).template("LD LD D D D - -", "- - D D D - -").build();
        var timeline = RotaLayout.layOut(rota, pack.definitions(), doctor, START, START.plusWeeks(4));
        // Stayed until 22:00 after the first long day; the next long day starts at 08:00: 10 hours' rest.
        ApprovedHours late = new ApprovedHours("ER-1", START.atTime(8, 0).atZone(LONDON),
                START.atTime(22, 0).atZone(LONDON), false, 30, null, null);
        List<WorkedDuty> worked = WorkedHours.of(timeline, List.of(late), START, START.plusWeeks(4));
        List<Breach> breaches = new SafeWorkingCheck(pack).breaches(doctor, worked, List.of(late),
                new ReferencePeriod(START, START.plusWeeks(4)));
        // Two limits broken by the same late hour: two breaches, both beginning with the long day.
        assertThat(breaches).extracting(Breach::ruleId).containsExactly("rest-under-11h", "shift-over-13h");
        assertThat(breaches).extracting(Breach::minutes).containsExactly(60, 60);
        // Both hours are after 21:00: night-enhanced.
        assertThat(breaches).extracting(Breach::enhancedMinutes).containsExactly(60, 60);

        List<Fine> fines = FineCalculator.fines(breaches, doctor.nodalPoint(), "Medicine", FineTableReader.standard());
        assertThat(fines).allSatisfy(f -> {
            assertThat(f.doctorShare()).isEqualByComparingTo("44.72");
            assertThat(f.guardianShare()).isEqualByComparingTo("74.53");
            assertThat(f.total()).isEqualByComparingTo("119.25");
        });

        var first = FineReconciliation.reconcile(fines, List.of());
        assertThat(first.newFines()).hasSize(2);
        FundLedger ledger = FundLedger.empty();
        for (Fine f : first.newFines()) {
            ledger = ledger.fineIn(f.date(), f.guardianShare(), f.id());
        }
        assertThat(ledger.balance()).isEqualByComparingTo("149.06");
        // The report is withdrawn: the recompute finds no breach, and both fines are reversed.
        List<Fine> levied = new ArrayList<>(first.newFines());
        var second = FineReconciliation.reconcile(List.of(), levied);
        assertThat(second.reversals()).hasSize(2);
        levied.addAll(second.reversals());
        assertThat(FineReconciliation.net(levied)).isEqualByComparingTo(BigDecimal.ZERO);

        BoardFigures board = BoardFigures.quarterly(Quarter.containing(START), List.of(), breaches, levied, ledger,
                BoardInputs.none());
        assertThat(board.values()).containsEntry("fines-total", "0.00");
        assertThat(board.table("breaches-by-rule").orElseThrow().total().cells().get(0).text(
                org.rotaguard.core.guardian.FigureTable.Kind.COUNT)).isEqualTo("<5");
        assertThat(BoardReportPdf.render(BoardTemplateReader.standard(), board)).isNotEmpty();
    }
}
