package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.Template;
import org.rotaguard.io.RotaFileFormat;
import org.rotaguard.io.RotaFileReader;

/** Edits from the rota page: one cell, or a shift type's times. */
class RotaEditsTest {
    private static Rota read(String text) throws Exception {
        return RotaFileReader.read(text, "t.yaml", RotaFileFormat.YAML);
    }

    private static final String TEMPLATE = """
            format: rotaguard/1
            start: 2026-08-03
            shifts:
              D: { start: "08:00", end: "17:00" }
              N: { start: "20:00", end: "08:00" }
            doctors:
              - { id: A, line: 1 }
              - { id: B, line: 2 }
            template:
              - "D D D D D - -"
              - "N N - - - - -"
            """;

    @Test
    void aTemplateCellIsChangedInTheTemplateWeekTheDoctorWorks() throws Exception {
        // B works template week 2 in the rota's first week and week 1 in its second.
        assertThatThrownBy(() -> RotaEdits.setCell(read(TEMPLATE), "B", 8, "n"))
                .hasMessageContaining("'n' is not a shift code");
        Rota night = RotaEdits.setCell(read(TEMPLATE), "B", 8, "N");
        assertThat(((Template) night.schedule()).weeks().get(0).get(1)).isEqualTo(Cell.of("N"));
        assertThat(night.cellsOf(night.doctors().get(0)).get(1)).isEqualTo(Cell.of("N"));
    }

    @Test
    void codesJoinedByPlusAndADayOff() throws Exception {
        Rota edited = RotaEdits.setCell(read(TEMPLATE), "A", 5, " D + N ");
        assertThat(edited.cellsOf(edited.doctors().get(0)).get(5)).isEqualTo(Cell.of("D", "N"));
        Rota off = RotaEdits.setCell(read(TEMPLATE), "A", 0, "");
        assertThat(off.cellsOf(off.doctors().get(0)).get(0)).isEqualTo(Cell.OFF);
    }

    @Test
    void aDayOutsideTheCycleOrAnUnknownDoctorIsRefused() {
        assertThatThrownBy(() -> RotaEdits.setCell(read(TEMPLATE), "A", 14, "D")).isInstanceOf(BadInput.class)
                .hasMessage("day 15 is outside the 14-day cycle");
        assertThatThrownBy(() -> RotaEdits.setCell(read(TEMPLATE), "Z", 1, "D")).isInstanceOf(BadInput.class)
                .hasMessage("there is no doctor 'Z' on this rota");
    }

    @Test
    void anEditThatMakesDutiesOverlapIsRefusedWithTheReason() {
        assertThatThrownBy(() -> RotaEdits.setCell(read(TEMPLATE), "A", 4, "N+N")).isInstanceOf(BadInput.class)
                .hasMessageStartingWith("the rota would not hold together: ");
    }

    @Test
    void shiftTimesAreChangedOrRefusedWithTheRule() throws Exception {
        Rota edited = RotaEdits.setShiftTimes(read(TEMPLATE), "N", "21:00", "09:30");
        assertThat(edited.shiftType("N").start()).isEqualTo(LocalTime.of(21, 0));
        assertThat(edited.shiftType("N").end()).isEqualTo(LocalTime.of(9, 30));
        assertThatThrownBy(() -> RotaEdits.setShiftTimes(read(TEMPLATE), "N", "24:00", "08:00"))
                .hasMessage("the start time '24:00' is not a time of day");
        assertThatThrownBy(() -> RotaEdits.setShiftTimes(read(TEMPLATE), "N", "9:00", "08:00"))
                .hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> RotaEdits.setShiftTimes(read(TEMPLATE), "X", "08:00", "09:00"))
                .hasMessage("there is no shift type 'X' on this rota");
    }
}
