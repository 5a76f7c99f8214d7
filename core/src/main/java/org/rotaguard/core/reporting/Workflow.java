package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The exception-report workflow of one process version: its transition table, its guards, and the
 * events each decision appends. Stateless and thread-safe: the state is the {@link ReportView}
 * replayed from the log.
 *
 * <p>Guards, in order: a closed report refuses everything but a work schedule review request; the
 * command must exist in the current state; the actor's role must be allowed; nobody but the
 * doctor acts on their own report, and a doctor acts only on their own; a reason is required where
 * the table says so; mandatory TOIL blocks pay; the command's data must make sense; commands come
 * in time order.
 */
public final class Workflow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final ProcessVersion version;
    private final Deadlines deadlines;
    private final List<Transition> transitions;
    private final Map<ReportState, Map<CommandType, Transition>> table = new EnumMap<>(ReportState.class);

    private Workflow(ProcessVersion version, Deadlines deadlines) {
        this.version = version;
        this.deadlines = deadlines;
        this.transitions = TransitionTable.of(version);
        for (Transition t : transitions) {
            table.computeIfAbsent(t.from(), s -> new EnumMap<>(CommandType.class)).put(t.command(), t);
        }
    }

    public static Workflow forVersion(ProcessVersion v) {
        return new Workflow(v, Deadlines.standard());
    }

    public static Workflow forVersion(ProcessVersion v, Deadlines deadlines) {
        return new Workflow(v, deadlines);
    }

    public ProcessVersion version() {
        return version;
    }

    /** Every row of this version's table, for documentation and screens. */
    public List<Transition> transitions() {
        return transitions;
    }

    /**
     * The events of a new report: SUBMITTED, ROUTED, and DEADLINE_MISSED when it came after the
     * submission window (a late report is recorded, never refused).
     */
    public List<ReportEvent> submit(String reportId, Submission s, Actor doctor, ProcessVersion v) {
        if (v != version) {
            throw new IllegalArgumentException("the " + version + " workflow cannot submit a " + v + " report");
        }
        if (doctor == null || doctor.role() != Role.DOCTOR || !doctor.userId().equals(s.doctorUserId())) {
            throw new IllegalArgumentException("a report is submitted by its own doctor ("
                    + s.doctorUserId() + "), not " + doctor);
        }
        Instant at = s.submittedAt();
        List<ReportEvent> out = new ArrayList<>();
        var window = deadlines.submission(s, v);
        boolean late = window.isPresent() && window.get().missedAt(at);
        Map<String, String> submitted = new HashMap<>();
        submitted.put("clientId", s.clientId());
        submitted.put("extraMinutes", String.valueOf(s.extraMinutes()));
        if (late) {
            submitted.put("late", "true");
        }
        out.add(new ReportEvent(reportId, 1, EventType.SUBMITTED, doctor, at, "", v, submitted));
        Route route = Category.route(s.categories(), v);
        Set<Role> copied = new LinkedHashSet<>();
        // The guardian sees every report after the reform, and safety concerns always.
        if (v == ProcessVersion.V13 || s.immediateSafety()) {
            copied.add(Role.GUARDIAN);
        }
        if (v == ProcessVersion.V13 && route == Route.HR && s.educational()) {
            copied.add(Role.DME);
        }
        out.add(new ReportEvent(reportId, 2, EventType.ROUTED, Actor.SYSTEM, at, routeReason(route, s, v), v,
                Map.of("route", route.name(), "copiedTo", copied.stream().map(Enum::name).collect(Collectors.joining(",")))));
        if (late) {
            Deadline d = window.get();
            out.add(new ReportEvent(reportId, 3, EventType.DEADLINE_MISSED, Actor.SYSTEM, at,
                    d.rule() + ": submitted after " + when(d.due()), v,
                    Map.of("deadline", d.kind().name(), "due", d.due().toString(), "state", ReportState.SUBMITTED.name())));
        }
        return out;
    }

    private static String routeReason(Route route, Submission s, ProcessVersion v) {
        if (v == ProcessVersion.V12) {
            return "educational supervisor review";
        }
        return route == Route.DME ? "educational report: the DME reviews"
                : s.educational() ? "hours and education: HR reviews, the DME is told" : "HR / medical workforce reviews";
    }

    /** The commands this actor may take now (for buttons); empty when none. Reasons and data are not checked. */
    public Set<CommandType> available(ReportView view, Actor actor) {
        Set<CommandType> out = EnumSet.noneOf(CommandType.class);
        if (view.version() != version) {
            return out;
        }
        for (CommandType c : CommandType.values()) {
            if (structural(view, c, actor) == null && !(c == CommandType.CHOOSE_PAY && !view.mandatoryToil().isEmpty())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The roles whose decision the report is waiting for (for work queues): those with a row from the
     * current state other than withdrawal, escalation and work schedule review requests; empty once closed.
     */
    public Set<Role> awaiting(ReportView view) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        if (view.state().closed()) {
            return out;
        }
        for (Transition t : table.getOrDefault(view.state(), Map.of()).values()) {
            if (t.command() != CommandType.WITHDRAW && t.command() != CommandType.REQUEST_WORK_SCHEDULE_REVIEW
                    && t.command() != CommandType.ESCALATE) {
                out.addAll(t.roles());
            }
        }
        return out;
    }

    /** Whether taking {@code command} in {@code state} needs a reason (false when the command is not possible there). */
    public boolean reasonRequired(ReportState state, CommandType command) {
        Transition t = table.getOrDefault(state, Map.of()).get(command);
        return t != null && t.reasonRequired();
    }

    /** The events a command appends, numbered after the view's last event. */
    public List<ReportEvent> decide(ReportView view, Command cmd) throws TransitionRefused {
        if (view.version() != version) {
            throw new IllegalArgumentException("a " + view.version() + " report given to the " + version + " workflow");
        }
        TransitionRefused refused = structural(view, cmd.type(), cmd.actor());
        if (refused != null) {
            throw refused;
        }
        Transition t = table.get(view.state()).get(cmd.type());
        if (t.reasonRequired() && cmd.reason().isEmpty()) {
            throw refuse(TransitionRefused.Why.REASON_REQUIRED, cmd, view, describe(cmd.type()) + " needs a reason");
        }
        ReportEvent last = view.events().get(view.events().size() - 1);
        if (cmd.at().isBefore(last.at())) {
            throw refuse(TransitionRefused.Why.OUT_OF_ORDER, cmd, view, "the action is dated " + when(cmd.at())
                    + ", before the report's last event (" + when(last.at()) + ")");
        }
        Events out = new Events(view, cmd);
        switch (cmd.type()) {
            case APPROVE, UPHOLD -> approve(view, cmd, out);
            case REQUEST_CLARIFICATION -> out.add(EventType.CLARIFICATION_REQUESTED, cmd.reason(), Map.of());
            case REPLY -> out.add(EventType.DOCTOR_REPLIED, cmd.reason(), Map.of());
            case REJECT -> out.add(EventType.REJECTED, cmd.reason(), Map.of());
            case ACCEPT_REJECTION -> out.add(EventType.REJECTION_ACCEPTED, cmd.reason(), Map.of());
            case DISPUTE -> out.add(EventType.DISPUTED, cmd.reason(), Map.of("level", "2"));
            case CONFIRM_REJECTION -> out.add(EventType.REJECTION_CONFIRMED, cmd.reason(), Map.of());
            case CHOOSE_TOIL -> compensate(view, cmd, Compensation.TOIL, out);
            case CHOOSE_PAY -> compensate(view, cmd, Compensation.PAY, out);
            case BOOK_TOIL -> out.add(EventType.TOIL_BOOKED, cmd.reason(), Map.of(Command.DATE, bookedDate(view, cmd).toString()));
            case TOIL_TAKEN -> out.add(EventType.TOIL_TAKEN, cmd.reason(), Map.of());
            case PAID -> out.add(EventType.PAID, cmd.reason(), runData(cmd));
            case WITHDRAW -> out.add(EventType.WITHDRAWN, cmd.reason(), Map.of("from", view.state().name()));
            case AGREE_OUTCOME -> agree(view, cmd, out);
            case ACCEPT_OUTCOME -> {
                out.add(EventType.OUTCOME_ACCEPTED, cmd.reason(), Map.of(Command.OUTCOME, view.outcome().orElseThrow().name()));
                action(view, cmd, view.outcome().orElseThrow(), out);
            }
            case ESCALATE -> escalate(view, cmd, out);
            case RECORD_EDUCATION_OUTCOME -> out.add(EventType.EDUCATION_OUTCOME_RECORDED, cmd.reason(), Map.of());
            case REQUEST_WORK_SCHEDULE_REVIEW -> out.add(EventType.WORK_SCHEDULE_REVIEW_REQUESTED, cmd.reason(),
                    Map.of("requestedBy", cmd.actor().role().name()));
            default -> throw new IllegalStateException("unhandled command " + cmd.type());
        }
        return out.events;
    }

    /** Guards that depend only on the state and who asks; null when they pass. */
    private TransitionRefused structural(ReportView view, CommandType type, Actor actor) {
        ReportState state = view.state();
        if (state.closed() && type != CommandType.REQUEST_WORK_SCHEDULE_REVIEW) {
            return new TransitionRefused(TransitionRefused.Why.CLOSED, type, state, "report " + view.reportId()
                    + " is closed (" + label(state) + "): no further action can be taken on it");
        }
        Map<CommandType, Transition> row = table.getOrDefault(state, Map.of());
        Transition t = row.get(type);
        if (t == null) {
            String possible = row.keySet().stream().map(Workflow::describe).collect(Collectors.joining(", "));
            return new TransitionRefused(TransitionRefused.Why.NOT_IN_THIS_STATE, type, state, "cannot "
                    + describe(type) + " a " + version + " report that is " + label(state)
                    + (possible.isEmpty() ? "" : "; possible now: " + possible));
        }
        if (actor.role() != Role.DOCTOR && actor.userId().equals(view.doctorUserId())) {
            return new TransitionRefused(TransitionRefused.Why.OWN_REPORT, type, state, "nobody acts on their own report:"
                    + " " + actor.userId() + " reported these hours and cannot " + describe(type) + " them as "
                    + actor.role());
        }
        if (!t.roles().contains(actor.role())) {
            return new TransitionRefused(TransitionRefused.Why.ROLE, type, state, actor.role() + " cannot "
                    + describe(type) + " a report that is " + label(state) + "; only " + t.roles().stream()
                    .map(Enum::name).sorted().collect(Collectors.joining(" or ")) + " can");
        }
        if (actor.role() == Role.DOCTOR && !actor.userId().equals(view.doctorUserId())) {
            return new TransitionRefused(TransitionRefused.Why.NOT_THE_DOCTOR, type, state, "only the doctor who"
                    + " submitted report " + view.reportId() + " can " + describe(type) + " it");
        }
        if (type == CommandType.ESCALATE && view.level() >= 3) {
            return new TransitionRefused(TransitionRefused.Why.NOT_IN_THIS_STATE, type, state,
                    "level 3 is the last level: its outcome is final");
        }
        if (type == CommandType.ESCALATE && state != ReportState.OUTCOME_PROPOSED && !reviewOverdue(view)) {
            return new TransitionRefused(TransitionRefused.Why.NOT_IN_THIS_STATE, type, state, "the "
                    + label(state) + " is still within its deadline; a review can be escalated once its deadline"
                    + " has passed with no outcome recorded");
        }
        return null;
    }

    /** Whether the review deadline of the current state was missed (raised since the state was entered). */
    private static boolean reviewOverdue(ReportView view) {
        return view.missedDeadlines().stream().anyMatch(e -> DeadlineKind.REVIEW.name().equals(e.get("deadline"))
                && view.state().name().equals(e.get("state")) && !e.at().isBefore(view.stateSince()));
    }

    private void approve(ReportView view, Command cmd, Events out) throws TransitionRefused {
        List<String> mandatory = mandatoryRules(view, cmd);
        Map<String, String> data = new HashMap<>();
        if (!mandatory.isEmpty()) {
            data.put(Command.MANDATORY_TOIL, String.join(",", mandatory));
        }
        data.put("minutes", String.valueOf(view.submission().extraMinutes()));
        out.add(cmd.type() == CommandType.APPROVE ? EventType.APPROVED : EventType.UPHELD, cmd.reason(), data);
        if (view.route() == Route.HR && view.submission().extraMinutes() == 0) {
            out.add(EventType.CLOSED, "approved: no time beyond the roster to compensate",
                    Map.of("state", ReportState.CLOSED_APPROVED.name()));
        }
    }

    private List<String> mandatoryRules(ReportView view, Command cmd) throws TransitionRefused {
        List<String> rules = ReportView.list(cmd.data().get(Command.MANDATORY_TOIL));
        for (String r : rules) {
            if (!RULE_ID.matcher(r).matches()) {
                throw refuse(TransitionRefused.Why.INVALID_DATA, cmd, view, "mandatoryToil: '" + r
                        + "' is not a rule id (e.g. " + Safety.REST_UNDER_11H + ")");
            }
        }
        return rules;
    }

    private void compensate(ReportView view, Command cmd, Compensation c, Events out) throws TransitionRefused {
        int minutes = view.submission().extraMinutes();
        List<String> mandatory = view.mandatoryToil();
        if (minutes <= 0) {
            throw refuse(TransitionRefused.Why.INVALID_DATA, cmd, view, "there are no minutes beyond the roster to"
                    + " compensate");
        }
        if (c == Compensation.PAY && !mandatory.isEmpty()) {
            throw refuse(TransitionRefused.Why.MANDATORY_TOIL, cmd, view, "time off in lieu is mandatory here ("
                    + String.join(", ", mandatory) + ": a safe-working breach requires rest), so pay cannot be"
                    + " chosen; the time is paid only if the TOIL cannot be taken in time");
        }
        Map<String, String> data = new HashMap<>();
        data.put("compensation", c.name());
        data.put("minutes", String.valueOf(minutes));
        if (c == Compensation.TOIL && !mandatory.isEmpty()) {
            data.put(Command.MANDATORY_TOIL, String.join(",", mandatory));
            data.put("forced", "true");
        }
        out.add(EventType.COMPENSATION_CHOSEN, cmd.reason(), data);
        // A doctor who already took (or has arranged) the time off says when, in the same decision.
        if (c == Compensation.TOIL && cmd.data().containsKey(Command.DATE)) {
            out.add(EventType.TOIL_BOOKED, "", Map.of(Command.DATE, bookedDate(view, cmd).toString()));
        }
    }

    private void agree(ReportView view, Command cmd, Events out) throws TransitionRefused {
        String raw = cmd.data().get(Command.OUTCOME);
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refuse(TransitionRefused.Why.INVALID_DATA, cmd, view, "outcome: '" + raw + "' is not one of "
                    + java.util.Arrays.toString(Outcome.values()));
        }
        checkOutcome(view, cmd, outcome);
        out.add(EventType.OUTCOME_AGREED, cmd.reason(), Map.of(Command.OUTCOME, outcome.name(),
                "level", String.valueOf(view.level())));
        if (view.state() == ReportState.LEVEL_3_REVIEW) {
            action(view, cmd, outcome, out);
        }
    }

    private void checkOutcome(ReportView view, Command cmd, Outcome outcome) throws TransitionRefused {
        boolean compensates = outcome == Outcome.TOIL || outcome == Outcome.PAY;
        if (compensates && view.submission().extraMinutes() == 0) {
            throw refuse(TransitionRefused.Why.INVALID_DATA, cmd, view, "outcome " + outcome + ": the report has no"
                    + " minutes beyond the roster to compensate");
        }
        if (outcome == Outcome.PAY && !view.mandatoryToil().isEmpty()) {
            throw refuse(TransitionRefused.Why.MANDATORY_TOIL, cmd, view, "time off in lieu is mandatory here ("
                    + String.join(", ", view.mandatoryToil()) + ": on-call rest was not achieved), so the outcome"
                    + " cannot be pay; the time is paid only if the TOIL cannot be taken in time");
        }
    }

    /** v12: carry out an accepted (or final) outcome. */
    private void action(ReportView view, Command cmd, Outcome outcome, Events out) {
        int minutes = view.submission().extraMinutes();
        switch (outcome) {
            case TOIL, PAY -> {
                Map<String, String> data = new HashMap<>();
                data.put("compensation", outcome == Outcome.TOIL ? Compensation.TOIL.name() : Compensation.PAY.name());
                data.put("minutes", String.valueOf(minutes));
                if (outcome == Outcome.TOIL && !view.mandatoryToil().isEmpty()) {
                    data.put(Command.MANDATORY_TOIL, String.join(",", view.mandatoryToil()));
                    data.put("forced", "true");
                }
                out.add(EventType.COMPENSATION_CHOSEN, "outcome " + outcome, data);
            }
            case NO_ACTION -> out.add(EventType.CLOSED, "no further action",
                    Map.of("state", ReportState.CLOSED_NO_ACTION.name()));
            case WORK_SCHEDULE_REVIEW -> {
                out.add(EventType.WORK_SCHEDULE_REVIEW_REQUESTED, "outcome: work schedule review",
                        Map.of("requestedBy", cmd.actor().role().name()));
                out.add(EventType.CLOSED, "referred to a work schedule review", Map.of("state",
                        ReportState.CLOSED_REFERRED.name(), "referral", outcome.name()));
            }
            case ORGANISATIONAL_CHANGE -> out.add(EventType.CLOSED, "referred for organisational change",
                    Map.of("state", ReportState.CLOSED_REFERRED.name(), "referral", outcome.name()));
            default -> throw new IllegalStateException("unhandled outcome " + outcome);
        }
    }

    private void escalate(ReportView view, Command cmd, Events out) {
        int next = view.level() + 1;
        out.add(EventType.ESCALATED, cmd.reason(), Map.of("level", String.valueOf(next)));
    }

    private LocalDate bookedDate(ReportView view, Command cmd) throws TransitionRefused {
        String raw = cmd.data().get(Command.DATE);
        if (raw == null || raw.isBlank()) {
            throw refuse(TransitionRefused.Why.INVALID_DATA, cmd, view, "date: give the day the TOIL is booked for"
                    + " (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw refuse(TransitionRefused.Why.INVALID_DATA, cmd, view, "date: '" + raw + "' is not a date (YYYY-MM-DD)");
        }
        LocalDate worked = view.submission().workedEnd().withZoneSameInstant(EmployerProcess.LONDON).toLocalDate();
        if (date.isBefore(worked)) {
            throw refuse(TransitionRefused.Why.INVALID_DATA, cmd, view, "date: TOIL on " + date
                    + " would come before the work it makes up for (" + worked + ")");
        }
        return date;
    }

    private static Map<String, String> runData(Command cmd) {
        String run = cmd.data().get(Command.PAYROLL_RUN);
        return run == null || run.isBlank() ? Map.of() : Map.of(Command.PAYROLL_RUN, run.strip());
    }

    private static TransitionRefused refuse(TransitionRefused.Why why, Command cmd, ReportView view, String message) {
        return new TransitionRefused(why, cmd.type(), view.state(), message);
    }

    /** The command in words: "approve", "request a work schedule review". */
    static String describe(CommandType c) {
        return switch (c) {
            case APPROVE -> "approve";
            case REQUEST_CLARIFICATION -> "ask for clarification on";
            case REPLY -> "reply on";
            case REJECT -> "reject";
            case ACCEPT_REJECTION -> "accept the rejection of";
            case DISPUTE -> "dispute the rejection of";
            case UPHOLD -> "uphold";
            case CONFIRM_REJECTION -> "confirm the rejection of";
            case CHOOSE_TOIL -> "choose time off in lieu for";
            case CHOOSE_PAY -> "choose pay for";
            case BOOK_TOIL -> "book time off in lieu for";
            case TOIL_TAKEN -> "record time off taken for";
            case PAID -> "record payment of";
            case WITHDRAW -> "withdraw";
            case AGREE_OUTCOME -> "record the agreed outcome of";
            case ACCEPT_OUTCOME -> "accept the outcome of";
            case ESCALATE -> "escalate";
            case RECORD_EDUCATION_OUTCOME -> "record the educational outcome of";
            case REQUEST_WORK_SCHEDULE_REVIEW -> "ask for a work schedule review from";
        };
    }

    static String label(ReportState s) {
        return s.label();
    }

    static String when(Instant at) {
        return WHEN.format(at.atZone(EmployerProcess.LONDON));
    }

    /** Numbers the events of one decision after the view's log. */
    private static final class Events {
        private final ReportView view;
        private final Command cmd;
        private final List<ReportEvent> events = new ArrayList<>();

        Events(ReportView view, Command cmd) {
            this.view = view;
            this.cmd = cmd;
        }

        void add(EventType type, String reason, Map<String, String> data) {
            events.add(new ReportEvent(view.reportId(), view.lastSeq() + events.size() + 1, type, cmd.actor(), cmd.at(),
                    reason, view.version(), data));
        }
    }
}
