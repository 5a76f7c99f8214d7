package org.rotaguard.core.rules;

import org.rotaguard.core.layout.DoctorTimeline;

/**
 * A working-hours rule. A rule reads one doctor's laid-out duties and reports each place where
 * they break it; it keeps no state between doctors, so one instance serves every thread.
 */
public interface Rule {
    RuleInfo info();

    /** Reports to {@code findings} every violation that begins in the timeline's report range. */
    void check(DoctorTimeline timeline, Findings findings);

    default String id() {
        return info().id();
    }
}
