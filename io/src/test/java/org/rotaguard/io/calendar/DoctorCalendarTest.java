package org.rotaguard.io.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileFormat;
import org.rotaguard.io.RotaFileReader;

/** A doctor's calendar: one event per duty, on real dates, right across the clock changes. */
class DoctorCalendarTest {
    private static final String ROTA = """
            format: rotaguard/1
            name: Nights over the change
            start: 2026-03-23
            shifts:
              N: { start: "21:00", end: "09:30", name: Night }
              OC: { start: "17:00", end: "09:00", onCall: true, expectedWork: 2 }
            doctors:
              - id: A
            assignments:
              A: "- - - - N N - OC"
            """;

    @Test
    void eachDutyIsAnEventInLocalTimeWithItsRealLength() throws Exception {
        Rota rota = RotaFileReader.read(ROTA, "n.yaml", RotaFileFormat.YAML);

        String text = DoctorCalendar.write(rota, rota.doctors().get(0), DutyDefinitions.TCS_2016, "rota-1.test");

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(text).contains("DTSTART;TZID=Europe/London:20260328T210000")
                .contains("DTEND;TZID=Europe/London:20260329T093000")
                .contains("UID:A-20260328T2100-N@rota-1.test")
                .contains("SUMMARY:Night").contains("SUMMARY:OC (on call)");
        // The night of 28/29 March loses an hour to the clocks: 11h30, not 12h30.
        VEvent night = events.get(1);
        java.time.temporal.Temporal start = night.getDateTimeStart().getDate();
        java.time.temporal.Temporal end = night.getDateTimeEnd().getDate();
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(690));
        // Read back through the file's own VTIMEZONE: 21:00 GMT, and 09:30 BST = 08:30 UTC.
        assertThat(((ZonedDateTime) start).toInstant()).hasToString("2026-03-28T21:00:00Z");
        assertThat(((ZonedDateTime) end).toInstant()).hasToString("2026-03-29T08:30:00Z");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }
}
