package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the deadlines running on a report and raises the events of those missed. Calendar days
 * are Europe/London days, so a deadline across a clock change still ends at local midnight.
 */
public final class Deadlines {
    private static final Set<ReportState> REVIEWS = EnumSet.of(ReportState.SUPERVISOR_REVIEW,
            ReportState.LEVEL_1_REVIEW, ReportState.LEVEL_2_REVIEW, ReportState.LEVEL_3_REVIEW,
            ReportState.HR_REVIEW, ReportState.DME_REVIEW, ReportState.GUARDIAN_REVIEW);

    private final DeadlineSettings v12;
    private final DeadlineSettings v13;

    public Deadlines(DeadlineSettings v12, DeadlineSettings v13) {
        if (v12.version() != ProcessVersion.V12 || v13.version() != ProcessVersion.V13) {
            throw new IllegalArgumentException("deadline settings given for the wrong versions");
        }
        this.v12 = v12;
        this.v13 = v13;
    }

    /** The documented defaults for both versions. */
    public static Deadlines standard() {
        return new Deadlines(DeadlineSettings.v12(), DeadlineSettings.v13());
    }

    public DeadlineSettings settings(ProcessVersion v) {
        return v == ProcessVersion.V12 ? v12 : v13;
    }

    /** The end of the London calendar day {@code days} days after {@code from}: 00:00 on the day after that. */
    public static Instant endOfDay(LocalDate from, int days) {
        return from.plusDays(days + 1L).atStartOfDay(EmployerProcess.LONDON).toInstant();
    }

    /** The doctor's submission deadline for a report, if the version has one for it. */
    public Optional<Deadline> submission(Submission s, ProcessVersion v) {
        DeadlineSettings set = settings(v);
        if (set.submissionWindowDays() == null) {
            return Optional.empty();
        }
        if (set.submissionWindowClaimsOnly() && s.extraMinutes() == 0) {
            return Optional.empty();
        }
        LocalDate day = s.workedEnd().withZoneSameInstant(EmployerProcess.LONDON).toLocalDate();
        return Optional.of(new Deadline(DeadlineKind.SUBMISSION, endOfDay(day, set.submissionWindowDays()),
                "submit within " + set.submissionWindowDays() + " days of the work" + (set.submissionWindowClaimsOnly()
                ? " when claiming pay or TOIL" : "")));
    }

    /** Deadlines now running on the report. */
    public List<Deadline> open(ReportView view) {
        DeadlineSettings set = settings(view.version());
        List<Deadline> out = new ArrayList<>();
        ReportState state = view.state();
        if (REVIEWS.contains(state)) {
            LocalDate since = view.stateSince().atZone(EmployerProcess.LONDON).toLocalDate();
            out.add(new Deadline(DeadlineKind.REVIEW, endOfDay(since, set.reviewDays()),
                    "review within " + set.reviewDays() + " days (" + state + ")"));
        }
        if (state == ReportState.REJECTED && set.disputeDays() != null) {
            LocalDate since = view.stateSince().atZone(EmployerProcess.LONDON).toLocalDate();
            out.add(new Deadline(DeadlineKind.DISPUTE, endOfDay(since, set.disputeDays()),
                    "dispute within " + set.disputeDays() + " days or the rejection stands"));
        }
        toil(view).ifPresent(out::add);
        return out;
    }

