package org.rotaguard.io.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rotaguard.core.guardian.Breach;
import org.rotaguard.core.guardian.Fine;
import org.rotaguard.core.guardian.FineCalculator;
import org.rotaguard.core.guardian.FinePeriod;
import org.rotaguard.core.guardian.FineRates;
import org.rotaguard.core.guardian.FineTable;
import org.rotaguard.core.guardian.FineType;

/** The shipped tables against the circulars' printed figures (pay-circulars.md §2.1), cell by cell. */
class FineTableReaderTest {
    private static final FineTable TABLE = FineTableReader.standard();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** date in the period, table (basic|enhanced), nodal point, total, doctor, guardian — as printed. */
    @ParameterizedTest(name = "{0} {1} NP{2}: {3} / {4} / {5}")
    @CsvSource({
            // 2017/18, PC 1/2017 p.12
            "2017-04-01, basic, 1, 51.05, 23.37, 27.69", "2018-03-31, basic, 2, 59.09, 27.05, 32.04",
            "2017-09-01, basic, 3, 69.94, 32.00, 37.94", "2017-09-01, basic, 4, 88.62, 40.57, 48.06",
            "2017-09-01, enhanced, 1, 69.94, 32.00, 37.94", "2017-09-01, enhanced, 2, 80.95, 37.05, 43.90",
            "2017-09-01, enhanced, 3, 95.80, 43.84, 51.97", "2017-09-01, enhanced, 4, 121.42, 55.57, 65.86",
            // 2018/19, PC 3/2018 p.10
            "2018-04-01, basic, 1, 52.07, 23.83, 28.24", "2018-10-01, basic, 2, 60.27, 27.59, 32.68",
            "2018-10-01, basic, 3, 71.34, 32.64, 38.70", "2019-03-31, basic, 4, 90.39, 41.38, 49.02",
            "2018-10-01, enhanced, 1, 71.34, 32.64, 38.70", "2018-10-01, enhanced, 2, 82.57, 37.79, 44.78",
            "2018-10-01, enhanced, 3, 97.72, 44.72, 53.01", "2018-10-01, enhanced, 4, 123.85, 56.68, 67.17",
            // 1 Apr – 22 Aug 2019, PC 2/2019 R2 p.12
            "2019-04-01, basic, 1, 53.11, 23.83, 29.28", "2019-06-01, basic, 2, 61.47, 27.59, 33.88",
            "2019-06-01, basic, 3, 72.76, 32.64, 40.12", "2019-08-22, basic, 4, 92.20, 41.38, 50.82",
            "2019-06-01, enhanced, 1, 72.76, 32.64, 40.12", "2019-06-01, enhanced, 2, 84.21, 37.79, 46.42",
            "2019-06-01, enhanced, 3, 99.68, 44.72, 54.96", "2019-08-22, enhanced, 4, 126.32, 56.68, 69.64",
            // from 23 Aug 2019, PC 2/2019 R2 (repeated through PC 1/2022)
            "2019-08-23, basic, 1, 63.56, 23.83, 39.73", "2020-06-01, basic, 2, 73.56, 27.59, 45.97",
            "2021-06-01, basic, 3, 87.04, 32.64, 54.40", "2026-06-01, basic, 4, 110.32, 41.38, 68.94",
            "2019-08-23, enhanced, 1, 87.08, 32.64, 54.44", "2020-06-01, enhanced, 2, 100.78, 37.79, 62.99",
            "2021-06-01, enhanced, 3, 119.25, 44.72, 74.53", "2026-06-01, enhanced, 4, 151.14, 56.68, 94.46",
            // NP5: 2021/22 (PC 1/2021), then from 1 Apr 2022 (PC 1/2022)
            "2021-04-01, basic, 5, 117.08, 43.91, 73.17", "2022-03-31, enhanced, 5, 160.40, 60.15, 100.25",
            "2022-04-01, basic, 5, 126.52, 47.45, 79.07", "2030-01-01, enhanced, 5, 173.34, 65.01, 108.33"})
    void everyPrintedFigure(LocalDate date, String band, int np, String total, String doctor, String guardian) {
        FinePeriod period = TABLE.periodOn(date).orElseThrow();
        FineRates r = (band.equals("basic") ? period.basic(np) : period.enhanced(np)).orElseThrow();
        assertThat(r.total()).isEqualByComparingTo(total);
        assertThat(r.doctor()).isEqualByComparingTo(doctor);
        assertThat(r.guardian()).isEqualByComparingTo(guardian);
        assertThat(period.source()).startsWith("Pay and Conditions Circular (M&D)");
    }

