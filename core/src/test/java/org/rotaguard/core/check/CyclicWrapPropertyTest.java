package org.rotaguard.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
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

/**
 * Every line of a cyclic template walks the same ring of days, only starting elsewhere. Away
 * from the clock changes, each line must therefore get the same findings — same rules, same
 * figures — however the ring's runs, gaps and windows fall across the cycle's end.
 */
class CyclicWrapPropertyTest {
    private static final String[] CELLS = {"-", "-", "-", "D", "L", "N", "E", "S", "D+OC", "W"};
    private static final String[] TYPES = {"D 09:00-17:00", "L 08:00-20:30", "N 20:00-07:00", "E 14:00-23:30",
            "S 07:00-12:00", "OC 17:00-07:00 oncall 4h", "W 07:00-07:00 oncall 8h"};
    private static final ContractPack PACK = new ContractPack("test", "test", "", DutyDefinitions.TCS_2016, rules());

    private static List<Rule> rules() {
        return List.of(
                new AverageWeeklyHoursRule(TestRotas.info("avg"), Duration.ofHours(48), Duration.ofHours(56)),
                new HoursInWindowRule(TestRotas.info("168"), Duration.ofHours(168), Duration.ofHours(72)),
                new ShiftLengthRule(TestRotas.info("len"), Duration.ofHours(13)),
                new RestBetweenShiftsRule(TestRotas.info("rest"), Duration.ofHours(11)),
                new ConsecutiveRunRule(TestRotas.info("shifts"), RunKind.SHIFTS, 4),
                new RestAfterRunRule(TestRotas.info("rest-shifts"), RunKind.SHIFTS, 4, Duration.ofHours(48)),
                new ConsecutiveRunRule(TestRotas.info("long"), RunKind.LONG_SHIFTS, 2),
                new RestAfterRunRule(TestRotas.info("rest-long"), RunKind.LONG_SHIFTS, 2, Duration.ofHours(48)),
                new ConsecutiveRunRule(TestRotas.info("nights"), RunKind.NIGHTS, 2),
                new RestAfterRunRule(TestRotas.info("rest-nights"), RunKind.NIGHTS, 1, Duration.ofHours(46)),
                new ConsecutiveRunRule(TestRotas.info("evenings"), RunKind.LONG_EVENINGS, 2),
                new WeekendFrequencyRule(TestRotas.info("weekends"), 3),
                new ConsecutiveOnCallRule(TestRotas.info("oc-pairs"), true, 0),
                new OnCallFrequencyRule(TestRotas.info("oc-7"), 2, 7),
                new DayAfterOnCallRule(TestRotas.info("oc-next"), Duration.ofHours(10)));
    }

    @Test
    void everyLineOfATemplateGetsTheSameFindings() {
        qt().withFixedSeed(2016L).withExamples(1000).forAll(lists().of(integers().between(0, CELLS.length - 1)).ofSizeBetween(7, 28))
                .checkAssert(cells -> {
                    int weeks = cells.size() / 7;
                    List<String> template = new ArrayList<>();
                    for (int w = 0; w < weeks; w++) {
                        StringBuilder week = new StringBuilder();
                        for (int d = 0; d < 7; d++) {
                            week.append(CELLS[cells.get(w * 7 + d)]).append(' ');
                        }
                        template.add(week.toString().trim());
                    }
                    Rota.Builder b = Rota.builder(TestRotas.MONDAY);
                    for (String t : TYPES) {
                        b.shift(TestRotas.type(t));
                    }
                    for (int line = 1; line <= weeks; line++) {
                        b.doctor(Doctor.onLine("L" + line, line));
                    }
                    Rota rota;
                    try {
                        rota = b.template(template.toArray(new String[0])).build();
                    } catch (IllegalArgumentException overlapping) {
                        return; // random cells may overlap: such rotas are refused, nothing to compare
                    }
                    RotaCheck check = new RotaChecker(PACK).check(rota);
                    Map<String, Integer> first = signature(check.doctors().get(0).violations());
                    for (DoctorCheck doctor : check.doctors()) {
                        assertThat(signature(doctor.violations())).as("line %s of %s", doctor.doctor().line(),
                                template).isEqualTo(first);
                        assertThat(doctor.summary()).isEqualTo(check.doctors().get(0).summary());
                    }
                });
    }

    /** Findings as counts of rule and figure, which do not depend on where the line starts. */
    private static Map<String, Integer> signature(List<Violation> violations) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Violation v : violations) {
            counts.merge(v.rule() + " " + v.actual(), 1, Integer::sum);
        }
        return counts;
    }
}
