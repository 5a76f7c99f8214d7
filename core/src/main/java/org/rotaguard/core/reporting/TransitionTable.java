package org.rotaguard.core.reporting;

import static org.rotaguard.core.reporting.CommandType.*;
import static org.rotaguard.core.reporting.ReportState.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The transition tables of both processes, as data (docs/exception-reporting.md prints them). */
final class TransitionTable {
    /** States a v12 report can be in after routing. */
    static final Set<ReportState> V12_STATES = EnumSet.of(SUPERVISOR_REVIEW, OUTCOME_PROPOSED, LEVEL_1_REVIEW,
            LEVEL_2_REVIEW, LEVEL_3_REVIEW, TOIL_PENDING, TOIL_BOOKED, PAY_PENDING, CLOSED_COMPENSATED,
            CLOSED_NO_ACTION, CLOSED_REFERRED, WITHDRAWN);
    /** States a v13 report can be in after routing. */
    static final Set<ReportState> V13_STATES = EnumSet.of(HR_REVIEW, DME_REVIEW, AWAITING_DOCTOR, REJECTED,
            GUARDIAN_REVIEW, APPROVED, TOIL_PENDING, TOIL_BOOKED, PAY_PENDING, EDUCATION_ACTION, CLOSED_COMPENSATED,
            CLOSED_APPROVED, CLOSED_EDUCATION, CLOSED_REJECTED, WITHDRAWN);

    static final List<ReportState> V12_OUTCOME_TARGETS = List.of(TOIL_PENDING, PAY_PENDING, CLOSED_NO_ACTION,
            CLOSED_REFERRED);

    private TransitionTable() {
    }

    static List<Transition> of(ProcessVersion v) {
        return v == ProcessVersion.V12 ? v12() : v13();
    }

    private static List<Transition> v12() {
        ProcessVersion v = ProcessVersion.V12;
        List<Transition> t = new ArrayList<>();
        t.add(row(v, SUPERVISOR_REVIEW, AGREE_OUTCOME, Set.of(Role.SUPERVISOR), false, List.of(EventType.OUTCOME_AGREED),
                List.of(OUTCOME_PROPOSED), "Sch 5 (v1–v12): the educational supervisor discusses the report with the"
                        + " doctor and records the outcome (HIGH)"));
        t.add(row(v, OUTCOME_PROPOSED, ACCEPT_OUTCOME, Set.of(Role.DOCTOR), false,
                List.of(EventType.OUTCOME_ACCEPTED, EventType.COMPENSATION_CHOSEN, EventType.CLOSED), V12_OUTCOME_TARGETS,
                "the outcome is actioned: TOIL booked, pay processed, or closed (HIGH)"));
        t.add(row(v, OUTCOME_PROPOSED, ESCALATE, Set.of(Role.DOCTOR), true, List.of(EventType.ESCALATED),
                List.of(LEVEL_1_REVIEW, LEVEL_2_REVIEW, LEVEL_3_REVIEW),
                "escalation levels 1–3 existed (FOI counts, HIGH); the doctor escalates a disputed outcome to the next level"));
        for (ReportState review : List.of(SUPERVISOR_REVIEW, LEVEL_1_REVIEW, LEVEL_2_REVIEW)) {
            t.add(row(v, review, ESCALATE, Set.of(Role.DOCTOR), true, List.of(EventType.ESCALATED),
                    List.of(review == SUPERVISOR_REVIEW ? LEVEL_1_REVIEW : review == LEVEL_1_REVIEW ? LEVEL_2_REVIEW
                            : LEVEL_3_REVIEW), "only once the review deadline has passed with no outcome recorded:"
                            + " a review that does not happen goes up a level (INTERP)"));
        }
        t.add(row(v, LEVEL_1_REVIEW, AGREE_OUTCOME, Set.of(Role.SUPERVISOR), false, List.of(EventType.OUTCOME_AGREED),
                List.of(OUTCOME_PROPOSED), "level 1: a further supervisor review (LOW, recollection)"));
        t.add(row(v, LEVEL_2_REVIEW, AGREE_OUTCOME, Set.of(Role.DME, Role.GUARDIAN), false, List.of(EventType.OUTCOME_AGREED),
                List.of(OUTCOME_PROPOSED), "level 2: review with the DME or the guardian (LOW, recollection)"));
        t.add(row(v, LEVEL_3_REVIEW, AGREE_OUTCOME, Set.of(Role.GUARDIAN), false,
                List.of(EventType.OUTCOME_AGREED, EventType.COMPENSATION_CHOSEN, EventType.CLOSED), V12_OUTCOME_TARGETS,
                "level 3: final panel, recorded by the guardian; its outcome is actioned at once (LOW; INTERP)"));
        compensation(t, v, Set.of(Role.DOCTOR, Role.HR, Role.SUPERVISOR), Set.of(Role.HR));
        common(t, v, V12_STATES, Set.of(Role.DOCTOR, Role.SUPERVISOR, Role.HR, Role.GUARDIAN));
        return List.copyOf(t);
    }

