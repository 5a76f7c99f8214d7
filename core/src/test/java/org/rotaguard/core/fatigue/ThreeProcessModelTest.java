package org.rotaguard.core.fatigue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.time.ZoneClock;

/**
 * The worked examples of the fatigue reference (§3.11: FIPS 0.2.1 output, UTC, default
 * parameters). Each row is checked twice: against the reference's printed values (four
 * decimals, so to 5e-5) and to 1e-6 against the same quantities evaluated to full double
 * precision straight from the reference's equations, independently of this code.
 */
class ThreeProcessModelTest {
    private static final ZoneClock UTC = ZoneClock.of(ZoneOffset.UTC);
    private static final TpmParameters P = TpmParameters.DEFAULTS;
    private static final double EXACT = 1e-6;
    private static final double PRINTED = 5e-5 + 1e-12;

    /** Day 1 of the examples; any date will do in UTC. */
    private static int at(int day, int hour, int minute) {
        return UTC.toEpochMinute(LocalDate.of(2024, 1, day), LocalTime.of(hour, minute));
    }

    private static SleepEpisodes sleep(int... bounds) {
        int[] s = new int[bounds.length / 2];
        int[] e = new int[bounds.length / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = bounds[2 * i];
            e[i] = bounds[2 * i + 1];
        }
        return SleepEpisodes.inferred(s, e, s.length);
    }

