package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Rota;

/**
 * Whatever reports are approved, the hours worked are duties in time order that never overlap,
 * every shift a report attests lies inside a worked shift, and the breach check runs on them.
 */
class WorkedHoursPropertyTest {
    private static final String[] CELLS = {"-", "D", "L", "N", "D+OC", "OC"};
    private static final String[] TYPES = {"D 09:00-17:00", "L 08:00-20:30", "N 20:30-08:00",
            "OC 17:00-08:00 oncall 3h"};

    @Test
    void workedHoursNeverOverlapAndCoverEveryReportedShift() {
        SafeWorkingCheck check = new SafeWorkingCheck(Fixtures.tcs2016());
        qt().withFixedSeed(13L).withExamples(300)
                .forAll(lists().of(integers().between(0, CELLS.length - 1)).ofSizeBetween(3, 21),
                        lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 12), integers().between(0, 40))
                .checkAssert((cells, draws, offset) -> {
                    LocalDate start = Fixtures.FALL_BACK.minusDays(offset);
                    String days = String.join(" ", cells.stream().map(i -> CELLS[i]).toList());
                    Rota rota = TestRotas.roster(start, days, TYPES);
                    DoctorTimeline t = RotaLayout.layOut(rota, DutyDefinitions.TCS_2016, rota.doctors().get(0), start,
                            start.plusDays(cells.size()));
                    List<ApprovedHours> reports = new ArrayList<>();
                    for (int k = 0; k < draws.size(); k++) {
                        int d = draws.get(k);
                        // A report on a random day: from 06:00 plus up to 16 hours, lasting 1 to 16 hours.
                        ZonedDateTime from = start.plusDays(d % cells.size()).atTime(6, 0).atZone(Fixtures.LONDON)
                                .plusMinutes((d / 7) % 960);
                        int length = 60 + (d / 3) % 900;
                        ZonedDateTime to = from.plusMinutes(length);
                        boolean onCall = d % 5 == 0;
                        int total = (d / 13) % (length + 1);
                        reports.add(new ApprovedHours("r" + k, from, to, onCall, (d % 4) * 15,
                                onCall ? (d / 11) % (total + 1) : null, onCall ? total : null));
                    }
                    List<WorkedDuty> worked = WorkedHours.of(t, reports);
                    for (int i = 1; i < worked.size(); i++) {
                        assertThat(worked.get(i).start()).as(days + " " + reports)
                                .isAfterOrEqualTo(worked.get(i - 1).end());
                    }
                    for (ApprovedHours r : reports) {
                        if (!r.onCall()) {
                            assertThat(worked).as("report " + r).anySatisfy(w -> {
                                assertThat(w.onCall()).isFalse();
                                assertThat(w.start()).isBeforeOrEqualTo(r.workedStart());
                                assertThat(w.end()).isAfterOrEqualTo(r.workedEnd());
                            });
                        }
                    }
                    check.breaches("A", worked, reports, new ReferencePeriod(start, start.plusDays(cells.size())));
                });
    }
}