    @Test
    void thePeriodsAndWhatIsNotPublished() {
        assertThat(TABLE.periods()).extracting(FinePeriod::id).containsExactly("2017-18", "2018-19", "2019-04-01",
                "2019-08-23", "2021-22", "2022-04-01");
        assertThat(TABLE.periodOn(LocalDate.of(2017, 3, 31))).isEmpty();
        assertThat(TABLE.periodOn(LocalDate.of(2020, 12, 1)).orElseThrow().basic(5)).isEmpty();
        assertThat(TABLE.periods()).allSatisfy(p -> assertThat(p.basic().keySet()).containsAll(List.of(1, 2, 3, 4)));
        assertThat(TABLE.periods().get(TABLE.periods().size() - 1).until()).isNull();
    }

    private static Breach breach(LocalDateTime from, int minutes, int enhanced) {
        ZonedDateTime start = from.atZone(LONDON);
        return new Breach("shift-over-13h", "dr-a", start, start.plusHours(14), minutes, enhanced, "w", "s");
    }

    private static Fine fine(String from, int np, int minutes, int enhanced) {
        return FineCalculator.fine(breach(LocalDateTime.parse(from), minutes, enhanced), np, "Medicine", TABLE);
    }

    @ParameterizedTest(name = "{0} NP{1}: {2}h basic + {3}h night → {4} + {5}")
    @CsvSource({
            // The 23 Aug 2019 switch: the last minute of the 22nd and the first of the 23rd.
            "2019-08-22T23:59, 1, 1, 0, 23.83, 29.28", "2019-08-23T00:00, 1, 1, 0, 23.83, 39.73",
            "2019-08-22T23:59, 4, 0, 1, 56.68, 69.64", "2019-08-23T00:00, 4, 0, 1, 56.68, 94.46",
            // NP5's step on 1 Apr 2022.
            "2022-03-31T23:59, 5, 1, 0, 43.91, 73.17", "2022-04-01T00:00, 5, 1, 0, 47.45, 79.07",
            "2022-03-31T23:59, 5, 0, 1, 60.15, 100.25", "2022-04-01T00:00, 5, 0, 1, 65.01, 108.33",
            // Several hours, both bands, every nodal point.
            "2017-06-01T08:00, 1, 2, 1, 78.74, 93.32", "2018-06-01T08:00, 2, 3, 0, 82.77, 98.04",
            "2020-02-01T08:00, 3, 1, 2, 122.08, 203.46", "2024-02-01T08:00, 4, 0, 3, 170.04, 283.38",
            "2025-11-01T08:00, 5, 2, 2, 224.92, 374.80"})
    void wholeHoursAreExactlyThePrintedRates(String from, int np, int basicHours, int nightHours, String doctor,
                                             String guardian) {
        Fine f = fine(from, np, (basicHours + nightHours) * 60, nightHours * 60);
        assertThat(f.doctorShare()).isEqualByComparingTo(doctor);
        assertThat(f.guardianShare()).isEqualByComparingTo(guardian);
        assertThat(f.total()).isEqualByComparingTo(new BigDecimal(doctor).add(new BigDecimal(guardian)));
        assertThat(f.type()).isEqualTo(FineType.SAFE_WORKING);
        assertThat(f.nodalPoint()).isEqualTo(np);
    }