    /**
     * The TOIL deadline, while TOIL is owed (or mandatory and not yet taken up); none once the TOIL
     * is booked for a day within its window.
     */
    public Optional<Deadline> toil(ReportView view) {
        ReportState state = view.state();
        boolean owed = state == ReportState.TOIL_PENDING || state == ReportState.TOIL_BOOKED;
        boolean forcedWaiting = state == ReportState.APPROVED && !view.mandatoryToil().isEmpty();
        if (!owed && !forcedWaiting) {
            return Optional.empty();
        }
        Deadline d = toilDeadline(view, owed);
        // Time off booked for a day within the window meets it; it is then recorded as taken.
        LocalDate booked = view.toil().map(ToilEntry::bookedFor).orElse(null);
        if (owed && booked != null && !booked.isAfter(d.due().minusSeconds(1).atZone(EmployerProcess.LONDON).toLocalDate())) {
            return Optional.empty();
        }
        // A doctor approved after the window had already passed is not converted before choosing (and
        // saying when the rest was taken).
        if (forcedWaiting && !d.due().isAfter(view.stateSince())) {
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** The window the report's TOIL must be taken in, while TOIL is owed or mandatory, booked or not. */
    public Optional<Deadline> toilWindow(ReportView view) {
        ReportState state = view.state();
        boolean owed = state == ReportState.TOIL_PENDING || state == ReportState.TOIL_BOOKED;
        boolean forcedWaiting = state == ReportState.APPROVED && !view.mandatoryToil().isEmpty();
        return owed || forcedWaiting ? Optional.of(toilDeadline(view, owed)) : Optional.empty();
    }

    private Deadline toilDeadline(ReportView view, boolean owed) {
        DeadlineSettings set = settings(view.version());
        List<String> forced = view.mandatoryToil();
        Submission s = view.submission();
        if (Safety.onCallRest(forced)) {
            Instant due = s.workedEnd().toInstant().plus(set.onCallRestToilHours(), ChronoUnit.HOURS);
            return new Deadline(DeadlineKind.ON_CALL_REST_TOIL, due, "on-call rest not achieved: TOIL within "
                    + set.onCallRestToilHours() + " hours of the on-call period, or the time is paid");
        }
        LocalDate event = s.workedEnd().withZoneSameInstant(EmployerProcess.LONDON).toLocalDate();
        LocalDate from = event;
        if (set.toilFromGrant()) {
            Instant granted = owed ? view.toil().map(ToilEntry::creditedAt).orElse(view.stateSince())
                    : view.stateSince();
            LocalDate grant = granted.atZone(EmployerProcess.LONDON).toLocalDate();
            from = grant.isAfter(event) ? grant : event;
        }
        return new Deadline(DeadlineKind.TOIL, endOfDay(from, set.toilWindowDays()), "TOIL within "
                + set.toilWindowDays() + " days of " + (set.toilFromGrant() ? "being granted" : "the work")
                + ", or paid instead");
    }

    /**
     * The events due at {@code now} and not yet raised: one DEADLINE_MISSED per missed deadline,
     * followed by what the rule makes of it (TOIL not taken in time turns into pay; a rejection not
     * disputed in time stands). Calling it again with the resulting view returns nothing new.
     */
    public List<ReportEvent> missed(ReportView view, Instant now) {
        List<ReportEvent> out = new ArrayList<>();
        if (view.state().closed()) {
            return out;
        }
        int seq = view.lastSeq();
        for (Deadline d : open(view)) {
            if (!d.missedAt(now) || view.raised(d.kind(), d.due())) {
                continue;
            }
            Map<String, String> data = new HashMap<>();
            data.put("deadline", d.kind().name());
            data.put("due", d.due().toString());
            data.put("state", view.state().name());
            out.add(event(view, ++seq, EventType.DEADLINE_MISSED, now, d.rule(), data));
            switch (d.kind()) {
                case TOIL, ON_CALL_REST_TOIL -> {
                    int minutes = view.submission().extraMinutes();
                    if (view.state() == ReportState.APPROVED) {
                        Map<String, String> chosen = new HashMap<>();
                        chosen.put("compensation", Compensation.TOIL.name());
                        chosen.put("minutes", String.valueOf(minutes));
                        chosen.put(Command.MANDATORY_TOIL, String.join(",", view.mandatoryToil()));
                        chosen.put("forced", "true");
                        out.add(event(view, ++seq, EventType.COMPENSATION_CHOSEN, now,
                                "TOIL is mandatory (" + String.join(", ", view.mandatoryToil()) + ")", chosen));
                    }
                    out.add(event(view, ++seq, EventType.TOIL_EXPIRED, now,
                            "TOIL not taken by " + Workflow.when(d.due()) + ": " + minutes + " minutes to be paid instead",
                            Map.of("minutes", String.valueOf(minutes))));
                }
                case DISPUTE -> out.add(event(view, ++seq, EventType.REJECTION_CONFIRMED, now,
                        "not disputed by " + Workflow.when(d.due()) + ": the rejection stands", Map.of()));
                default -> {
                    // A missed review is recorded for the guardian; the report stays where it is.
                }
            }
            // One conversion at a time: the next call sees the new state's deadlines.
            if (d.kind() != DeadlineKind.REVIEW) {
                break;
            }
        }
        return out;
    }

    private static ReportEvent event(ReportView view, int seq, EventType type, Instant at, String reason,
                                     Map<String, String> data) {
        return new ReportEvent(view.reportId(), seq, type, Actor.SYSTEM, at, reason, view.version(), data);
    }
}
