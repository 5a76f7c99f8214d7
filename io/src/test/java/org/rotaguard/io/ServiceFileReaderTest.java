package org.rotaguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.service.CoverRange;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ServiceDescription;
import org.rotaguard.core.service.ServiceDoctor;

class ServiceFileReaderTest {
    static final String SERVICE = """
            format: rotaguard-service/1
            name: Nights
            start: 2026-08-03
            mode: roster
            weeks: 4
            shifts:
              D: { start: "08:00", end: "17:00" }
              N: { start: "20:00", end: "08:00" }
            cover:
              everyDay: { N: 2 }
              weekday: { D: { min: 2, max: 3 } }
              sunday: { N: 1 }
            doctors:
              - { id: A, ltft: 0.6, nonWorkingDays: [friday], leave: [2026-08-10/2026-08-12, 2026-08-20] }
              - { id: B, requests: [{ date: 2026-08-08, off: true }, { date: 2026-08-09, shift: N }] }
            weights: { fairness: 7 }
            locumRate: 120
            """;

    private static ServiceDescription read(String text) throws RotaFileException {
        return ServiceFileReader.read(text, "service.yaml", RotaFileFormat.YAML);
    }

    private static String problems(String text) {
        return catchThrowableOfType(RotaFileException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsEveryPartOfAService() throws Exception {
        ServiceDescription s = read(SERVICE);
        assertThat(s.mode()).isEqualTo(DesignMode.ROSTER);
        assertThat(s.placementWeeks()).isEqualTo(4);
        assertThat(s.shiftTypes()).containsOnlyKeys("D", "N");
        assertThat(s.cover().on(DayOfWeek.MONDAY, "N")).isEqualTo(new CoverRange(2, 2));
        assertThat(s.cover().on(DayOfWeek.MONDAY, "D")).isEqualTo(new CoverRange(2, 3));
        assertThat(s.cover().on(DayOfWeek.SATURDAY, "D")).as("not listed: not worked").isEqualTo(CoverRange.NONE);
        assertThat(s.cover().on(DayOfWeek.SUNDAY, "N")).as("a named day wins").isEqualTo(new CoverRange(1, 1));
        ServiceDoctor a = s.doctors().get(0);
        assertThat(a.doctor().ltft()).isEqualTo(0.6);
        assertThat(a.leave()).containsExactlyInAnyOrder(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 11),
                LocalDate.of(2026, 8, 12), LocalDate.of(2026, 8, 20));
        assertThat(a.available(LocalDate.of(2026, 8, 7))).as("a Friday").isFalse();
        assertThat(s.doctors().get(1).requests()).hasSize(2);
        assertThat(s.weights().fairness()).isEqualTo(7);
        assertThat(s.weights().locumGaps()).isEqualTo(1000);
        assertThat(s.locumRatePerHour()).isEqualTo(120);
    }

    @Test
    void aNumberOfDoctorsNamesThem() throws Exception {
        ServiceDescription s = read(TestFiles.changed(SERVICE, """
                doctors:
                  - { id: A, ltft: 0.6, nonWorkingDays: [friday], leave: [2026-08-10/2026-08-12, 2026-08-20] }
                  - { id: B, requests: [{ date: 2026-08-08, off: true }, { date: 2026-08-09, shift: N }] }
                """, "doctors: 12\n"));
        assertThat(s.doctors()).hasSize(12);
        assertThat(s.doctors().get(0).id()).isEqualTo("D01");
    }

    @Test
    void problemsAreLocatedByLineColumnAndField() {
        String text = TestFiles.changed(SERVICE, "everyDay: { N: 2 }", "everyDay: { X: 2 }",
                "ltft: 0.6", "ltft: 1.5", "2026-08-20]", "2026-08-32]", "friday]", "fryday]",
                "shift: N }", "shift: N, off: true }", "locumRate: 120", "locumRate: -1");
        String message = problems(text);
        assertThat(message).contains("service.yaml:10:15: cover.everyDay.X: unknown shift code 'X'");
        assertThat(message).contains("doctors[0].ltft: ltft 1.5 is out of range");
        assertThat(message).contains("doctors[0].leave[1]: '2026-08-32' is not a real date");
        assertThat(message).contains("doctors[0].nonWorkingDays[0]: 'fryday' is not a weekday");
        assertThat(message).contains("doctors[1].requests[1]: a request asks for either a day off");
        assertThat(message).contains("locumRate: locumRate -1 is out of range");
    }

    @Test
    void aRequestOutsideThePlacementIsReportedNotDropped() {
        assertThat(problems(TestFiles.changed(SERVICE, "2026-08-09, shift: N", "2026-09-09, shift: N")))
                .contains("doctors[1].requests[1].date: the request's date 2026-09-09 is outside the placement"
                        + " (2026-08-03 to 2026-08-30)");
    }

    @Test
    void coverMayAskForGrades() throws Exception {
        ServiceDescription s = read(TestFiles.changed(SERVICE, "everyDay: { N: 2 }",
                "everyDay: { N: { min: 2, max: 2, byGrade: { grades: [ST4, ST5], min: 1 } } }"));
        assertThat(s.cover().on(DayOfWeek.MONDAY, "N").byGrade()).isEqualTo(
                new CoverRange.GradeCover(java.util.Set.of("ST4", "ST5"), 1));
        assertThat(problems(TestFiles.changed(SERVICE, "everyDay: { N: 2 }",
                "everyDay: { N: { min: 2, byGrade: { grades: [ST4], min: 3 } } }")))
                .contains("cover.everyDay.N.byGrade.min: min 3 is out of range");
    }

    @Test
    void aRotaFileIsNotAService() {
        assertThat(problems("format: rotaguard/1\nstart: 2026-08-03\n"))
                .contains("'rotaguard/1' is not a supported format (expected rotaguard-service/1; this is a rota file");
    }

    @Test
    void maximaBelowMinimaAndMissingFieldsAreReported() {
        String message = problems(TestFiles.changed(SERVICE, "{ min: 2, max: 3 }", "{ min: 3, max: 2 }",
                "start: 2026-08-03\n", ""));
        assertThat(message).contains("cover.weekday.D: max 2 is less than min 3");
        assertThat(message).contains("missing required field 'start'");
    }

    @Test
    void theExampleServicesRead() throws Exception {
        for (String name : new String[] {"emergency-department-service.yaml", "medical-on-call-service.yaml",
                "ed-24-7-unstaffable.yaml"}) {
            ServiceDescription s = ServiceFileReader.read(Path.of("../examples/services", name));
            assertThat(s.doctors()).as(name).isNotEmpty();
        }
    }
}