    private static List<Transition> v13() {
        ProcessVersion v = ProcessVersion.V13;
        List<Transition> t = new ArrayList<>();
        for (ReportState review : List.of(HR_REVIEW, DME_REVIEW)) {
            Role reviewer = review == HR_REVIEW ? Role.HR : Role.DME;
            t.add(row(v, review, APPROVE, Set.of(reviewer), false,
                    review == HR_REVIEW ? List.of(EventType.APPROVED, EventType.CLOSED) : List.of(EventType.APPROVED),
                    review == HR_REVIEW ? List.of(APPROVED, CLOSED_APPROVED) : List.of(EDUCATION_ACTION),
                    review == HR_REVIEW ? "level 0: HR checks the evidence and approves (HIGH)"
                            : "the DME approves educational reports (HIGH)"));
            t.add(row(v, review, REQUEST_CLARIFICATION, Set.of(reviewer), true, List.of(EventType.CLARIFICATION_REQUESTED),
                    List.of(AWAITING_DOCTOR), "level 1: clarification from the doctor (NHS Employers, 18 Dec 2025; HIGH)"));
            t.add(row(v, review, REJECT, Set.of(reviewer), true, List.of(EventType.REJECTED), List.of(REJECTED),
                    "the reviewer rejects, giving a reason (HIGH that rejection exists; reason required INTERP)"));
        }
        t.add(row(v, AWAITING_DOCTOR, REPLY, Set.of(Role.DOCTOR), true, List.of(EventType.DOCTOR_REPLIED),
                List.of(HR_REVIEW, DME_REVIEW), "the doctor answers; the report returns to its reviewer"));
        t.add(row(v, REJECTED, DISPUTE, Set.of(Role.DOCTOR), true, List.of(EventType.DISPUTED), List.of(GUARDIAN_REVIEW),
                "level 2: the doctor maintains the report is accurate (HIGH)"));
        t.add(row(v, REJECTED, ACCEPT_REJECTION, Set.of(Role.DOCTOR), false, List.of(EventType.REJECTION_ACCEPTED),
                List.of(CLOSED_REJECTED), "the doctor accepts the rejection (INTERP)"));
        t.add(row(v, GUARDIAN_REVIEW, UPHOLD, Set.of(Role.GUARDIAN), false, List.of(EventType.UPHELD, EventType.CLOSED),
                List.of(APPROVED, EDUCATION_ACTION, CLOSED_APPROVED), "level 2: the guardian's final decision (HIGH)"));
        t.add(row(v, GUARDIAN_REVIEW, CONFIRM_REJECTION, Set.of(Role.GUARDIAN), true, List.of(EventType.REJECTION_CONFIRMED),
                List.of(CLOSED_REJECTED), "level 2: the guardian's final decision (HIGH)"));
        t.add(row(v, APPROVED, CHOOSE_TOIL, Set.of(Role.DOCTOR), false, List.of(EventType.COMPENSATION_CHOSEN,
                EventType.TOIL_BOOKED), List.of(TOIL_PENDING, TOIL_BOOKED), "the doctor chooses TOIL or pay (HIGH);"
                + " with a date, the TOIL is booked at once (INTERP)"));
        t.add(row(v, APPROVED, CHOOSE_PAY, Set.of(Role.DOCTOR), false, List.of(EventType.COMPENSATION_CHOSEN),
                List.of(PAY_PENDING), "the doctor chooses pay, unless a safe-working breach makes TOIL mandatory (HIGH)"));
        t.add(row(v, EDUCATION_ACTION, RECORD_EDUCATION_OUTCOME, Set.of(Role.DME), true,
                List.of(EventType.EDUCATION_OUTCOME_RECORDED), List.of(CLOSED_EDUCATION),
                "the DME reinstates the training missed or reviews it (HIGH)"));
        compensation(t, v, Set.of(Role.DOCTOR, Role.HR), Set.of(Role.HR));
        common(t, v, V13_STATES, Set.of(Role.DOCTOR, Role.HR, Role.GUARDIAN));
        return List.copyOf(t);
    }

