package org.rotaguard.core.fatigue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.time.ZoneClock;

/**
 * Whole rotas scored shift by shift. Expected values to 1e-6 come from evaluating the
 * reference's equations and sleep rules independently of this code; the reference's own
 * descriptions (§5.2: days ≈ 3.7, long days ≈ 4.3, quick returns 5.0–5.7, first night ≈ 6.9,
 * nights 2–4 ≈ 7.0–7.2 and amber for 1¾–3 h) are checked alongside.
 */
class FatigueScorerTest {
    private static final double EXACT = 1e-6;
    private static final ZoneClock LONDON = ZoneClock.london();
    private final FatigueScorer scorer = new FatigueScorer(FatigueModel.DEFAULT);

    private DoctorFatigue score(Rota rota) {
        return scorer.score(rota).doctors().get(0);
    }

    private static void duty(DutyFatigue d, double maxKss, double meanKss, double minAlertness, double meanAlertness,
                             int minutes7, int minutes8, int epochs) {
        assertThat(d.maxKss()).as("maxKss").isCloseTo(maxKss, within(EXACT));
        assertThat(d.meanKss()).as("meanKss").isCloseTo(meanKss, within(EXACT));
        assertThat(d.minAlertness()).as("minAlertness").isCloseTo(minAlertness, within(EXACT));
        assertThat(d.meanAlertness()).as("meanAlertness").isCloseTo(meanAlertness, within(EXACT));
        assertThat(d.minutesKssAtLeast7()).as("minutes at KSS ≥ 7").isEqualTo(minutes7);
        assertThat(d.minutesKssAtLeast8()).as("minutes at KSS ≥ 8").isEqualTo(minutes8);
        assertThat(d.scoredMinutes()).as("scored minutes").isEqualTo(5 * epochs);
    }

    private static String local(int epochMinute) {
        ZonedDateTime t = LONDON.toZoned(epochMinute);
        return t.toLocalDate() + " " + t.toLocalTime();
    }

    @Test
    void theCommandLineSpecificationsExampleDuty() {
        // cli.md: a first night 2024-03-04 20:00 → 08:30 (GMT) after two days off.
        DoctorFatigue a = score(TestRotas.roster(LocalDate.of(2024, 3, 2), "- - N", "N 20:00-08:30"));
        assertThat(a.duties()).hasSize(1);
        DutyFatigue n = a.duties().get(0);
        duty(n, 6.876018795233315, 5.6907854033536935, 6.206635341277808, 8.182024327743845, 0, 0, 150);
        // As printed there, to three decimals.
        assertThat(n.maxKss()).isCloseTo(6.876, within(5e-4));
        assertThat(n.meanKss()).isCloseTo(5.691, within(5e-4));
        assertThat(n.minAlertness()).isCloseTo(6.207, within(5e-4));
        assertThat(n.meanAlertness()).isCloseTo(8.182, within(5e-4));
        assertThat(n.band()).isEqualTo(FatigueBand.GREEN);
        assertThat(local(n.peakAt())).isEqualTo("2024-03-05 04:40");
        assertThat(local(a.simulationStart())).isEqualTo("2024-03-01 23:00");
    }

    @Test
    void aRunOfFourNightsGetsSleepierNightByNight() {
        DoctorFatigue a = score(TestRotas.roster(TestRotas.MONDAY, "- - N N N N - - -", "N 20:00-08:30"));
        List<DutyFatigue> nights = a.duties();
        assertThat(nights).hasSize(4);
        duty(nights.get(0), 6.876018795233315, 5.6907854033536935, 6.206635341277808, 8.182024327743845, 0, 0, 150);
        duty(nights.get(1), 7.04220947237756, 5.830986751914846, 5.929650879370733, 7.948355413475257, 105, 0, 150);
        duty(nights.get(2), 7.106800900382355, 5.901869807177197, 5.82199849936274, 7.830216988038008, 165, 0, 150);
        duty(nights.get(3), 7.1338820884155965, 5.931558786211559, 5.7768631859740065, 7.7807353563140635, 185, 0,
                150);
        assertThat(nights).extracting(DutyFatigue::band).containsExactly(FatigueBand.GREEN, FatigueBand.AMBER,
                FatigueBand.AMBER, FatigueBand.AMBER);
        // Nights 2–4: amber for 1¾–3 h (105–185 min here), worst in the small hours.
        assertThat(local(nights.get(3).peakAt())).isEqualTo("2026-06-07 04:35");
        assertThat(a.worst(1).get(0)).isSameAs(nights.get(3));
        assertThat(a.dutiesIn(FatigueBand.AMBER)).isEqualTo(3);
        assertThat(a.minutesIn(FatigueBand.AMBER)).isEqualTo(105 + 165 + 185);
        assertThat(a.minutesIn(FatigueBand.GREEN)).isEqualTo(4 * 750 - 455);
        assertThat(a.minutesIn(FatigueBand.RED)).isZero();
    }

