package org.rotaguard.core.fatigue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.time.ZoneClock;

/** The rota → sleep rules "sleep-v1" (§4), pattern by pattern, as the reference's table gives them. */
class SleepInferenceTest {
    private static final ZoneClock LONDON = ZoneClock.london();
    private static final LocalDate MONDAY = TestRotas.MONDAY;
    private final SleepInference inference = new SleepInference(SleepRules.SLEEP_V1);

    /** Minute of {@code day} days after Monday at {@code time}, London time. */
    private static int at(int day, String time) {
        return LONDON.toEpochMinute(MONDAY.plusDays(day), LocalTime.parse(time));
    }

    /** Infers sleep from duties given as day, start, day, end; the simulation runs Sunday 23:00 to Monday a week later. */
    private List<String> sleep(int to, Object... duties) {
        int n = duties.length / 4;
        int[] s = new int[n];
        int[] e = new int[n];
        for (int k = 0; k < n; k++) {
            s[k] = at((Integer) duties[4 * k], (String) duties[4 * k + 1]);
            e[k] = at((Integer) duties[4 * k + 2], (String) duties[4 * k + 3]);
        }
        SleepEpisodes sleep = inference.infer(s, e, n, at(-1, "23:00"), to, LONDON);
        return describe(sleep);
    }

