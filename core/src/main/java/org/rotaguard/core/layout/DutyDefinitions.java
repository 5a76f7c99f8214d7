package org.rotaguard.core.layout;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The contract's definitions of kinds of shift, which the rules count and limit.
 *
 * @param longShiftOver          a long shift lasts more than this (or at least this, when inclusive)
 * @param longShiftInclusive     true to count a shift of exactly {@code longShiftOver} as long
 * @param nightFrom              start of the night window (local clock)
 * @param nightTo                end of the night window (local clock, next day when earlier)
 * @param nightMinimum           a night shift has at least this much of its time in the night window
 * @param longEveningStartBefore a long evening shift starts strictly before this local time
 * @param longEveningEndAfter    ... and ends strictly after this local time on its start day
 * @param weekendFrom            the weekend runs from this local time on Saturday
 * @param weekendTo              ... to this local time on Sunday
 */
public record DutyDefinitions(Duration longShiftOver, boolean longShiftInclusive,
                              LocalTime nightFrom, LocalTime nightTo, Duration nightMinimum,
                              LocalTime longEveningStartBefore, LocalTime longEveningEndAfter,
                              LocalTime weekendFrom, LocalTime weekendTo) {

    /** The 2016 terms (unchanged in 2019), with the interpretations documented in docs/rules.md. */
    public static final DutyDefinitions TCS_2016 = new DutyDefinitions(
            Duration.ofHours(10), false,
            LocalTime.of(23, 0), LocalTime.of(6, 0), Duration.ofHours(3),
            LocalTime.of(16, 0), LocalTime.of(23, 0),
            LocalTime.of(0, 1), LocalTime.of(23, 59));

    public DutyDefinitions {
        Objects.requireNonNull(longShiftOver);
        Objects.requireNonNull(nightFrom);
        Objects.requireNonNull(nightTo);
        Objects.requireNonNull(nightMinimum);
        Objects.requireNonNull(longEveningStartBefore);
        Objects.requireNonNull(longEveningEndAfter);
        Objects.requireNonNull(weekendFrom);
        Objects.requireNonNull(weekendTo);
        if (nightFrom.equals(nightTo)) {
            throw new IllegalArgumentException("the night window needs different start and end times");
        }
    }

    int longShiftMinutes() {
        return (int) longShiftOver.toMinutes();
    }

    boolean isLong(int lengthMinutes) {
        return longShiftInclusive ? lengthMinutes >= longShiftMinutes() : lengthMinutes > longShiftMinutes();
    }
}