    @Test
    void whereTheSharesDoNotAddUpTheWorkingSaysSo() {
        Fine f = fine("2017-06-01T08:00", 1, 60, 0);
        assertThat(f.total()).isEqualByComparingTo("51.06");
        assertThat(f.working()).contains("£51.05 total").contains("a penny more than the printed total");
        assertThat(fine("2020-06-01T08:00", 1, 60, 0).working()).doesNotContain("penny");
    }

    @Test
    void datesAndNodalPointsNotPublishedAreRefused() {
        assertThatThrownBy(() -> fine("2017-03-31T08:00", 1, 60, 0)).hasMessageContaining("no published penalty rates")
                .hasMessageContaining("from 2017-04-01 onwards");
        assertThatThrownBy(() -> fine("2020-12-01T08:00", 5, 60, 0)).hasMessageContaining("nodal point 5");
    }

    @Test
    void theV13FinesAreUnverifiedParametersWithoutAnAmount() {
        assertThat(TABLE.newFines()).extracting(p -> p.type()).containsExactly(FineType.ACCESS_COMPLETION,
                FineType.INFORMATION_BREACH);
        assertThat(TABLE.newFines()).allSatisfy(p -> {
            assertThat(p.verified()).isFalse();
            assertThat(p.confidence()).isEqualTo("LOW");
            assertThat(p.configured()).isFalse();
            assertThat(p.from()).isEqualTo(LocalDate.of(2026, 2, 4));
        });
        assertThat(TABLE.newFine(FineType.ACCESS_COMPLETION, LocalDate.of(2026, 2, 3))).isEmpty();
    }

    @Test
    void aConfiguredAmountIsReadExactly() {
        FineTable t = FineTableReader.read("""
                format: rotaguard-fines/1
                periods: []
                newFines:
                  - type: INFORMATION_BREACH
                    from: 2026-02-04
                    amount: 125.50
                    unit: breach
                    guardianShare: 0.5
                    verified: false
                    confidence: LOW
                    source: local decision
                """, "local.yaml");
        assertThat(t.newFines().get(0).amount()).isEqualByComparingTo("125.50");
    }

    @Test
    void problemsNameTheFileLineAndField() {
        assertThatThrownBy(() -> FineTableReader.read("""
                format: rotaguard-fines/1
                periods:
                  - id: x
                    from: 2017-04-01
                    source: s
                    basic:
                      NP1: { total: 51.055, doctor: 23.37, guardian: 27.69 }
                    enhanced: {}
                """, "bad.yaml")).isInstanceOf(GuardianDataException.class)
                .hasMessageStartingWith("bad.yaml:7:").hasMessageContaining("$.periods[0].basic.NP1.total")
                .hasMessageContaining("at most two decimal places");
        assertThatThrownBy(() -> FineTableReader.read("format: rotaguard-fines/1\nperiods:\n  - id: x\n    frm: 2017-04-01\n",
                "typo.yaml")).hasMessageStartingWith("typo.yaml:4:").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> FineTableReader.read("format: rotaguard-fines/1\nperiods:\n  - id: x\n    from: 1 April\n"
                + "    source: s\n    basic: {}\n    enhanced: {}\n", "date.yaml"))
                .hasMessageContaining("$.periods[0].from").hasMessageContaining("expected a date");
        assertThatThrownBy(() -> FineTableReader.read("format: [", "broken.yaml")).hasMessageStartingWith("broken.yaml:")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> FineTableReader.read("format: rotaguard-fines/2\nperiods: []\n", "v.yaml"))
                .hasMessageContaining("expected 'rotaguard-fines/1'");
        assertThatThrownBy(() -> FineTableReader.read("format: rotaguard-fines/1\nperiods:\n  - id: x\n    from: 2017-04-01\n"
                + "    source: s\n    basic:\n      NP1: { total: 51.05, doctor: 23.37, guardian: 27.69 }\n"
                + "    enhanced: {}\n", "np.yaml")).hasMessageContaining("different nodal points");
    }

    @Test
    void aFileThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> FineTableReader.read(java.nio.file.Path.of("/no/such/fines.yaml")))
                .hasMessage("/no/such/fines.yaml: no such file");
    }
}