    static List<String> describe(SleepEpisodes sleep) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sleep.size(); i++) {
            ZonedDateTime a = LONDON.toZoned(sleep.start(i));
            ZonedDateTime b = LONDON.toZoned(sleep.end(i));
            out.add(a.getDayOfWeek().toString().substring(0, 3) + " " + a.toLocalTime() + "-"
                    + b.getDayOfWeek().toString().substring(0, 3) + " " + b.toLocalTime());
        }
        return out;
    }

    @Test
    void freeDaysSleepTwentyThreeToSeven() {
        assertThat(sleep(at(2, "00:00"))).containsExactly("SUN 23:00-MON 07:00", "MON 23:00-TUE 07:00",
                "TUE 23:00-WED 00:00");
    }

    @Test
    void nineToFiveDays() {
        assertThat(sleep(at(2, "12:00"), 0, "09:00", 0, "17:00", 1, "09:00", 1, "17:00"))
                .containsExactly("SUN 23:00-MON 07:00", "MON 23:00-TUE 07:00", "TUE 23:00-WED 07:00");
    }

    @Test
    void longDaySleepEndsAnHourBeforeTheStart() {
        assertThat(sleep(at(1, "12:00"), 0, "08:00", 0, "20:30"))
                .containsExactly("SUN 23:00-MON 07:00", "MON 23:00-TUE 07:00");
    }

    @Test
    void quickReturnFromALateToAnEarly() {
        // Late ending 23:00, early starting 07:00: bed at 00:00, up at 06:00.
        assertThat(sleep(at(1, "18:00"), 0, "14:00", 0, "23:00", 1, "07:00", 1, "15:00"))
                .containsExactly("SUN 23:00-MON 07:00", "TUE 00:00-TUE 06:00");
    }

    @Test
    void firstNightAfterDaysOffHasANap() {
        assertThat(sleep(at(1, "00:00"), 0, "20:00", 1, "08:30"))
                .containsExactly("SUN 23:00-MON 07:00", "MON 17:00-MON 19:00");
    }

    @Test
    void daySleepBetweenNightsAndBackToNightsAfterTheLast() {
        assertThat(sleep(at(4, "00:00"), 0, "20:00", 1, "08:30", 1, "20:00", 2, "08:30"))
                .containsExactly("SUN 23:00-MON 07:00", "MON 17:00-MON 19:00", "TUE 09:30-TUE 15:30",
                        "WED 09:30-WED 15:30", "WED 23:00-THU 07:00", "THU 23:00-FRI 00:00");
    }

    @Test
    void aBedtimeCanSlipAtMostSixHours() {
        // A duty (not a night: 2h30 in 23:00–06:00) ending 04:00: bed at 05:00 is allowed, exactly 6 h late ...
        assertThat(sleep(at(1, "12:00"), 0, "01:30", 0, "04:00"))
                .containsExactly("SUN 23:00-MON 00:30", "MON 05:00-MON 13:00", "MON 23:00-TUE 07:00");
        // ... ending 04:01 is not: that night's sleep is lost, and the next sleep is the 23:00 one.
        assertThat(sleep(at(1, "12:00"), 0, "01:30", 0, "04:01"))
                .containsExactly("SUN 23:00-MON 00:30", "MON 23:00-TUE 07:00");
    }

    @Test
    void shortCandidatesAreDropped() {
        // The rest window 23:00–23:59 before a night starting 00:59 is under an hour: no sleep, no nap.
        assertThat(sleep(at(1, "09:00"), 0, "00:59", 0, "07:00"))
                .containsExactly("MON 08:00-MON 14:00", "MON 23:00-TUE 07:00");
    }

    @Test
    void aTwentyFourHourShiftStartingInTheMorningIsANight() {
        // 09:00–09:00 has 7 h in 23:00–06:00: night rules apply; the nap runs on from the night's sleep.
        assertThat(sleep(at(2, "20:00"), 1, "09:00", 2, "09:00"))
                .containsExactly("SUN 23:00-MON 07:00", "MON 23:00-TUE 07:00", "TUE 07:00-TUE 08:00",
                        "WED 10:00-WED 16:00");
    }

    @Test
    void dutyClassifiedAsNightAtExactlyThreeHours() {
        LocalClock local = new LocalClock(LONDON.zone(), at(-2, "00:00"), at(9, "00:00"));
        assertThat(inference.isNight(at(0, "20:00"), at(1, "02:00"), LONDON, local)).isTrue();
        assertThat(inference.isNight(at(0, "20:00"), at(1, "01:59"), LONDON, local)).isFalse();
        assertThat(inference.isNight(at(0, "03:00"), at(0, "12:00"), LONDON, local)).isTrue();
        assertThat(inference.isNight(at(0, "03:01"), at(0, "12:00"), LONDON, local)).isFalse();
    }

    @Test
    void sleepLengthIsElapsedTimeAcrossTheClockChanges() {
        ZonedDateTime springEve = TestRotas.SPRING_FORWARD.minusDays(1).atTime(23, 0).atZone(LONDON.zone());
        int from = LONDON.toEpochMinute(TestRotas.SPRING_FORWARD.minusDays(1), LocalTime.of(23, 0));
        SleepEpisodes spring = inference.infer(new int[0], new int[0], 0, from, from + 24 * 60, LONDON);
        assertThat(LONDON.toZoned(spring.end(0)).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(spring.end(0) - spring.start(0)).isEqualTo(480);
        assertThat(springEve.getOffset().getTotalSeconds()).isZero();
        int autumn = LONDON.toEpochMinute(TestRotas.FALL_BACK.minusDays(1), LocalTime.of(23, 0));
        SleepEpisodes fall = inference.infer(new int[0], new int[0], 0, autumn, autumn + 24 * 60, LONDON);
        assertThat(LONDON.toZoned(fall.end(0)).toLocalTime()).isEqualTo(LocalTime.of(6, 0));
        assertThat(fall.end(0) - fall.start(0)).isEqualTo(480);
    }

    @Test
    void nightAcrossEachClockChangeIsANight() {
        LocalDate spring = TestRotas.SPRING_FORWARD.minusDays(1);
        LocalDate autumn = TestRotas.FALL_BACK.minusDays(1);
        for (LocalDate day : List.of(spring, autumn)) {
            int s = LONDON.toEpochMinute(day, LocalTime.of(20, 0));
            int e = LONDON.toEpochMinute(day.plusDays(1), LocalTime.of(8, 0));
            LocalClock local = new LocalClock(LONDON.zone(), s - 2880, e + 2880);
            assertThat(inference.isNight(s, e, LONDON, local)).isTrue();
            SleepEpisodes sleep = inference.infer(new int[] {s}, new int[] {e}, 1,
                    LONDON.toEpochMinute(day.minusDays(2), LocalTime.of(23, 0)), e + 24 * 60, LONDON);
            // The day sleep after it starts an hour after the night ends and lasts six elapsed hours.
            assertThat(describe(sleep)).contains("SUN 09:00-SUN 15:00");
        }
    }

    @Test
    void noNapWhenTheRuleIsSwitchedOff() {
        SleepInference noNap = new SleepInference(SleepRules.SLEEP_V1.withPreNightNap(Duration.ZERO));
        int s = at(0, "20:00");
        int e = at(1, "08:30");
        SleepEpisodes sleep = noNap.infer(new int[] {s}, new int[] {e}, 1, at(-1, "23:00"), at(1, "20:00"), LONDON);
        assertThat(describe(sleep)).containsExactly("SUN 23:00-MON 07:00", "TUE 09:30-TUE 15:30");
        assertThat(noNap.rules().name()).isEqualTo("sleep-v1+nap=0m");
    }
}
