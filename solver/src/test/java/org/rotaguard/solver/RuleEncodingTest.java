package org.rotaguard.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.solver.TestServices.MONDAY;
import static org.rotaguard.solver.TestServices.info;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.rules.AverageWeeklyHoursRule;
import org.rotaguard.core.rules.ConsecutiveOnCallRule;
import org.rotaguard.core.rules.ConsecutiveRunRule;
import org.rotaguard.core.rules.DayAfterOnCallRule;
import org.rotaguard.core.rules.HoursInWindowRule;
import org.rotaguard.core.rules.OnCallFrequencyRule;
import org.rotaguard.core.rules.RestAfterRunRule;
import org.rotaguard.core.rules.RestBetweenShiftsRule;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.RunKind;
import org.rotaguard.core.rules.ShiftLengthRule;
import org.rotaguard.core.rules.Violation;
import org.rotaguard.core.rules.WeekendFrequencyRule;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ServiceDescription;

/**
 * Each rule's encoding on a one-doctor roster whose cover can only be met by breaking the
 * rule: designed without the rule, the checker finds the violation the solver allowed;
 * designed with it, the checker finds none and the duties that would break it are left as
 * locum gaps instead.
 */
class RuleEncodingTest {

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(new ShiftLengthRule(info("max-shift-length"), Duration.ofHours(13)),
                        roster(1, TestServices.cover(Map.of(DayOfWeek.MONDAY, Map.of("L", 1)))), "L 07:00-21:00"),
                Arguments.of(new RestBetweenShiftsRule(info("min-rest-between-shifts"), Duration.ofHours(11)),
                        roster(1, TestServices.cover(Map.of(DayOfWeek.MONDAY, Map.of("A", 1),
                                DayOfWeek.TUESDAY, Map.of("B", 1)))), "A 09:00-17:00; B 02:00-06:00"),
                Arguments.of(new HoursInWindowRule(info("max-hours-in-168"), Duration.ofHours(168),
                        Duration.ofHours(72)), roster(1, TestServices.everyDay(Map.of("D", 1))), "D 08:00-20:00"),
                Arguments.of(new AverageWeeklyHoursRule(info("max-average-weekly-hours"), Duration.ofHours(48),
                        Duration.ofHours(56)), roster(1, TestServices.everyDay(Map.of("D", 1))), "D 08:00-17:00"),
                Arguments.of(new ConsecutiveRunRule(info("max-consecutive-shifts"), RunKind.SHIFTS, 7),
                        roster(2, TestServices.everyDay(Map.of("S", 1))), "S 09:00-13:00"),
                Arguments.of(new ConsecutiveRunRule(info("max-consecutive-long-shifts"), RunKind.LONG_SHIFTS, 4),
                        roster(1, TestServices.everyDay(Map.of("L", 1))), "L 08:00-19:00"),
                Arguments.of(new ConsecutiveRunRule(info("max-consecutive-nights"), RunKind.NIGHTS, 4),
                        roster(1, TestServices.everyDay(Map.of("N", 1))), "N 22:00-07:00"),
                Arguments.of(new ConsecutiveRunRule(info("max-consecutive-long-evenings"), RunKind.LONG_EVENINGS, 4),
                        roster(1, TestServices.everyDay(Map.of("LE", 1))), "LE 14:00-00:30"),
                Arguments.of(new RestAfterRunRule(info("rest-after-consecutive-shifts"), RunKind.SHIFTS, 7,
                        Duration.ofHours(48)), withLeave(2, Map.of("S", 1), MONDAY.plusDays(7)), "S 09:00-13:00"),
                Arguments.of(new RestAfterRunRule(info("rest-after-long-shifts"), RunKind.LONG_SHIFTS, 4,
                        Duration.ofHours(48)), withLeave(1, Map.of("L", 1), MONDAY.plusDays(4)), "L 08:00-19:00"),
                Arguments.of(new RestAfterRunRule(info("rest-after-nights"), RunKind.NIGHTS, 1,
                        Duration.ofHours(46)), withLeave(1, Map.of("N", 1), MONDAY.plusDays(2)), "N 22:00-07:00"),
                Arguments.of(new RestAfterRunRule(info("rest-after-long-evenings"), RunKind.LONG_EVENINGS, 4,
                        Duration.ofHours(48)), withLeave(1, Map.of("LE", 1), MONDAY.plusDays(4)), "LE 14:00-00:30"),
                Arguments.of(new WeekendFrequencyRule(info("max-weekend-frequency"), 3),
                        roster(2, TestServices.cover(Map.of(DayOfWeek.SATURDAY, Map.of("D", 1)))), "D 09:00-17:00"),
                Arguments.of(new ConsecutiveOnCallRule(info("max-consecutive-on-call"), true, 0),
                        roster(1, TestServices.everyDay(Map.of("OC", 1))), "OC 17:00-09:00 oncall 2h"),
                Arguments.of(new OnCallFrequencyRule(info("max-on-call-in-7-days"), 3, 7),
                        roster(1, TestServices.everyDay(Map.of("OC", 1))), "OC 17:00-09:00 oncall 2h"),
                Arguments.of(new DayAfterOnCallRule(info("day-after-on-call"), Duration.ofHours(10)),
                        roster(1, TestServices.cover(Map.of(DayOfWeek.MONDAY, Map.of("OC", 1),
                                DayOfWeek.TUESDAY, Map.of("L", 1)))), "OC 17:00-08:00 oncall 2h; L 08:00-19:00"));
    }

    private static Shape roster(int weeks, org.rotaguard.core.service.Cover cover) {
        return new Shape(weeks, cover, null);
    }

    private static Shape withLeave(int weeks, Map<String, Integer> everyDay, LocalDate leave) {
        return new Shape(weeks, TestServices.everyDay(everyDay), leave);
    }

    record Shape(int weeks, org.rotaguard.core.service.Cover cover, LocalDate leave) {
        ServiceDescription service(String... types) {
            return TestServices.service(MONDAY, DesignMode.ROSTER, weeks, cover, leave == null
                    ? TestServices.doctors(1) : TestServices.oneDoctorWithLeave(leave), types);
        }
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("rules")
    void theRuleIsWhatKeepsTheDesignedRotaCompliant(Rule rule, Shape shape, String typeList) {
        String[] types = typeList.split(";");
        ServiceDescription service = shape.service(types);
        RotaChecker onlyThisRule = new RotaChecker(TestServices.pack(rule));

        Design without = new Designer(TestServices.pack()).design(service, DesignOptions.of(DesignMode.ROSTER, 10),
                Progress.Listener.NONE);
        assertThat(without.status()).isEqualTo(Design.Status.OPTIMAL);
        assertThat(without.locumGaps()).as("every duty filled when nothing forbids it, except on leave")
                .allSatisfy(g -> assertThat(g.date()).isEqualTo(shape.leave()));
        RotaCheck allowed = onlyThisRule.check(without.rota());
        assertThat(violations(allowed)).as("the rule is broken when not encoded").isNotEmpty()
                .allSatisfy(v -> assertThat(v.rule()).isEqualTo(rule.id()));

        Design with = new Designer(TestServices.pack(rule)).design(service, DesignOptions.of(DesignMode.ROSTER, 10),
                Progress.Listener.NONE);
        assertThat(with.status()).isEqualTo(Design.Status.OPTIMAL);
        assertThat(violations(onlyThisRule.check(with.rota()))).as("encoded, the rule holds").isEmpty();
        assertThat(with.terms().locumHours()).as("what cannot be worked safely is left to locums")
                .isGreaterThan(without.terms().locumHours());
    }

    private static List<Violation> violations(RotaCheck check) {
        return check.doctors().stream().flatMap(d -> d.violations().stream()).toList();
    }
}
