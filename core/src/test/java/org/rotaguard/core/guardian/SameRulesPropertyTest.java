package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rules.Violation;

/**
 * With no reports, the hours worked are the rota, and the guardian finds a breach exactly where
 * the rota checker finds a violation of the same limit: same rules, same places.
 */
class SameRulesPropertyTest {
    private static final String[] CELLS = {"-", "-", "D", "L", "N", "E", "X", "D+OC", "W"};
    private static final String[] TYPES = {"D 09:00-17:00", "L 08:00-21:30", "N 20:00-06:30", "E 14:00-23:00",
            "X 07:00-20:01", "OC 17:00-07:00 oncall 4h", "W 08:00-22:00"};
    private static final Map<String, SafeWorkingRule> SAME = Map.of("max-shift-length", SafeWorkingRule.SHIFT_OVER_13H,
            "min-rest-between-shifts", SafeWorkingRule.REST_UNDER_11H, "max-hours-in-168",
            SafeWorkingRule.MAX_72H_IN_168H, "max-average-weekly-hours", SafeWorkingRule.AVERAGE_48H);

    @Test
    void breachesFromTheRotaAreTheCheckersViolations() {
        RotaChecker checker = new RotaChecker(Fixtures.tcs2016());
        SafeWorkingCheck guardian = new SafeWorkingCheck(Fixtures.tcs2016());
        Map<String, java.util.concurrent.atomic.AtomicInteger> seen = new java.util.concurrent.ConcurrentHashMap<>();
        qt().withFixedSeed(2019L).withExamples(150)
                .forAll(lists().of(integers().between(0, CELLS.length - 1)).ofSizeBetween(7, 42), integers().between(0, 30))
                .checkAssert((cells, offset) -> {
                    String days = String.join(" ", cells.stream().map(i -> CELLS[i]).toList());
                    LocalDate start = Fixtures.FALL_BACK.minusDays(offset);
                    Rota rota = TestRotas.roster(start, days, TYPES);
                    DoctorCheck checked = checker.check(rota).doctors().get(0);
                    var timeline = RotaLayout.layOut(rota, DutyDefinitions.TCS_2016, rota.doctors().get(0), start,
                            start.plusDays(cells.size()));
                    List<Breach> breaches = guardian.breaches("A", WorkedHours.of(timeline, List.of()), List.of(),
                            new ReferencePeriod(start, start.plusDays(cells.size())));
                    for (Map.Entry<String, SafeWorkingRule> e : SAME.entrySet()) {
                        List<ZonedDateTime> expected = checked.violations().stream()
                                .filter(v -> v.rule().equals(e.getKey())).map(Violation::start).toList();
                        List<ZonedDateTime> found = breaches.stream().filter(b -> b.ruleId().equals(e.getValue().id()))
                                .map(Breach::from).toList();
                        assertThat(found).as(e.getKey() + " on " + days + " from " + start).isEqualTo(expected);
                        seen.computeIfAbsent(e.getKey(), k -> new java.util.concurrent.atomic.AtomicInteger())
                                .addAndGet(found.size());
                    }
                });
        // The rosters drawn break every one of the limits somewhere, so the agreement is not vacuous.
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(SAME.keySet());
        assertThat(seen.values()).allSatisfy(n -> assertThat(n.get()).isPositive());
    }
}
