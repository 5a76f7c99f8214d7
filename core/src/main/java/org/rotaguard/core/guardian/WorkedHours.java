package org.rotaguard.core.guardian;

import java.time.LocalDate;
import java.util.List;
import org.rotaguard.core.layout.DoctorTimeline;

/**
 * A doctor's hours actually worked: the rostered duties adjusted by approved exception reports.
 * A report's worked start and end replace the rostered duty it overlaps (extending or moving it);
 * a report that overlaps no rostered duty adds a duty.
 */
public final class WorkedHours {
    private WorkedHours() {
    }

    /** Every duty laid out in the timeline, adjusted by the approved reports, in time order. */
    public static List<WorkedDuty> of(DoctorTimeline rostered, List<ApprovedHours> approved) {
        throw new UnsupportedOperationException("not yet");
    }

    /** As {@link #of(DoctorTimeline, List)}, keeping the duties that start on local days [from, until). */
    public static List<WorkedDuty> of(DoctorTimeline rostered, List<ApprovedHours> approved, LocalDate from,
                                      LocalDate until) {
        throw new UnsupportedOperationException("not yet");
    }
}