    /** One row: expected values to full precision, then as printed in the reference. */
    private static void row(ModelPoint p, boolean asleep, double[] exact, double[] printed) {
        assertThat(p.asleep()).as("asleep").isEqualTo(asleep);
        double[] actual = {p.s(), p.c(), p.u(), p.w(), p.alertness(), p.kss()};
        String[] names = {"S", "C", "U", "W", "A", "KSS"};
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as(names[i]).isCloseTo(exact[i], within(EXACT));
            if (i < printed.length) {
                assertThat(actual[i]).as(names[i] + " as printed").isCloseTo(printed[i], within(PRINTED));
            }
        }
        assertThat(p.alertness()).isCloseTo(p.s() + p.c() + p.u() + p.w(), within(1e-12));
        assertThat(p.kss()).isCloseTo(10.6 - 0.6 * p.alertness(), within(1e-12));
    }

    @Nested
    class Example1ThirtyFourHoursAwake {
        // Sleep 23:00–07:00, then awake until 09:00 the day after.
        private final ThreeProcessModel model = ThreeProcessModel.run(P, ZoneOffset.UTC, at(1, 23, 0), at(3, 9, 0),
                sleep(at(1, 23, 0), at(2, 7, 0)));

        @Test
        void sleepOnsetAtTheStart() {
            row(model.at(at(1, 23, 0)), true,
                    new double[] {7.96, -0.1308398906, -0.5522642316, 0, 7.2768958778, 6.2338624733},
                    new double[] {7.9600, -0.1308, -0.5523, 0, 7.2769, 6.2339});
        }

        @Test
        void asleepAtThree() {
            row(model.at(at(2, 3, 0)), true,
                    new double[] {11.1633941514, -2.2275163105, -0.9045084972, 0, 8.0313693438, 5.7811783937},
                    new double[] {11.1634, -2.2275, -0.9045, 0, 8.0314, 5.7812});
        }

        @Test
        void wakingAtSevenHasFullSleepInertia() {
            row(model.at(at(2, 7, 0)), false,
                    new double[] {13.5516366141, -2.0966764199, -0.0432272712, -5.72, 5.6917329231, 7.1849602461},
                    new double[] {13.5516, -2.0967, -0.0432, -5.7200, 5.6917, 7.1850});
        }

        @Test
        void halfAnHourAfterWaking() {
            row(model.at(at(2, 7, 30)), false,
                    new double[] {13.3565370464, -1.9010149140, -0.0061558297, -2.6884607163, 8.7609055864,
                            5.3434566481},
                    new double[] {13.3565, -1.9010, -0.0062, -2.6885, 8.7609, 5.3435});
        }

        @Test
        void noon() {
            row(model.at(at(2, 12, 0)), false,
                    new double[] {11.7472881956, 0.7725424859, -0.7938926261, -0.0030093499, 11.7229287054,
                            3.5662427768},
                    new double[] {11.7473, 0.7725, -0.7939, -0.0030, 11.7229, 3.5662});
        }

        @Test
        void fivePm() {
            row(model.at(at(2, 17, 0)), false,
                    new double[] {10.2348855539, 2.4965738369, -0.4477357684, -0.0000015832, 12.2837220392,
                            3.2297667765},
                    new double[] {10.2349, 2.4966, -0.4477, -0.0000, 12.2837, 3.2298});
        }

        @Test
        void elevenPmStillAwake() {
            row(model.at(at(2, 23, 0)), false,
                    new double[] {8.7394135785, -0.1308398906, -0.5522642316, -0.0000000002, 8.0563094561,
                            5.7662143263},
                    new double[] {8.7394, -0.1308, -0.5523, -0.0000, 8.0563, 5.7662});
        }

        @Test
        void fourAmAfterTwentyOneHoursAwake() {
            row(model.at(at(3, 4, 0)), false,
                    new double[] {7.7136887221, -2.4453690018, -0.7033683215, 0, 4.5649513987, 7.8610291608},
                    new double[] {7.7137, -2.4454, -0.7034, -0.0000, 4.5650, 7.8610});
        }

        @Test
        void sixAm() {
            row(model.at(at(3, 6, 0)), false,
                    new double[] {7.3514787467, -2.3776412907, -0.2061073739, 0, 4.7677300821, 7.7393619507},
                    new double[] {7.3515, -2.3776, -0.2061, -0.0000, 4.7677, 7.7394});
        }

        @Test
        void nineAmAfterThirtyFourHours() {
            row(model.at(at(3, 9, 0)), false,
                    new double[] {6.8539273997, -1.1349762493, -0.0954915028, 0, 5.6234596475, 7.2259242115},
                    new double[] {6.8539, -1.1350, -0.0955, -0.0000, 5.6235, 7.2259});
        }

        @Test
        void twoRunsOneSleepThenAwake() {
            assertThat(model.runs()).isEqualTo(2);
            assertThat(model.asleepAt(at(2, 6, 59))).isTrue();
            assertThat(model.asleepAt(at(2, 7, 0))).isFalse();
        }
    }

    @Nested
    class Example2NapAboveTheBreakLevel {
        // The same night, then a nap 09:00–10:00 starting with S above bl (§3.4 edge case).
        private final ThreeProcessModel model = ThreeProcessModel.run(P, ZoneOffset.UTC, at(1, 23, 0), at(2, 11, 0),
                sleep(at(1, 23, 0), at(2, 7, 0), at(2, 9, 0), at(2, 10, 0)));

        @Test
        void justBeforeTheNap() {
            ModelPoint p = model.at(at(2, 8, 55));
            assertThat(p.asleep()).isFalse();
            assertThat(p.s()).isCloseTo(12.8220935780, within(EXACT)).isCloseTo(12.8221, within(PRINTED));
        }

        @Test
        void sAtNapOnsetIsBelowTheWakeValue() {
            ModelPoint p = model.at(at(2, 9, 0));
            assertThat(p.asleep()).isTrue();
            assertThat(p.s()).isCloseTo(12.7154823201, within(EXACT)).isCloseTo(12.7155, within(PRINTED));
            // Not the value S would have had awake at 09:00 (12.7914…, as the reference puts it).
            assertThat(P.awakeS(13.5516366141, 2.0)).isCloseTo(12.7914803018, within(EXACT));
            assertThat(p.w()).isZero();
        }

        @Test
        void halfwayThroughTheNap() {
            assertThat(model.at(at(2, 9, 30)).s()).isCloseTo(12.9905570276, within(EXACT))
                    .isCloseTo(12.9906, within(PRINTED));
        }

        @Test
        void wakingFromTheNap() {
            ModelPoint p = model.at(at(2, 10, 0));
            assertThat(p.asleep()).isFalse();
            assertThat(p.s()).isCloseTo(13.2178783427, within(EXACT)).isCloseTo(13.2179, within(PRINTED));
            assertThat(p.w()).isCloseTo(-5.72, within(1e-12));
            assertThat(p.kss()).isCloseTo(6.5911195377, within(EXACT)).isCloseTo(6.5911, within(PRINTED));
        }

        @Test
        void anHourAfterTheNap() {
            ModelPoint p = model.at(at(2, 11, 0));
            assertThat(p.s()).isCloseTo(12.8426686496, within(EXACT)).isCloseTo(12.8427, within(PRINTED));
            assertThat(p.kss()).isCloseTo(3.9054164592, within(EXACT)).isCloseTo(3.9054, within(PRINTED));
        }
    }

    @Nested
    class ParametersAndEquations {
        @Test
        void derivedConstantsOfTheReference() {
            assertThat(P.g()).isCloseTo(-0.38135644659688384, within(1e-15));
            assertThat(P.linearRecoveryRate()).isCloseTo(0.8008485378534566, within(1e-15));
        }

        @Test
        void sleepStartingAboveTheBreakLevelDropsAtOnset() {
            // The reference's prose examples, given to about two decimals ("12.79 → 12.72, 14.0 → 13.41").
            assertThat(P.asleepS(12.79, 0)).isCloseTo(12.72, within(0.01)).isLessThan(12.79);
            assertThat(P.asleepS(14.0, 0)).isCloseTo(13.41, within(0.005));
            // Below the break level the two stages meet continuously.
            double breakTime = (12.2 - 8.0) / P.linearRecoveryRate();
            assertThat(P.asleepS(8.0, breakTime)).isCloseTo(12.2, within(1e-12));
            assertThat(P.asleepS(8.0, breakTime + 1e-9)).isCloseTo(12.2, within(1e-8));
        }

        @Test
        void initialStateIsBedtimeAfterANormalDay() {
            assertThat(P.awakeS(12.2, 16)).isCloseTo(7.97, within(0.005));
        }

        @Test
        void sleepInertiaAtTheStartOfAShiftAndAnHourIn() {
            // §8: one hour after waking (the pre-duty hour) W ≈ −1.26, an hour later −0.28.
            assertThat(P.inertia(1)).isCloseTo(-1.2636050739, within(EXACT));
            assertThat(P.inertia(2)).isCloseTo(-0.28, within(0.005));
            assertThat(-0.6 * P.inertia(1)).isCloseTo(0.76, within(0.005));
        }

        @Test
        void circadianExtremes() {
            assertThat(P.circadian(16.8)).isCloseTo(2.5, within(1e-12));
            assertThat(P.circadian(4.8)).isCloseTo(-2.5, within(1e-12));
            assertThat(P.ultradian(7.8)).isCloseTo(0, within(1e-12));
            assertThat(P.ultradian(1.8)).isCloseTo(-1, within(1e-12));
            assertThat(P.ultradian(13.8)).isCloseTo(-1, within(1e-12));
        }

        @Test
        void steadyStateOfARegularNight() {
            // §3.9: under 23:00–07:00 S settles at "about 13.5–13.8" on waking (13.82 here) and 8.7–8.9 at bedtime.
            int[] s = new int[7];
            int[] e = new int[7];
            for (int d = 0; d < 7; d++) {
                s[d] = at(1 + d, 23, 0);
                e[d] = at(2 + d, 7, 0);
            }
            ThreeProcessModel model = ThreeProcessModel.run(P, ZoneOffset.UTC, s[0], at(8, 23, 0),
                    SleepEpisodes.inferred(s, e, 7));
            assertThat(model.at(at(5, 7, 0)).s()).isCloseTo(13.8192164307, within(EXACT));
            assertThat(model.at(at(4, 23, 0)).s()).isBetween(8.7, 8.9);
            assertThat(Math.abs(model.at(at(5, 7, 0)).s() - model.at(at(8, 7, 0)).s())).isLessThan(0.01);
        }

        @Test
        void aSimulationStartingAwakeTreatsItsStartAsWaking() {
            ThreeProcessModel model = ThreeProcessModel.run(P, ZoneOffset.UTC, at(1, 7, 0), at(1, 12, 0),
                    SleepEpisodes.NONE);
            assertThat(model.at(at(1, 7, 0)).w()).isCloseTo(-5.72, within(1e-12));
            assertThat(model.at(at(1, 7, 0)).s()).isCloseTo(7.96, within(1e-12));
        }

        @Test
        void touchingSleepsAreOneSleep() {
            ThreeProcessModel split = ThreeProcessModel.run(P, ZoneOffset.UTC, at(1, 23, 0), at(2, 12, 0),
                    sleep(at(1, 23, 0), at(2, 5, 0), at(2, 5, 0), at(2, 8, 0)));
            ThreeProcessModel whole = ThreeProcessModel.run(P, ZoneOffset.UTC, at(1, 23, 0), at(2, 12, 0),
                    sleep(at(1, 23, 0), at(2, 8, 0)));
            assertThat(split.runs()).isEqualTo(2);
            assertThat(split.at(at(2, 10, 0))).isEqualTo(whole.at(at(2, 10, 0)));
        }
    }
}
