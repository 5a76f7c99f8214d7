package org.rotaguard.core.guardian;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rules.RuleInfo;
import org.rotaguard.core.rules.RuleKind;

/** The 2016 terms' hours rules built in code (io reads the same from the contract packs), and times in London. */
final class Fixtures {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Monday in summer time, far from clock changes. */
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    /** Sunday 25 October 2026: clocks go back at 02:00 BST. */
    static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    /** Sunday 29 March 2026: clocks go forward at 01:00 GMT. */
    static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);

    private Fixtures() {
    }

    static ContractPack tcs2016() {
        return new ContractPack("tcs2016-2019", "test", "test", DutyDefinitions.TCS_2016, List.of(
                RuleKind.AVERAGE_WEEKLY_HOURS.create(info("max-average-weekly-hours"),
                        RuleKind.parameters(Map.of("limit", h(48), "limitWithOptOut", h(56)))),
                RuleKind.HOURS_IN_WINDOW.create(info("max-hours-in-168"),
                        RuleKind.parameters(Map.of("window", h(168), "limit", h(72)))),
                RuleKind.SHIFT_LENGTH.create(info("max-shift-length"), RuleKind.parameters(Map.of("max", h(13)))),
                RuleKind.REST_BETWEEN_SHIFTS.create(info("min-rest-between-shifts"),
                        RuleKind.parameters(Map.of("min", h(11))))));
    }

    private static java.time.Duration h(int hours) {
        return java.time.Duration.ofHours(hours);
    }

    static RuleInfo info(String id) {
        return new RuleInfo(id, id, "2016 TCS Schedule 3", "tcs2016-2019");
    }

    /** Local time in London: "2026-06-01T08:00". */
    static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON);
    }

    static ZonedDateTime at(LocalDate day, String time) {
        return day.atTime(java.time.LocalTime.parse(time)).atZone(LONDON);
    }

    static WorkedDuty shift(LocalDate day, String from, String to) {
        ZonedDateTime start = at(day, from);
        ZonedDateTime end = at(day, to);
        if (!end.isAfter(start)) {
            end = at(day.plusDays(1), to);
        }
        return new WorkedDuty(start, end, false, null, "S", (int) java.time.Duration.between(start, end).toMinutes());
    }

    static WorkedDuty onCall(LocalDate day, String from, String to, int work) {
        ZonedDateTime start = at(day, from);
        ZonedDateTime end = at(day, to);
        if (!end.isAfter(start)) {
            end = at(day.plusDays(1), to);
        }
        return new WorkedDuty(start, end, true, null, "OC", work);
    }

    static ApprovedHours report(String id, ZonedDateTime from, ZonedDateTime to) {
        return new ApprovedHours(id, from, to, false, 0, null, null);
    }
}
