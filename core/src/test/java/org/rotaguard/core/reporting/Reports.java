package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test fixture: people, submissions, and a report driven through its workflow. */
final class Reports {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String DOCTOR_ID = "dr.ahmed";
    static final Actor DOCTOR = Actor.of(DOCTOR_ID, Role.DOCTOR);
    static final Actor OTHER_DOCTOR = Actor.of("dr.brooks", Role.DOCTOR);
    static final Actor HR = Actor.of("hr.jones", Role.HR);
    static final Actor DME = Actor.of("dme.patel", Role.DME);
    static final Actor GUARDIAN = Actor.of("gosw.smith", Role.GUARDIAN);
    static final Actor SUPERVISOR = Actor.of("es.brown", Role.SUPERVISOR);
    static final Map<Role, Actor> BY_ROLE = new EnumMap<>(Role.class);

    static {
        BY_ROLE.put(Role.DOCTOR, DOCTOR);
        BY_ROLE.put(Role.HR, HR);
        BY_ROLE.put(Role.DME, DME);
        BY_ROLE.put(Role.GUARDIAN, GUARDIAN);
        BY_ROLE.put(Role.SUPERVISOR, SUPERVISOR);
        BY_ROLE.put(Role.FORUM, Actor.of("rdf.chair", Role.FORUM));
        BY_ROLE.put(Role.BOARD, Actor.of("board.member", Role.BOARD));
        BY_ROLE.put(Role.ADMIN, Actor.of("admin", Role.ADMIN));
        BY_ROLE.put(Role.SYSTEM, Actor.SYSTEM);
    }

    private Reports() {
    }

    static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON);
    }

    /** A long day rostered 08:00–17:00 on Tue 10 Mar 2026, worked until 18:30: 90 minutes extra. */
    static Submission hours() {
        return submission(Set.of(Category.HOURS, Category.LATE_FINISH_EARLY_START), "2026-03-10T08:00",
                "2026-03-10T17:00", "2026-03-10T08:00", "2026-03-10T18:30");
    }

    static Submission education() {
        return submission(Set.of(Category.MISSED_TEACHING), "2026-03-10T08:00", "2026-03-10T17:00",
                "2026-03-10T08:00", "2026-03-10T17:00");
    }

    /** Worked exactly the rostered hours (a pattern or support report): nothing to compensate. */
    static Submission noExtra() {
        return submission(Set.of(Category.SUPPORT), "2026-03-10T08:00", "2026-03-10T17:00", "2026-03-10T08:00",
                "2026-03-10T17:00");
    }

    /** The same long day in 2025, under v12 for an employer switching on 4 Feb 2026. */
    static Submission hoursV12() {
        return submission(Set.of(Category.HOURS), "2025-10-07T08:00", "2025-10-07T17:00", "2025-10-07T08:00",
                "2025-10-07T18:30");
    }

    static Submission submission(Set<Category> categories, String rs, String re, String ws, String we) {
        return new Submission("c-" + ws, DOCTOR_ID, "trust-1", "Acute medicine", "FY2", "General medicine",
                categories, rs == null ? null : at(rs), re == null ? null : at(re), at(ws), at(we), 0, false, null, null,
                "Stayed to hand over a sick patient", "Told the registrar", List.of(), at(we).plusMinutes(30).toInstant());
    }

    /** A non-resident on-call period with its rest figures. */
    static Submission onCall(int continuousRest, int totalRest) {
        return new Submission("oc-1", DOCTOR_ID, "trust-1", "Surgery", "ST3", "General surgery", Set.of(Category.HOURS),
                at("2026-03-12T17:00"), at("2026-03-13T09:00"), at("2026-03-12T17:00"), at("2026-03-13T10:00"), 0, true,
                continuousRest, totalRest, "Called in three times overnight", "", List.of(),
                at("2026-03-13T10:30").toInstant());
    }

    /** A report being driven: its submission, its log, and a clock moving an hour per step. */
    static final class Driver {
        final Workflow workflow;
        final Submission submission;
        final List<ReportEvent> log = new ArrayList<>();
        Instant now;

        Driver(ProcessVersion v, Submission s) {
            this.workflow = Workflow.forVersion(v);
            this.submission = s;
            log.addAll(workflow.submit("r-1", s, Actor.of(s.doctorUserId(), Role.DOCTOR), v));
            now = s.submittedAt();
        }

        ReportView view() {
            return ReportView.replay(submission, log);
        }

        ReportState state() {
            return view().state();
        }

        Driver act(CommandType type, Actor actor) throws TransitionRefused {
            return act(type, actor, "a reason", Map.of());
        }

        Driver act(CommandType type, Actor actor, String reason, Map<String, String> data) throws TransitionRefused {
            now = now.plusSeconds(3600);
            log.addAll(workflow.decide(view(), new Command(type, actor, now, reason, data)));
            return this;
        }

        List<ReportEvent> tryAct(CommandType type, Actor actor, String reason, Map<String, String> data)
                throws TransitionRefused {
            return workflow.decide(view(), new Command(type, actor, now.plusSeconds(3600), reason, data));
        }

        Driver advance(java.time.Duration d) {
            now = now.plus(d);
            return this;
        }

        List<ReportEvent> missed(Instant at) {
            List<ReportEvent> events = Deadlines.standard().missed(view(), at);
            log.addAll(events);
            if (!events.isEmpty() && at.isAfter(now)) {
                now = at;
            }
            return events;
        }
    }

    static Driver v13(Submission s) {
        return new Driver(ProcessVersion.V13, s);
    }

    static Driver v12(Submission s) {
        return new Driver(ProcessVersion.V12, s);
    }
}
