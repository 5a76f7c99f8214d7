package org.rotaguard.core.reporting;

import static org.rotaguard.core.reporting.Reports.DME;
import static org.rotaguard.core.reporting.Reports.DOCTOR;
import static org.rotaguard.core.reporting.Reports.GUARDIAN;
import static org.rotaguard.core.reporting.Reports.HR;
import static org.rotaguard.core.reporting.Reports.SUPERVISOR;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Drives a fresh report into any state of either process, by the ordinary route. */
final class States {
    private States() {
    }

    static Set<ReportState> reachable(ProcessVersion v) {
        return v == ProcessVersion.V12 ? EnumSet.copyOf(TransitionTable.V12_STATES) : EnumSet.copyOf(TransitionTable.V13_STATES);
    }

    static Reports.Driver reach(ProcessVersion v, ReportState s) throws TransitionRefused {
        return v == ProcessVersion.V12 ? v12(s) : v13(s);
    }

    static Map<String, String> outcome(Outcome o) {
        return Map.of(Command.OUTCOME, o.name());
    }

    private static Reports.Driver v13(ReportState s) throws TransitionRefused {
        return switch (s) {
            case HR_REVIEW -> Reports.v13(Reports.hours());
            case DME_REVIEW -> Reports.v13(Reports.education());
            case AWAITING_DOCTOR -> v13(ReportState.HR_REVIEW).act(CommandType.REQUEST_CLARIFICATION, HR);
            case REJECTED -> v13(ReportState.HR_REVIEW).act(CommandType.REJECT, HR);
            case GUARDIAN_REVIEW -> v13(ReportState.REJECTED).act(CommandType.DISPUTE, DOCTOR);
            case APPROVED -> v13(ReportState.HR_REVIEW).act(CommandType.APPROVE, HR);
            case TOIL_PENDING -> v13(ReportState.APPROVED).act(CommandType.CHOOSE_TOIL, DOCTOR);
            case TOIL_BOOKED -> v13(ReportState.TOIL_PENDING).act(CommandType.BOOK_TOIL, DOCTOR, "",
                    Map.of(Command.DATE, "2026-03-20"));
            case PAY_PENDING -> v13(ReportState.APPROVED).act(CommandType.CHOOSE_PAY, DOCTOR);
            case EDUCATION_ACTION -> v13(ReportState.DME_REVIEW).act(CommandType.APPROVE, DME);
            case CLOSED_COMPENSATED -> v13(ReportState.PAY_PENDING).act(CommandType.PAID, HR);
            case CLOSED_APPROVED -> Reports.v13(Reports.noExtra()).act(CommandType.APPROVE, HR);
            case CLOSED_EDUCATION -> v13(ReportState.EDUCATION_ACTION).act(CommandType.RECORD_EDUCATION_OUTCOME, DME);
            case CLOSED_REJECTED -> v13(ReportState.REJECTED).act(CommandType.ACCEPT_REJECTION, DOCTOR);
            case WITHDRAWN -> v13(ReportState.HR_REVIEW).act(CommandType.WITHDRAW, DOCTOR);
            default -> throw new IllegalArgumentException("no v13 route to " + s);
        };
    }

    private static Reports.Driver v12(ReportState s) throws TransitionRefused {
        return switch (s) {
            case SUPERVISOR_REVIEW -> Reports.v12(Reports.hoursV12());
            case OUTCOME_PROPOSED -> v12(ReportState.SUPERVISOR_REVIEW).act(CommandType.AGREE_OUTCOME, SUPERVISOR, "",
                    outcome(Outcome.TOIL));
            case LEVEL_1_REVIEW -> v12(ReportState.OUTCOME_PROPOSED).act(CommandType.ESCALATE, DOCTOR);
            case LEVEL_2_REVIEW -> v12(ReportState.LEVEL_1_REVIEW).act(CommandType.AGREE_OUTCOME, SUPERVISOR, "",
                    outcome(Outcome.PAY)).act(CommandType.ESCALATE, DOCTOR);
            case LEVEL_3_REVIEW -> v12(ReportState.LEVEL_2_REVIEW).act(CommandType.AGREE_OUTCOME, GUARDIAN, "",
                    outcome(Outcome.PAY)).act(CommandType.ESCALATE, DOCTOR);
            case TOIL_PENDING -> v12(ReportState.OUTCOME_PROPOSED).act(CommandType.ACCEPT_OUTCOME, DOCTOR);
            case TOIL_BOOKED -> v12(ReportState.TOIL_PENDING).act(CommandType.BOOK_TOIL, DOCTOR, "",
                    Map.of(Command.DATE, "2025-10-20"));
            case PAY_PENDING -> v12(ReportState.SUPERVISOR_REVIEW).act(CommandType.AGREE_OUTCOME, SUPERVISOR, "",
                    outcome(Outcome.PAY)).act(CommandType.ACCEPT_OUTCOME, DOCTOR);
            case CLOSED_COMPENSATED -> v12(ReportState.PAY_PENDING).act(CommandType.PAID, HR);
            case CLOSED_NO_ACTION -> v12(ReportState.SUPERVISOR_REVIEW).act(CommandType.AGREE_OUTCOME, SUPERVISOR, "",
                    outcome(Outcome.NO_ACTION)).act(CommandType.ACCEPT_OUTCOME, DOCTOR);
            case CLOSED_REFERRED -> v12(ReportState.SUPERVISOR_REVIEW).act(CommandType.AGREE_OUTCOME, SUPERVISOR, "",
                    outcome(Outcome.WORK_SCHEDULE_REVIEW)).act(CommandType.ACCEPT_OUTCOME, DOCTOR);
            case WITHDRAWN -> v12(ReportState.SUPERVISOR_REVIEW).act(CommandType.WITHDRAW, DOCTOR);
            default -> throw new IllegalArgumentException("no v12 route to " + s);
        };
    }

    /** Data that makes a command well formed in the state reached by {@link #reach}. */
    static Map<String, String> dataFor(ProcessVersion v, CommandType c) {
        return switch (c) {
            case AGREE_OUTCOME -> outcome(Outcome.TOIL);
            case BOOK_TOIL -> Map.of(Command.DATE, v == ProcessVersion.V12 ? "2025-10-21" : "2026-03-21");
            case PAID -> Map.of(Command.PAYROLL_RUN, "2026-04");
            default -> Map.of();
        };
    }
}
