package org.rotaguard.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.solver.TestServices.info;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Template;
import org.rotaguard.core.rules.AverageWeeklyHoursRule;
import org.rotaguard.core.rules.ConsecutiveOnCallRule;
import org.rotaguard.core.rules.ConsecutiveRunRule;
import org.rotaguard.core.rules.DayAfterOnCallRule;
import org.rotaguard.core.rules.HoursInWindowRule;
import org.rotaguard.core.rules.OnCallFrequencyRule;
import org.rotaguard.core.rules.RestAfterRunRule;
import org.rotaguard.core.rules.RestBetweenShiftsRule;
import org.rotaguard.core.rules.RunKind;
import org.rotaguard.core.rules.ShiftLengthRule;
import org.rotaguard.core.rules.WeekendFrequencyRule;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ServiceDescription;
import org.rotaguard.core.service.ServiceDoctor;

class DesignerTest {
    /** Sunday 25 October 2026: the clocks go back, so a 20:00–08:30 night that weekend lasts 13h30. */
    static final LocalDate FALL_BACK_WEEK = LocalDate.of(2026, 10, 19);

    /** The 2019 rules, built as the built-in pack builds them. */
    static ContractPack tcs2019() {
        return new ContractPack("tcs2016-2019", "test", "", DutyDefinitions.TCS_2016, List.of(
                new AverageWeeklyHoursRule(info("max-average-weekly-hours"), Duration.ofHours(48), Duration.ofHours(56)),
                new HoursInWindowRule(info("max-hours-in-168"), Duration.ofHours(168), Duration.ofHours(72)),
                new ShiftLengthRule(info("max-shift-length"), Duration.ofHours(13)),
                new RestBetweenShiftsRule(info("min-rest-between-shifts"), Duration.ofHours(11)),
                new ConsecutiveRunRule(info("max-consecutive-shifts"), RunKind.SHIFTS, 7),
                new RestAfterRunRule(info("rest-after-consecutive-shifts"), RunKind.SHIFTS, 7, Duration.ofHours(48)),
                new ConsecutiveRunRule(info("max-consecutive-long-shifts"), RunKind.LONG_SHIFTS, 4),
                new RestAfterRunRule(info("rest-after-long-shifts"), RunKind.LONG_SHIFTS, 4, Duration.ofHours(48)),
                new ConsecutiveRunRule(info("max-consecutive-nights"), RunKind.NIGHTS, 4),
                new RestAfterRunRule(info("rest-after-nights"), RunKind.NIGHTS, 1, Duration.ofHours(46)),
                new ConsecutiveRunRule(info("max-consecutive-long-evenings"), RunKind.LONG_EVENINGS, 4),
                new RestAfterRunRule(info("rest-after-long-evenings"), RunKind.LONG_EVENINGS, 4, Duration.ofHours(48)),
                new WeekendFrequencyRule(info("max-weekend-frequency"), 3),
                new ConsecutiveOnCallRule(info("max-consecutive-on-call"), true, 0),
                new OnCallFrequencyRule(info("max-on-call-in-7-days"), 3, 7),
                new DayAfterOnCallRule(info("day-after-on-call"), Duration.ofHours(10))));
    }

    @Test
    void theLongerNightOfTheAutumnClockChangeIsTheOnlyOneLeftToALocum() {
        ServiceDescription service = TestServices.service(FALL_BACK_WEEK, DesignMode.ROSTER, 1,
                TestServices.everyDay(Map.of("N", 1)), TestServices.doctors(1), "N 20:00-08:30");
        Design design = new Designer(TestServices.pack(new ShiftLengthRule(info("max-shift-length"),
                Duration.ofHours(13)))).design(service, DesignOptions.of(DesignMode.ROSTER, 10), Progress.Listener.NONE);

        assertThat(design.status()).isEqualTo(Design.Status.OPTIMAL);
        assertThat(design.locumGaps()).singleElement().satisfies(g -> {
            assertThat(g.date()).isEqualTo(LocalDate.of(2026, 10, 24));
            assertThat(g.hours()).isEqualTo(13.5);
        });
    }

