package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.fatigue.SleepEpisodes;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.ZoneClock;

class SleepFileReaderTest {
    private static final ZoneClock LONDON = ZoneClock.london();
    private static final Rota ROTA = Rota.builder(LocalDate.of(2026, 3, 27)).name("r")
            .shift(ShiftType.shift("D", LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .doctor(new Doctor("A, junior", "", "", 0, 1.0, false, 0, null))
            .doctor(new Doctor("B", "", "", 0, 1.0, false, 0, null))
            .schedule(new Assignments(Map.of("A, junior", List.of(Cell.parse("D")), "B", List.of(Cell.parse("D")))))
            .build();

    private static int london(String date, String time) {
        return LONDON.toEpochMinute(LocalDate.parse(date), LocalTime.parse(time));
    }

    @Test
    void readsLocalTimesOffsetsQuotedIdsAndSortsEachDoctorsSleeps() throws Exception {
        Map<String, SleepEpisodes> sleep = SleepFileReader.read("""
                \uFEFFDoctor , Start , End
                # comment

                "A, junior",2026-03-28 23:00,2026-03-29 07:00
                "A, junior",2026-03-27T22:30,2026-03-28T06:30
                B,2026-03-28T23:00Z,2026-03-29T08:00+01:00
                """, "s.csv", ROTA);
        SleepEpisodes a = sleep.get("A, junior");
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.start(0)).isEqualTo(london("2026-03-27", "22:30"));
        // 23:00 GMT to 07:00 BST across the spring change: seven elapsed hours.
        assertThat(a.end(1) - a.start(1)).isEqualTo(7 * 60);
        assertThat(a.supplied(0)).isTrue();
        assertThat(sleep.get("B").end(0) - sleep.get("B").start(0)).isEqualTo(8 * 60);
    }

    @Test
    void aTimeTheClocksSkipIsRefused() {
        assertThatThrownBy(() -> SleepFileReader.read("doctor,start,end\nB,2026-03-29T00:30,2026-03-29T01:30\n",
                "s.csv", ROTA)).isInstanceOf(RotaFileException.class)
                .hasMessageContaining("s.csv:2:").hasMessageContaining("does not exist on the local clock");
    }

    @Test
    void secondsUnclosedQuotesAndEmptyFilesAreRefused() {
        assertThatThrownBy(() -> SleepFileReader.read("doctor,start,end\nB,2026-03-27T23:00:30,2026-03-28T06:00\n"
                + "\"B,2026-03-27T23:00,2026-03-28T06:00\n", "s.csv", ROTA))
                .hasMessageContaining("s.csv:2:").hasMessageContaining("without seconds")
                .hasMessageContaining("s.csv:3:").hasMessageContaining("a quoted field is not closed");
        assertThatThrownBy(() -> SleepFileReader.read("# nothing\n", "s.csv", ROTA))
                .hasMessageContaining("s.csv: the file is empty");
    }
}
