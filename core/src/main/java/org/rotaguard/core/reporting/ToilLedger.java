package org.rotaguard.core.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One doctor's time off in lieu across their reports: each entry with its deadline, and the
 * minutes owed, booked, taken and converted to pay. Derived from the report views, never stored.
 */
public final class ToilLedger {
    /** One report's TOIL and the window it must be taken in (empty once taken or converted). */
    public record Line(ToilEntry entry, Optional<Deadline> due) {
    }

    private final String doctorUserId;
    private final List<Line> lines;

    private ToilLedger(String doctorUserId, List<Line> lines) {
        this.doctorUserId = doctorUserId;
        this.lines = List.copyOf(lines);
    }

    /** The ledger of one doctor from their reports (other doctors' reports are ignored). */
    public static ToilLedger of(String doctorUserId, List<ReportView> reports, Deadlines deadlines) {
        List<Line> lines = new ArrayList<>();
        for (ReportView v : reports) {
            if (!v.doctorUserId().equals(doctorUserId) || v.toil().isEmpty()) {
                continue;
            }
            lines.add(new Line(v.toil().get(), deadlines.toilWindow(v)));
        }
        lines.sort(Comparator.comparing((Line l) -> l.entry().creditedAt()).thenComparing(l -> l.entry().reportId()));
        return new ToilLedger(doctorUserId, lines);
    }

    public String doctorUserId() {
        return doctorUserId;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Minutes still owed as time off (owed or booked). */
    public int owedMinutes() {
        return lines.stream().mapToInt(l -> l.entry().outstandingMinutes()).sum();
    }

    public int takenMinutes() {
        return sum(ToilEntry.Status.TAKEN);
    }

    public int convertedToPayMinutes() {
        return sum(ToilEntry.Status.CONVERTED_TO_PAY);
    }

    public int creditedMinutes() {
        return lines.stream().mapToInt(l -> l.entry().minutes()).sum();
    }

    private int sum(ToilEntry.Status status) {
        return lines.stream().filter(l -> l.entry().status() == status).mapToInt(l -> l.entry().minutes()).sum();
    }
}
