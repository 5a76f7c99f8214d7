package org.rotaguard.core.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The kinds of rule a contract pack can use, each with the parameters it takes. A contract
 * variant picks kinds and sets parameters; it needs no code.
 */
public enum RuleKind {
    AVERAGE_WEEKLY_HOURS("average-weekly-hours", List.of("limit", "limitWithOptOut"),
            (info, p) -> new AverageWeeklyHoursRule(info, p.duration("limit"), p.duration("limitWithOptOut"))),
    HOURS_IN_WINDOW("hours-in-window", List.of("window", "limit"),
            (info, p) -> new HoursInWindowRule(info, p.duration("window"), p.duration("limit"))),
    SHIFT_LENGTH("shift-length", List.of("max"),
            (info, p) -> new ShiftLengthRule(info, p.duration("max"))),
    REST_BETWEEN_SHIFTS("rest-between-shifts", List.of("min"),
            (info, p) -> new RestBetweenShiftsRule(info, p.duration("min"))),
    CONSECUTIVE_RUN("consecutive-run", List.of("of", "max"),
            (info, p) -> new ConsecutiveRunRule(info, runKind(p), p.integer("max"))),
    REST_AFTER_RUN("rest-after-run", List.of("of", "threshold", "min"),
            (info, p) -> new RestAfterRunRule(info, runKind(p), p.integer("threshold"), p.duration("min"))),
    WEEKEND_FREQUENCY("weekend-frequency", List.of("oneIn"),
            (info, p) -> new WeekendFrequencyRule(info, p.integer("oneIn"))),
    CONSECUTIVE_ON_CALL("consecutive-on-call", List.of("saturdaySundayAllowed", "localAgreementMaxRun"),
            (info, p) -> new ConsecutiveOnCallRule(info, p.flag("saturdaySundayAllowed", true),
                    p.integer("localAgreementMaxRun", 0))),
    ON_CALL_FREQUENCY("on-call-frequency", List.of("max", "days"),
            (info, p) -> new OnCallFrequencyRule(info, p.integer("max"), p.integer("days"))),
    DAY_AFTER_ON_CALL("day-after-on-call", List.of("max"),
            (info, p) -> new DayAfterOnCallRule(info, p.duration("max"))),
    REFERENCE_PERIOD_AVERAGE("reference-period-average", List.of("limit", "weeks", "optOutExempt"),
            (info, p) -> new ReferencePeriodAverageRule(info, p.duration("limit"), p.integer("weeks"),
                    p.flag("optOutExempt", true))),
    DAILY_REST("daily-rest", List.of("min", "period"),
            (info, p) -> new DailyRestRule(info, p.duration("min"), p.duration("period"))),
    WEEKLY_REST("weekly-rest", List.of("min", "days", "alternativeMin", "alternativeDays"),
            (info, p) -> new WeeklyRestRule(info, p.duration("min"), p.integer("days"), p.duration("alternativeMin"),
                    p.integer("alternativeDays"))),
    NEW_DEAL_ACTUAL_HOURS("new-deal-actual-hours", List.of("limit"),
            (info, p) -> new NewDealActualHoursRule(info, p.duration("limit"))),
    NEW_DEAL_DUTY_HOURS("new-deal-duty-hours", List.of("normalWeek", "fullShift", "partialShift", "onCall"),
            (info, p) -> new NewDealDutyHoursRule(info, p.duration("normalWeek"), p.duration("fullShift"),
                    p.duration("partialShift"), p.duration("onCall"))),
    NEW_DEAL_CONTINUOUS_DUTY("new-deal-continuous-duty", List.of("fullShift", "partialShift", "partial24",
            "onCall", "onCallWeekend"),
            (info, p) -> new NewDealContinuousDutyRule(info, p.duration("fullShift"), p.duration("partialShift"),
                    p.duration("partial24"), p.duration("onCall"), p.duration("onCallWeekend"))),
    NEW_DEAL_REST_BETWEEN_DUTIES("new-deal-rest-between-duties", List.of("shift", "onCall"),
            (info, p) -> new NewDealRestBetweenDutiesRule(info, p.duration("shift"), p.duration("onCall"))),
    NEW_DEAL_CONTINUOUS_OFF("new-deal-continuous-off", List.of("first", "second", "days", "onCallDays"),
            (info, p) -> new NewDealContinuousOffRule(info, p.duration("first"), p.duration("second"),
                    p.integer("days"), p.integer("onCallDays")));

    private final String id;
    private final List<String> parameters;
    private final BiFunction<RuleInfo, Parameters, Rule> factory;

    RuleKind(String id, List<String> parameters, BiFunction<RuleInfo, Parameters, Rule> factory) {
        this.id = id;
        this.parameters = parameters;
        this.factory = factory;
    }

    public String id() {
        return id;
    }

    public List<String> parameters() {
        return parameters;
    }

    /** Builds the rule, refusing parameters this kind does not take. */
    public Rule create(RuleInfo info, Parameters parameters) {
        Set<String> unknown = new TreeSet<>(parameters.names());
        unknown.removeAll(this.parameters);
        if (!unknown.isEmpty()) {
            throw new Parameters.ParameterException("unknown parameter" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + " for a " + id + " rule (expected: "
                    + String.join(", ", this.parameters) + ")");
        }
        return factory.apply(info, parameters);
    }

    public static Optional<RuleKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(RuleKind::id).collect(Collectors.joining(", "));
    }

    private static RunKind runKind(Parameters p) {
        String of = p.text("of");
        return RunKind.fromId(of).orElseThrow(() -> new Parameters.ParameterException("'of' must be one of "
                + Arrays.stream(RunKind.values()).map(RunKind::id).collect(Collectors.joining(", "))
                + ", not '" + of + "'"));
    }

    /** Parameters from a plain map, for building packs in code. */
    public static Parameters parameters(Map<String, Object> values) {
        return new MapParameters(values);
    }
}
