package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.guardian.Fixtures.FALL_BACK;
import static org.rotaguard.core.guardian.Fixtures.MONDAY;
import static org.rotaguard.core.guardian.Fixtures.SPRING_FORWARD;
import static org.rotaguard.core.guardian.Fixtures.at;
import static org.rotaguard.core.guardian.Fixtures.onCall;
import static org.rotaguard.core.guardian.Fixtures.shift;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rota.Doctor;

class SafeWorkingCheckTest {
    private final SafeWorkingCheck check = new SafeWorkingCheck(Fixtures.tcs2016());
    private final ReferencePeriod fourWeeks = new ReferencePeriod(MONDAY, MONDAY.plusWeeks(4));

    private List<Breach> breaches(List<WorkedDuty> worked, List<ApprovedHours> approved) {
        return check.breaches("dr-a", worked, approved, fourWeeks);
    }

    private List<Breach> breaches(List<WorkedDuty> worked) {
        return breaches(worked, List.of());
    }

    private static List<Breach> only(List<Breach> all, SafeWorkingRule rule) {
        return all.stream().filter(b -> b.ruleId().equals(rule.id())).toList();
    }

    @Nested
    class ShiftLength {
        @Test
        void exactlyThirteenHoursIsNoBreach() {
            assertThat(breaches(List.of(shift(MONDAY, "08:00", "21:00")))).isEmpty();
        }

