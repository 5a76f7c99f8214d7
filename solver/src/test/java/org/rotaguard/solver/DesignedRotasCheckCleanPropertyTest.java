package org.rotaguard.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ServiceDescription;

/**
 * Random small services under the 2019 rules — random shift times (on-call periods too), cover,
 * headcount, mode and start dates around both clock changes — designed and re-checked: whatever
 * the designer produces, the checker finds nothing wrong with it.
 */
class DesignedRotasCheckCleanPropertyTest {
    private static final LocalDate[] STARTS = {
        LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 26), LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 22),
        LocalDate.of(2026, 6, 1)};

    @Test
    void everyDesignedRotaChecksClean() {
        qt().withExamples(12).withShrinkCycles(0).forAll(
                lists().of(integers().between(0, 47)).ofSize(6),
                integers().between(0, 7),
                integers().between(2, 5),
                integers().between(0, STARTS.length * 2 - 1)).checkAssert((times, coverMask, doctors, choice) -> {
                    DesignMode mode = choice % 2 == 0 ? DesignMode.TEMPLATE : DesignMode.ROSTER;
                    LocalDate start = STARTS[choice / 2];
                    List<String> types = new ArrayList<>();
                    Map<String, Integer> cover = new LinkedHashMap<>();
                    String[] codes = {"A", "B", "OC"};
                    for (int i = 0; i < 3; i++) {
                        LocalTime from = LocalTime.of(times.get(2 * i) / 2, 30 * (times.get(2 * i) % 2));
                        LocalTime to = i == 2 ? from.plusHours(8).plusMinutes(30L * (times.get(5) % 17))
                                : LocalTime.of(times.get(2 * i + 1) / 2, 30 * (times.get(2 * i + 1) % 2));
                        types.add(codes[i] + " " + from + "-" + to + (i == 2 ? " oncall 3h" : ""));
                        if ((coverMask & (1 << i)) != 0) {
                            cover.put(codes[i], 1);
                        }
                    }
                    ServiceDescription service = TestServices.service(start, mode, 3, TestServices.everyDay(cover),
                            TestServices.doctors(doctors), types.toArray(new String[0]));
                    Design design = new Designer(DesignerTest.tcs2019()).design(service, DesignOptions.of(mode, 3),
                            Progress.Listener.NONE);
                    if (design.rota() != null) {
                        assertThat(new RotaChecker(DesignerTest.tcs2019()).check(design.rota()).compliant())
                                .as("%s from %s, %d doctors, cover %s, %s", mode, start, doctors, cover, types)
                                .isTrue();
                    }
                });
    }
}