    @Test
    void aTemplateMeetsEveryRuleOfThe2019ContractAcrossTheClockChange() {
        ServiceDescription service = TestServices.service(LocalDate.of(2026, 10, 5), DesignMode.TEMPLATE, 1,
                TestServices.everyDay(Map.of("D", 1, "N", 1)), TestServices.doctors(6), "D 08:00-17:00",
                "N 20:00-08:30");
        Design design = new Designer(tcs2019()).design(service, DesignOptions.of(DesignMode.TEMPLATE, 20),
                Progress.Listener.NONE);

        assertThat(design.status()).isIn(Design.Status.OPTIMAL, Design.Status.FEASIBLE);
        assertThat(design.rota().schedule()).isInstanceOf(Template.class);
        assertThat(((Template) design.rota().schedule()).weekCount()).isEqualTo(6);
        assertThat(new RotaChecker(tcs2019()).check(design.rota()).compliant()).isTrue();
        // The 13h30 night of 24 October falls on whichever line works that Saturday; no line may hold a night then.
        assertThat(design.rota().doctors()).extracting(Doctor::line).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aRosterHonoursLeaveAndNonWorkingDaysAndChecksClean() {
        ServiceDoctor onLeave = new ServiceDoctor(Doctor.onLine("A", 0), java.util.Set.of(TestServices.MONDAY.plusDays(2)),
                java.util.Set.of(), java.util.Set.of(), List.of());
        ServiceDoctor partTime = new ServiceDoctor(new Doctor("B", "", "", 0, 0.6, false, 0, null), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(java.time.DayOfWeek.FRIDAY), List.of());
        List<ServiceDoctor> doctors = new java.util.ArrayList<>(List.of(onLeave, partTime));
        doctors.addAll(TestServices.doctors(3));
        // Three weeks: at 1 weekend in 3, a shorter roster would allow nobody a weekend.
        ServiceDescription service = TestServices.service(TestServices.MONDAY, DesignMode.ROSTER, 3,
                TestServices.everyDay(Map.of("D", 1)), doctors, "D 09:00-17:00");
        Design design = new Designer(tcs2019()).design(service, DesignOptions.of(DesignMode.ROSTER, 10),
                Progress.Listener.NONE);

        assertThat(design.locumGaps()).isEmpty();
        var cells = ((org.rotaguard.core.rota.Assignments) design.rota().schedule()).days();
        assertThat(cells.get("A").get(2).isOff()).isTrue();
        assertThat(cells.get("B").get(4).isOff()).isTrue();
        assertThat(cells.get("B").get(11).isOff()).isTrue();
        assertThat(cells.get("B").get(18).isOff()).isTrue();
        assertThat(new RotaChecker(tcs2019()).check(design.rota()).compliant()).isTrue();
    }

    @Test
    void anOnCallTemplateKeepsTheOnCallRulesAcrossTheWrapOfTheCycle() {
        java.util.Map<java.time.DayOfWeek, java.util.Map<String, Integer>> cover =
                new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            boolean weekend = day == java.time.DayOfWeek.SATURDAY || day == java.time.DayOfWeek.SUNDAY;
            cover.put(day, weekend ? Map.of("WE", 1) : Map.of("D", 3, "OC", 1));
        }
        ServiceDescription service = TestServices.service(LocalDate.of(2026, 8, 3), DesignMode.TEMPLATE, 1,
                // Eight doctors: each weekend takes two (Friday's on-call runs into Saturday), at 1 in 3 each.
                TestServices.cover(cover), TestServices.doctors(8), "D 09:00-17:00", "OC 17:00-09:00 oncall 3h",
                "WE 09:00-09:00 oncall 5h");
        Design design = new Designer(tcs2019()).design(service, DesignOptions.of(DesignMode.TEMPLATE, 20),
                Progress.Listener.NONE);

        assertThat(design.locumGaps()).isEmpty();
        assertThat(new RotaChecker(tcs2019()).check(design.rota()).compliant()).isTrue();
        // Each on-call period is followed by at most a 10-hour day and never by another the next day
        // (Saturday to Sunday apart), including from the last week of the template into the first.
        Template t = (Template) design.rota().schedule();
        for (int line = 1; line <= 8; line++) {
            for (int day = 0; day < 56; day++) {
                var today = t.cell(line, day);
                var tomorrow = t.cell(line, day + 1);
                boolean onCall = today.codes().contains("OC") || today.codes().contains("WE");
                boolean onCallNext = tomorrow.codes().contains("OC") || tomorrow.codes().contains("WE");
                if (onCall && onCallNext) {
                    assertThat(day % 7).as("line %d day %d", line, day).isEqualTo(5);
                }
            }
        }
    }