    @Test
    void aQuickReturnFromALateToAnEarly() {
        DoctorFatigue a = score(TestRotas.roster(TestRotas.MONDAY, "- L E -", "L 14:00-23:00", "E 07:00-15:00"));
        duty(a.duties().get(0), 5.629891354746887, 3.746922882518591, 8.283514408755188, 11.42179519580235, 0, 0, 108);
        duty(a.duties().get(1), 4.979829899439294, 4.056812260960133, 9.366950167601177, 10.905312898399776, 0, 0,
                96);
        // The early starts an hour after a six-hour sleep: it is worst at its first epoch (sleep inertia).
        assertThat(local(a.duties().get(1).peakAt())).isEqualTo("2026-06-03 07:00");
    }

    @Test
    void dayShiftsAndLongDaysStayWellInTheGreen() {
        DoctorFatigue days = score(TestRotas.roster(TestRotas.MONDAY, "- - D D D D D - -", "D 09:00-17:00"));
        duty(days.duties().get(0), 3.6835713040215685, 3.354341975819482, 11.527381159964053, 12.076096706967533, 0,
                0, 96);
        duty(days.duties().get(4), 3.680931486843888, 3.3520387726469214, 11.531780855260186, 12.079935378921803, 0,
                0, 96);
        DoctorFatigue longDays = score(TestRotas.roster(TestRotas.MONDAY, "- - LD LD LD LD - -", "LD 08:00-20:30"));
        duty(longDays.duties().get(0), 4.311992169027585, 3.4253409856881234, 10.480013051620691, 11.957765023853126,
                0, 0, 150);
        assertThat(longDays.dutiesIn(FatigueBand.GREEN)).isEqualTo(4);
    }