    /** TOIL booking and taking, its expiry into pay, and payment: the same in both processes. */
    private static void compensation(List<Transition> t, ProcessVersion v, Set<Role> booking, Set<Role> recording) {
        String window = v == ProcessVersion.V12 ? "TOIL within 4 weeks of the event or paid (HIGH)"
                : "TOIL process per the 26 Jan 2026 guidance (not read; LOW)";
        t.add(row(v, TOIL_PENDING, BOOK_TOIL, booking, false, List.of(EventType.TOIL_BOOKED), List.of(TOIL_BOOKED), window));
        t.add(row(v, TOIL_BOOKED, BOOK_TOIL, booking, false, List.of(EventType.TOIL_BOOKED), List.of(TOIL_BOOKED),
                "rebooking moves the date (INTERP)"));
        t.add(row(v, TOIL_PENDING, CommandType.TOIL_TAKEN, recording, false, List.of(EventType.TOIL_TAKEN),
                List.of(CLOSED_COMPENSATED), window));
        t.add(row(v, TOIL_BOOKED, CommandType.TOIL_TAKEN, recording, false, List.of(EventType.TOIL_TAKEN),
                List.of(CLOSED_COMPENSATED), window));
        t.add(row(v, PAY_PENDING, CommandType.PAID, recording, false, List.of(EventType.PAID),
                List.of(CLOSED_COMPENSATED), "paid through payroll at the hourly rate with enhancements (MED)"));
    }

    /** Withdrawal from any open state; a work schedule review may be asked for in any state. */
    private static void common(List<Transition> t, ProcessVersion v, Set<ReportState> states, Set<Role> wsr) {
        for (ReportState s : states) {
            if (s.open()) {
                t.add(row(v, s, WITHDRAW, Set.of(Role.DOCTOR), true, List.of(EventType.WITHDRAWN), List.of(WITHDRAWN),
                        "the doctor may withdraw an open report (INTERP)"));
            }
        }
        for (ReportState s : states) {
            t.add(row(v, s, REQUEST_WORK_SCHEDULE_REVIEW, wsr, true, List.of(EventType.WORK_SCHEDULE_REVIEW_REQUESTED),
                    List.of(s), "doctor or employer may ask for a review; the guardian oversees (Sch 4; HIGH);"
                            + " the report's state does not change"));
        }
    }

    private static Transition row(ProcessVersion v, ReportState from, CommandType c, Set<Role> roles, boolean reason,
                                  List<EventType> events, List<ReportState> to, String note) {
        return new Transition(v, from, c, roles, reason, events, to, note);
    }
}