    @Test
    void gradeCoverPutsASeniorOnEveryNight() {
        java.util.Map<java.time.DayOfWeek, java.util.Map<String, org.rotaguard.core.service.CoverRange>> byDay =
                new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            byDay.put(day, Map.of("N", new org.rotaguard.core.service.CoverRange(2, 2,
                    new org.rotaguard.core.service.CoverRange.GradeCover(java.util.Set.of("ST4"), 1))));
        }
        List<ServiceDoctor> doctors = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            doctors.add(ServiceDoctor.of(new Doctor("D" + i, "", i <= 4 ? "ST4" : "FY2", 0, 1.0, false, 0, null)));
        }
        ServiceDescription service = TestServices.service(TestServices.MONDAY, DesignMode.ROSTER, 3,
                new org.rotaguard.core.service.Cover(byDay, null), doctors, "N 20:00-08:00");
        Design design = new Designer(tcs2019()).design(service, DesignOptions.of(DesignMode.ROSTER, 15),
                Progress.Listener.NONE);

        var cells = ((org.rotaguard.core.rota.Assignments) design.rota().schedule()).days();
        for (int d = 0; d < 21; d++) {
            int day = d;
            long seniors = doctors.stream().filter(sd -> sd.doctor().grade().equals("ST4"))
                    .filter(sd -> !cells.get(sd.id()).get(day).isOff()).count();
            long gaps = design.locumGaps().stream().filter(g -> g.date().equals(TestServices.MONDAY.plusDays(day)))
                    .mapToInt(Design.LocumGap::places).sum();
            assertThat(seniors + gaps).as("day %d", d).isGreaterThanOrEqualTo(1);
        }
        assertThat(new RotaChecker(tcs2019()).check(design.rota()).compliant()).isTrue();
    }

    @Test
    void aRuleTheDesignerCannotEncodeIsRefusedByName() {
        org.rotaguard.core.rules.Rule unknown = new org.rotaguard.core.rules.Rule() {
            @Override
            public org.rotaguard.core.rules.RuleInfo info() {
                return TestServices.info("wtr-daily-rest");
            }

            @Override
            public void check(org.rotaguard.core.layout.DoctorTimeline timeline,
                              org.rotaguard.core.rules.Findings findings) {
            }
        };
        ServiceDescription service = TestServices.service(TestServices.MONDAY, DesignMode.ROSTER, 1,
                TestServices.everyDay(Map.of("D", 1)), TestServices.doctors(2), "D 09:00-17:00");
        assertThatThrownBy(() -> new Designer(TestServices.pack(unknown)).design(service,
                DesignOptions.of(DesignMode.ROSTER, 5), Progress.Listener.NONE))
                .isInstanceOf(UnsupportedRuleException.class).hasMessageContaining("wtr-daily-rest");
    }

    @Test
    void aTemplateRefusesLessThanFullTimeDoctors() {
        ServiceDescription service = TestServices.service(TestServices.MONDAY, DesignMode.TEMPLATE, 1,
                TestServices.everyDay(Map.of("D", 1)), List.of(ServiceDoctor.of(new Doctor("B", "", "", 0, 0.5, false, 0,
                        null))), "D 09:00-17:00");
        assertThatThrownBy(() -> new Designer(tcs2019()).design(service, DesignOptions.of(DesignMode.TEMPLATE, 5),
                Progress.Listener.NONE)).hasMessageContaining("less than full time").hasMessageContaining("roster");
    }

    @Test
    void nightsAloneNeedFourDoctorsAndThreeCannotBecauseOfWeekendsAndRestAfterNights() {
        ServiceDescription service = TestServices.service(TestServices.MONDAY, DesignMode.TEMPLATE, 1,
                TestServices.everyDay(Map.of("N", 1)), TestServices.doctors(1), "N 20:00-08:00");
        StaffingSearch.Result result = new StaffingSearch(tcs2019()).minimumDoctors(service, 20, Progress.Listener.NONE);

        assertThat(result.proven()).isTrue();
        int minimum = result.minimum();
        assertThat(result.attempts()).last().satisfies(a -> {
            assertThat(a.doctors()).isEqualTo(minimum);
            assertThat(a.outcome()).isEqualTo(StaffingSearch.Outcome.STAFFABLE);
        });
        assertThat(result.attempts().get(result.attempts().size() - 2).outcome())
                .isEqualTo(StaffingSearch.Outcome.IMPOSSIBLE);
        assertThat(result.explanation().doctors()).isEqualTo(minimum - 1);
        assertThat(result.explanation().binding()).extracting(ConstraintGroup::id).contains("cover:N");
        // The proof at the minimum really is a rota: design it and check it.
        Design design = new Designer(tcs2019()).design(StaffingSearch.withDoctors(service, minimum),
                new DesignOptions(DesignMode.TEMPLATE, 20, false, 0), Progress.Listener.NONE);
        assertThat(new RotaChecker(tcs2019()).check(design.rota()).compliant()).isTrue();
        assertThat(design.locumGaps()).isEmpty();
    }
}