        @Test
        void oneMinuteOverIsABreachOfOneMinuteFinedAtTheEnhancedRateAfter2100() {
            List<Breach> found = breaches(List.of(shift(MONDAY, "08:00", "21:01")));
            assertThat(found).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("shift-over-13h");
                assertThat(b.doctorId()).isEqualTo("dr-a");
                assertThat(b.minutes()).isEqualTo(1);
                assertThat(b.enhancedMinutes()).isEqualTo(1);
                assertThat(b.from()).isEqualTo(at(MONDAY, "08:00"));
                assertThat(b.to()).isEqualTo(at(MONDAY, "21:01"));
                assertThat(b.working()).contains("13h01m").contains("13h maximum").contains("1m are over");
                assertThat(b.source()).contains("Schedule 3").contains("19 Jun 2023");
            });
        }

        @Test
        void theExcessOfAnEarlyStartBeforeAnyNightTimeIsAtTheBasicRate() {
            // 07:30 to 21:00 is 13h30m; the last 30 minutes (20:30–21:00) are before 21:00.
            Breach b = breaches(List.of(shift(MONDAY, "07:30", "21:00"))).get(0);
            assertThat(b.minutes()).isEqualTo(30);
            assertThat(b.enhancedMinutes()).isZero();
        }

        @Test
        void aNightStartingAt2000IsEnhancedUntil1000ByRuleB() {
            // 20:00 to 09:30 is 13h30m; its last half hour, 09:00–09:30, is night time by rule B.
            Breach b = breaches(List.of(shift(MONDAY, "20:00", "09:30"))).get(0);
            assertThat(b.minutes()).isEqualTo(30);
            assertThat(b.enhancedMinutes()).isEqualTo(30);
        }

        @Test
        void aNightStartingAt1930IsEnhancedOnlyTo0700() {
            Breach b = breaches(List.of(shift(MONDAY, "19:30", "09:00"))).get(0);
            assertThat(b.minutes()).isEqualTo(30);
            assertThat(b.enhancedMinutes()).isZero();
        }

        @Test
        void theNightTheClocksGoBackIsAnHourLonger() {
            // 20:00 Saturday to 09:00 Sunday: 13 hours on the clock, 14 elapsed.
            ReferencePeriod october = new ReferencePeriod(FALL_BACK.minusDays(6), FALL_BACK.plusDays(22));
            List<Breach> found = check.breaches("dr-a", List.of(shift(FALL_BACK.minusDays(1), "20:00", "09:00")),
                    List.of(), october);
            assertThat(found).singleElement().satisfies(b -> {
                assertThat(b.minutes()).isEqualTo(60);
                assertThat(b.enhancedMinutes()).isEqualTo(60);
            });
        }

        @Test
        void theNightTheClocksGoForwardIsAnHourShorter() {
            ReferencePeriod march = new ReferencePeriod(SPRING_FORWARD.minusDays(6), SPRING_FORWARD.plusDays(22));
            assertThat(check.breaches("dr-a", List.of(shift(SPRING_FORWARD.minusDays(1), "20:00", "09:30")),
                    List.of(), march)).isEmpty();
        }

        @Test
        void onCallPeriodsAreNotShifts() {
            assertThat(breaches(List.of(onCall(MONDAY, "09:00", "09:00", 240)))).isEmpty();
        }
    }

    @Nested
    class Rest {
        @Test
        void exactlyElevenHoursIsNoBreach() {
            assertThat(breaches(List.of(shift(MONDAY, "08:00", "21:00"), shift(MONDAY.plusDays(1), "08:00", "17:00"))))
                    .isEmpty();
        }

        @Test
        void oneMinuteShortLosesOneMinuteOfRestAtTheEndOfTheLateFinish() {
            List<Breach> found = breaches(List.of(shift(MONDAY, "09:00", "21:01"),
                    shift(MONDAY.plusDays(1), "08:00", "17:00")));
            assertThat(found).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("rest-under-11h");
                assertThat(b.minutes()).isEqualTo(1);
                assertThat(b.enhancedMinutes()).isEqualTo(1);
                assertThat(b.working()).contains("Rest of 10h59m").contains("11h minimum").contains("1m of rest lost");
            });
        }

        @Test
        void restOverTheClockChangeIsElapsedTime() {
            // 22:00 Saturday to 08:00 Sunday is 10 hours on the clock and 11 elapsed when the clocks go back.
            ReferencePeriod october = new ReferencePeriod(FALL_BACK.minusDays(6), FALL_BACK.plusDays(22));
            assertThat(check.breaches("dr-a", List.of(shift(FALL_BACK.minusDays(1), "12:00", "22:00"),
                    shift(FALL_BACK, "08:00", "16:00")), List.of(), october)).isEmpty();
            ReferencePeriod march = new ReferencePeriod(SPRING_FORWARD.minusDays(6), SPRING_FORWARD.plusDays(22));
            // 21:00 Saturday to 08:00 Sunday is 11 hours on the clock and 10 elapsed when the clocks go forward.
            assertThat(check.breaches("dr-a", List.of(shift(SPRING_FORWARD.minusDays(1), "12:00", "21:00"),
                    shift(SPRING_FORWARD, "08:00", "16:00")), List.of(), march))
                    .singleElement().satisfies(b -> assertThat(b.minutes()).isEqualTo(60));
        }

        @Test
        void onCallPeriodsNeitherCountNorInterrupt() {
            assertThat(breaches(List.of(shift(MONDAY, "08:00", "17:00"), onCall(MONDAY, "17:00", "09:00", 180),
                    shift(MONDAY.plusDays(1), "09:00", "17:00")))).isEmpty();
        }
    }

    @Nested
    class HoursIn168 {
        /** Six 12-hour days: 72 hours in 168. */
        private List<WorkedDuty> sixLongDays(String lastEnd) {
            List<WorkedDuty> duties = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                duties.add(shift(MONDAY.plusDays(d), "08:00", "20:00"));
            }
            duties.add(shift(MONDAY.plusDays(5), "08:00", lastEnd));
            return duties;
        }

        @Test
        void exactlySeventyTwoIsNoBreach() {
            assertThat(only(breaches(sixLongDays("20:00")), SafeWorkingRule.MAX_72H_IN_168H)).isEmpty();
        }

        @Test
        void oneMinuteOverIsABreachOfOneMinute() {
            List<Breach> found = only(breaches(sixLongDays("20:01")), SafeWorkingRule.MAX_72H_IN_168H);
            assertThat(found).singleElement().satisfies(b -> {
                assertThat(b.minutes()).isEqualTo(1);
                assertThat(b.enhancedMinutes()).isZero();
                assertThat(b.working()).contains("72h01m worked in the 168 hours").contains("72h limit");
            });
        }

        @Test
        void onCallWorkCountsAsSpreadOverThePeriod() {
            List<WorkedDuty> duties = new ArrayList<>(sixLongDays("20:00"));
            // Two hours of work over a 12-hour on-call period before the first day: an hour in its last six hours.
            duties.add(0, onCall(MONDAY.minusDays(1), "20:00", "08:00", 120));
            List<Breach> found = only(breaches(duties), SafeWorkingRule.MAX_72H_IN_168H);
            assertThat(found).singleElement().satisfies(b -> assertThat(b.minutes()).isEqualTo(120));
        }
    }

    @Nested
    class Average {
        /** Four weeks of five 9h36m days: 48 hours a week. */
        private List<WorkedDuty> fortyEightAWeek(String lastEnd) {
            List<WorkedDuty> duties = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                for (int d = 0; d < 5; d++) {
                    LocalDate day = MONDAY.plusWeeks(w).plusDays(d);
                    duties.add(shift(day, "08:00", w == 3 && d == 4 ? lastEnd : "17:36"));
                }
            }
            return duties;
        }

        @Test
        void exactlyFortyEightOnAverageIsNoBreach() {
            assertThat(breaches(fortyEightAWeek("17:36"))).isEmpty();
        }

        @Test
        void oneMinuteOverTheReferencePeriodIsABreachOfOneMinute() {
            assertThat(only(breaches(fortyEightAWeek("17:37")), SafeWorkingRule.AVERAGE_48H)).singleElement()
                    .satisfies(b -> {
                        assertThat(b.minutes()).isEqualTo(1);
                        assertThat(b.from()).isEqualTo(at(MONDAY, "00:00"));
                        assertThat(b.working()).contains("4-week reference period").contains("48h limit")
                                .contains("1m over the limit in all");
                    });
        }

        @Test
        void aLessThanFullTimeDoctorHasTheSameLimitOverTheSameWeeks() {
            Doctor ltft = new Doctor("dr-l", "", "ST3", 4, 0.6, false, 1, null);
            // 3 days a week: 28h48m a week, well inside the limit whatever the fraction of full time.
            List<WorkedDuty> duties = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                for (int d = 0; d < 3; d++) {
                    duties.add(shift(MONDAY.plusWeeks(w).plusDays(d), "08:00", "17:36"));
                }
            }
            assertThat(check.breaches(ltft, duties, List.of(), fourWeeks)).isEmpty();
            // Adding a fifth day of extra hours each week takes the average to 48h exactly and no more.
            for (int w = 0; w < 4; w++) {
                duties.add(shift(MONDAY.plusWeeks(w).plusDays(3), "08:00", "17:36"));
                duties.add(shift(MONDAY.plusWeeks(w).plusDays(4), "08:00", w == 3 ? "17:37" : "17:36"));
            }
            assertThat(only(check.breaches(ltft, duties, List.of(), fourWeeks), SafeWorkingRule.AVERAGE_48H))
                    .singleElement().satisfies(b -> assertThat(b.minutes()).isEqualTo(1));
        }

        @Test
        void aDoctorWhoHasOptedOutIsHeldToTheContractualFiftySix() {
            Doctor optedOut = new Doctor("dr-o", "", "ST3", 4, 1.0, true, 1, null);
            assertThat(only(check.breaches(optedOut, fortyEightAWeek("18:36"), List.of(), fourWeeks),
                    SafeWorkingRule.AVERAGE_48H)).isEmpty();
        }

        @Test
        void theAverageIsOverTheWholeReferencePeriodNotTheWeeksWorked() {
            // Two weeks of 60 hours and two weeks off in a 4-week period: 30 hours on average.
            List<WorkedDuty> duties = new ArrayList<>();
            for (int d = 0; d < 10; d++) {
                LocalDate day = MONDAY.plusDays(d + (d >= 5 ? 2 : 0));
                duties.add(shift(day, "08:00", "20:00"));
            }
            assertThat(only(breaches(duties), SafeWorkingRule.AVERAGE_48H)).isEmpty();
        }
    }

    @Nested
    class OnCallRest {
        private ApprovedHours onCallReport(String id, String from, String to, Integer continuous, Integer total) {
            return new ApprovedHours(id, at(from), at(to), true, 0, continuous, total);
        }

        @Test
        void fiveHoursContinuousIsEnoughAndOneMinuteLessIsABreachInNightTime() {
            List<WorkedDuty> worked = List.of(onCall(MONDAY, "17:00", "09:00", 180));
            assertThat(breaches(worked, List.of(onCallReport("r1", "2026-06-01T17:00", "2026-06-02T09:00", 300, 600))))
                    .isEmpty();
            List<Breach> found = breaches(worked,
                    List.of(onCallReport("r1", "2026-06-01T17:00", "2026-06-02T09:00", 299, 600)));
            assertThat(found).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("nroc-5h-continuous");
                assertThat(b.minutes()).isEqualTo(1);
                assertThat(b.enhancedMinutes()).isEqualTo(1);
                assertThat(b.working()).contains("4h59m").contains("report r1");
            });
        }

        @Test
        void eightHoursTotalInATwentyFourHourPeriodIsEnoughAndOneMinuteLessIsABreach() {
            List<WorkedDuty> worked = List.of(onCall(MONDAY.plusDays(5), "09:00", "09:00", 360));
            assertThat(breaches(worked, List.of(onCallReport("r2", "2026-06-06T09:00", "2026-06-07T09:00", 300, 480))))
                    .isEmpty();
            List<Breach> found = breaches(worked,
                    List.of(onCallReport("r2", "2026-06-06T09:00", "2026-06-07T09:00", 300, 479)));
            assertThat(found).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("nroc-8h-total");
                assertThat(b.minutes()).isEqualTo(1);
            });
        }

        @Test
        void aPeriodShorterThanTwentyFourHoursIsNotHeldToTheTotal() {
            assertThat(only(breaches(List.of(), List.of(onCallReport("r3", "2026-06-01T17:00", "2026-06-02T09:00",
                    100, 200))), SafeWorkingRule.NROC_8H_TOTAL)).isEmpty();
        }

        @Test
        void aDaytimePeriodIsNotHeldToNightRest() {
            assertThat(breaches(List.of(), List.of(onCallReport("r4", "2026-06-06T09:00", "2026-06-06T21:00", 0, 0))))
                    .isEmpty();
        }

        @Test
        void theNightWindowIsElapsedTimeOnTheNightTheClocksGoBack() {
            // 22:00 to 07:00 is ten hours that night; the rule still asks for five continuous.
            ReferencePeriod october = new ReferencePeriod(FALL_BACK.minusDays(6), FALL_BACK.plusDays(22));
            ApprovedHours r = new ApprovedHours("r6", at(FALL_BACK.minusDays(1), "17:00"), at(FALL_BACK, "09:00"), true,
                    0, 299, 400);
            assertThat(check.breaches("dr-a", List.of(), List.of(r), october)).singleElement().satisfies(b -> {
                assertThat(b.ruleId()).isEqualTo("nroc-5h-continuous");
                assertThat(b.minutes()).isEqualTo(1);
                assertThat(b.working()).contains("Sat 24 Oct 17:00–09:00");
            });
        }

        @Test
        void restNotReportedFindsNothing() {
            assertThat(breaches(List.of(), List.of(onCallReport("r5", "2026-06-01T17:00", "2026-06-02T09:00", null,
                    null)))).isEmpty();
        }
    }

    @Nested
    class Breaks {
        /** Shifts with their reports of missed break minutes. */
        private List<Breach> missed(int tenHourShifts, int sixHourShifts, int... missedMinutes) {
            List<WorkedDuty> duties = new ArrayList<>();
            List<ApprovedHours> reports = new ArrayList<>();
            int n = 0;
            for (int i = 0; i < tenHourShifts + sixHourShifts; i++) {
                LocalDate day = MONDAY.plusDays(i);
                String end = i < tenHourShifts ? "18:00" : "14:00";
                String id = i < missedMinutes.length ? "b" + i : null;
                WorkedDuty d = shift(day, "08:00", end);
                if (id != null) {
                    d = new WorkedDuty(d.start(), d.end(), false, id, "S", d.workMinutes());
                    reports.add(new ApprovedHours(id, d.start(), d.end(), false, missedMinutes[i], null, null));
                }
                duties.add(d);
                n++;
            }
            return only(check.breaches("dr-a", duties, reports, fourWeeks), SafeWorkingRule.BREAKS_MISSED_25PC);
        }

        @Test
        void exactlyAQuarterOfOccasionsIsABreach() {
            // Four 10-hour shifts earn two breaks each: 8 occasions; 2 missed is 25%.
            assertThat(missed(4, 0, 30, 30)).singleElement().satisfies(b -> {
                assertThat(b.minutes()).isEqualTo(60);
                assertThat(b.enhancedMinutes()).isZero();
                assertThat(b.working()).contains("2 of 8 occasions (25.0%)").contains("25% threshold");
            });
        }

        @Test
        void justUnderAQuarterIsNot() {
            // 9 occasions (a 6-hour shift earns one break); 2 missed is 22.2%.
            assertThat(missed(4, 1, 30, 30)).isEmpty();
        }

        @Test
        void aLongerMissIsOneOccasionPerBreakStarted() {
            // 31 minutes missed on one shift counts as two occasions (of 8).
            assertThat(missed(4, 0, 31)).singleElement()
                    .satisfies(b -> assertThat(b.working()).contains("2 of 8 occasions"));
        }

        @Test
        void missesCannotExceedTheBreaksTheShiftEarns() {
            // 90 minutes reported on a 6-hour shift that earns one break: one occasion, 30 minutes.
            assertThat(missed(0, 4, 90)).singleElement().satisfies(b -> {
                assertThat(b.minutes()).isEqualTo(30);
                assertThat(b.working()).contains("1 of 4 occasions");
            });
        }
    }

    @Test
    void breachesAreInTimeOrderAndOnlyThoseBeginningInThePeriod() {
        // The Sunday before the period: its long shift and the short rest after it begin outside.
        List<WorkedDuty> duties = List.of(shift(MONDAY.minusDays(1), "08:00", "22:00"),
                shift(MONDAY, "08:00", "22:00"), shift(MONDAY.plusDays(1), "08:00", "16:00"),
                shift(MONDAY.plusDays(10), "07:00", "21:30"));
        List<Breach> found = breaches(duties);
        assertThat(found).extracting(Breach::ruleId).containsExactly("rest-under-11h", "shift-over-13h",
                "shift-over-13h");
        assertThat(found).extracting(Breach::from).containsExactly(at(MONDAY, "08:00"), at(MONDAY, "08:00"),
                at(MONDAY.plusDays(10), "07:00"));
    }

    @Test
    void aContractWithoutTheHoursRulesIsRefused() {
        ContractPack empty = new ContractPack("none", "none", "", DutyDefinitions.TCS_2016, List.of());
        assertThatThrownBy(() -> new SafeWorkingCheck(empty)).hasMessageContaining("contract none has no");
    }
}