    @Test
    void nightsAcrossTheSpringClockChange() {
        // Thu–Sat nights 20:00–08:00; the Saturday night of 28/29 March 2026 lasts 11 elapsed hours.
        DoctorFatigue a = score(TestRotas.roster(LocalDate.of(2026, 3, 23), "- - - N N N - - -", "N 20:00-08:00"));
        List<DutyFatigue> n = a.duties();
        duty(n.get(0), 6.874787552138047, 5.656257718830222, 6.208687413103256, 8.239570468616296, 0, 0, 144);
        duty(n.get(1), 7.085034419591698, 5.84484246538565, 5.85827596734717, 7.925262557690579, 150, 0, 144);
        duty(n.get(2), 7.026709294605561, 5.812225605542849, 5.955484508990732, 7.979623990761917, 85, 0, 132);
        // The circadian terms skip the hour the clock skips: the peak is at 04:40 BST, 03:40 UTC.
        assertThat(local(n.get(2).peakAt())).isEqualTo("2026-03-29 04:40");
        assertThat(LONDON.toZoned(n.get(2).peakAt()).getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void nightsAcrossTheAutumnClockChange() {
        // The Saturday night of 24/25 October 2026 lasts 13 elapsed hours.
        DoctorFatigue a = score(TestRotas.roster(LocalDate.of(2026, 10, 19), "- - - N N N - - -", "N 20:00-08:00"));
        List<DutyFatigue> n = a.duties();
        duty(n.get(0), 6.874787552138047, 5.656257718830222, 6.208687413103256, 8.239570468616296, 0, 0, 144);
        duty(n.get(1), 7.085034419591698, 5.84484246538565, 5.85827596734717, 7.925262557690579, 150, 0, 144);
        duty(n.get(2), 7.296870759844462, 6.043046785534482, 5.505215400259229, 7.59492202410919, 285, 0, 156);
        assertThat(local(n.get(2).peakAt())).isEqualTo("2026-10-25 04:35");
    }

    @Test
    void aCyclicTemplateIsWarmedUpOverThePrecedingCycle() {
        // One week: nights Friday to Sunday, then a day on Monday. The Monday day of the report
        // cycle follows the Sunday night of the preceding cycle; only the report cycle is scored.
        Rota rota = TestRotas.cyclic(TestRotas.MONDAY, List.of("D - - - N N N"), "D 09:00-17:00", "N 20:00-08:30");
        DoctorFatigue a = score(rota);
        assertThat(a.duties()).hasSize(4);
        assertThat(local(a.duties().get(0).start())).isEqualTo("2026-06-01 09:00");
        assertThat(local(a.simulationStart())).isEqualTo("2026-05-24 23:00");
        // A day starting 09:00 straight after a night ending 08:30: up all night, then on duty.
        duty(a.duties().get(0), 6.5741651085206945, 6.007717942443652, 6.709724819132176, 7.653803429260576, 0, 0, 96);
        duty(a.duties().get(3), 7.106799884193811, 5.9018686931344755, 5.8220001930103145, 7.83021884477587, 165, 0,
                150);
        // Scored as a roster of the same days, the Monday would be fresh.
        DoctorFatigue fresh = score(TestRotas.roster(TestRotas.MONDAY, "D - - - N N N", "D 09:00-17:00",
                "N 20:00-08:30"));
        duty(fresh.duties().get(0), 3.830878251613254, 3.482865205345389, 11.281869580644576, 11.861891324424349, 0, 0,
                96);
    }

    @Test
    void onCallCountsOnlyWhenWorkIsExpected() {
        Rota rota = TestRotas.roster(TestRotas.MONDAY, "D+OC D+Q D", "D 09:00-17:00", "OC 17:00-09:00 oncall 3h",
                "Q 17:00-09:00 oncall");
        DoctorFatigue a = score(rota);
        assertThat(a.duties()).extracting(d -> d.type().code()).containsExactly("D", "OC", "D", "D");
        // Work expected in OC: no sleep assumed during it, so the next day is tired.
        assertThat(a.duties().get(2).maxKss()).isGreaterThan(a.duties().get(3).maxKss() + 1);
    }

    @Test
    void suppliedSleepReplacesInferredSleepOverItsSpan() {
        Rota rota = TestRotas.roster(TestRotas.MONDAY, "- - D", "D 09:00-17:00");
        int bed = LONDON.toEpochMinute(TestRotas.MONDAY.plusDays(1), LocalTime.of(23, 0));
        int up = LONDON.toEpochMinute(TestRotas.MONDAY.plusDays(2), LocalTime.of(3, 0));
        SleepEpisodes real = SleepEpisodes.supplied(new int[] {bed}, new int[] {up});
        DoctorFatigue inferred = score(rota);
        DoctorFatigue supplied = scorer.score(rota, Map.of("A", real)).doctors().get(0);
        assertThat(supplied.sleepSource()).isEqualTo(SleepSource.MIXED);
        assertThat(inferred.sleepSource()).isEqualTo(SleepSource.INFERRED);
        assertThat(SleepInferenceTest.describe(supplied.sleep())).containsExactly("SUN 23:00-MON 07:00",
                "MON 23:00-TUE 07:00", "TUE 23:00-WED 03:00", "WED 23:00-THU 00:00");
        assertThat(supplied.duties().get(0).maxKss()).isGreaterThan(inferred.duties().get(0).maxKss());
        assertThat(supplied.suppliedSleepUnused()).isZero();
        // Sleep outside the simulation is counted, not silently used or lost.
        int longAgo = LONDON.toEpochMinute(LocalDate.of(2025, 1, 1), LocalTime.of(23, 0));
        SleepEpisodes withOld = SleepEpisodes.supplied(new int[] {longAgo, bed}, new int[] {longAgo + 480, up});
        assertThat(scorer.score(rota, Map.of("A", withOld)).doctors().get(0).suppliedSleepUnused()).isEqualTo(1);
    }

    @Test
    void sleepForSomeoneNotOnTheRotaIsRefused() {
        Rota rota = TestRotas.roster(TestRotas.MONDAY, "D", "D 09:00-17:00");
        SleepEpisodes real = SleepEpisodes.supplied(new int[] {0}, new int[] {60});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scorer.score(rota, Map.of("Z", real)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Z'");
    }

    @Test
    void aDutyShorterThanTheTimeBaseIsScoredAtItsStart() {
        DoctorFatigue a = score(TestRotas.roster(TestRotas.MONDAY, "- X", "X 12:01-12:04"));
        DutyFatigue x = a.duties().get(0);
        assertThat(x.scoredMinutes()).isZero();
        assertThat(x.peakAt()).isEqualTo(x.start());
        assertThat(x.maxKss()).isEqualTo(x.meanKss());
    }

    @Test
    void everyResultNamesItsModel() {
        RotaFatigue result = scorer.score(TestRotas.roster(TestRotas.MONDAY, "D", "D 09:00-17:00"));
        assertThat(result.model().parameterSet()).isEqualTo("TPM-Ingre2014-FIPS0.2.1+sleep-v1");
        assertThat(result.dutyCount()).isEqualTo(1);
    }
}
