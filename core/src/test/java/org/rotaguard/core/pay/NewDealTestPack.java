package org.rotaguard.core.pay;

import java.time.LocalTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rota.NewDealAttributes;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rules.RuleInfo;
import org.rotaguard.core.rules.RuleKind;

/** The new-deal-2002 pack as its YAML defines it, built in code for core tests. */
final class NewDealTestPack {
    private NewDealTestPack() {
    }

    static final ContractPack PACK = new ContractPack("new-deal-2002", "New Deal", "test", DutyDefinitions.TCS_2016,
            List.of(
                    rule(RuleKind.NEW_DEAL_ACTUAL_HOURS, "nd-max-actual-hours", Map.of("limit", "56h")),
                    rule(RuleKind.NEW_DEAL_DUTY_HOURS, "nd-max-duty-hours", Map.of("normalWeek", "40h",
                            "fullShift", "56h", "partialShift", "64h", "onCall", "72h")),
                    rule(RuleKind.NEW_DEAL_CONTINUOUS_DUTY, "nd-max-continuous-duty", Map.of("fullShift", "14h",
                            "partialShift", "16h", "partial24", "24h", "onCall", "32h", "onCallWeekend", "56h")),
                    rule(RuleKind.NEW_DEAL_REST_BETWEEN_DUTIES, "nd-min-rest-between-duties",
                            Map.of("shift", "8h", "onCall", "12h")),
                    rule(RuleKind.NEW_DEAL_CONTINUOUS_OFF, "nd-min-continuous-off", Map.of("first", "48h",
                            "second", "62h", "days", 28, "onCallDays", 21))));

    private static org.rotaguard.core.rules.Rule rule(RuleKind kind, String id, Map<String, Object> values) {
        Map<String, Object> converted = new java.util.HashMap<>();
        values.forEach((k, v) -> converted.put(k, v instanceof String s && s.endsWith("h")
                ? Duration.ofHours(Long.parseLong(s.substring(0, s.length() - 1))) : v));
        return kind.create(new RuleInfo(id, id, "test", "new-deal-2002"), RuleKind.parameters(converted));
    }

    /** A normal working day (2002 duty type normal-day). */
    static ShiftType normalDay(String code, String from, String to) {
        return new ShiftType(code, LocalTime.parse(from), LocalTime.parse(to), false, Duration.ZERO, "",
                new NewDealAttributes(NewDealDutyType.NORMAL_DAY, false, false));
    }

    /** A non-resident on-call period; {@code criterionR} as monitoring showed. */
    static ShiftType onCall(String code, String from, String to, int workHours, boolean criterionR) {
        return new ShiftType(code, LocalTime.parse(from), LocalTime.parse(to), true, Duration.ofHours(workHours), "",
                new NewDealAttributes(NewDealDutyType.ON_CALL, false, criterionR));
    }
}
