package org.rotaguard.core.rota;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A kind of duty on a rota: its code, its local clock times and whether it is a resident shift
 * or a non-resident on-call period. An end at or before the start falls on the next day, so a
 * shift type lasts at most 24 hours of clock time.
 *
 * @param code         the code used in rota cells, e.g. {@code LD}
 * @param start        local start time
 * @param end          local end time (next day when at or before {@code start})
 * @param onCall       true for a non-resident on-call period, false for a resident shift
 * @param expectedWork on-call only: work expected during one period
 * @param name         free text, may be empty
 * @param newDeal      attributes read only by the 2002 contract
 */
public record ShiftType(String code, LocalTime start, LocalTime end, boolean onCall,
                        Duration expectedWork, String name, NewDealAttributes newDeal) {

    public ShiftType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(expectedWork, "expectedWork");
        name = name == null ? "" : name;
        newDeal = newDeal == null ? NewDealAttributes.DEFAULT : newDeal;
        if (!ShiftCode.isValid(code)) {
            throw new IllegalArgumentException("invalid shift code '" + code + "'");
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("shift times are whole minutes");
        }
        if (expectedWork.isNegative()) {
            throw new IllegalArgumentException("expected work cannot be negative");
        }
        if (!onCall && !expectedWork.isZero()) {
            throw new IllegalArgumentException("expected work applies to on-call periods only");
        }
        if (expectedWork.compareTo(clockLength(start, end)) > 0) {
            throw new IllegalArgumentException("expected work is longer than the period itself");
        }
    }

    /** A resident shift (all of it work). */
    public static ShiftType shift(String code, LocalTime start, LocalTime end) {
        return new ShiftType(code, start, end, false, Duration.ZERO, "", NewDealAttributes.DEFAULT);
    }

    /** A non-resident on-call period with the work expected during it. */
    public static ShiftType onCall(String code, LocalTime start, LocalTime end, Duration expectedWork) {
        return new ShiftType(code, start, end, true, expectedWork, "", NewDealAttributes.DEFAULT);
    }

    public ShiftType withName(String newName) {
        return new ShiftType(code, start, end, onCall, expectedWork, newName, newDeal);
    }

    /** Length on the clock face, ignoring clock changes: 24 hours when end equals start. */
    public Duration clockLength() {
        return clockLength(start, end);
    }

    /** Whether the period ends on the day after it starts. */
    public boolean endsNextDay() {
        return !end.isAfter(start);
    }

    private static Duration clockLength(LocalTime start, LocalTime end) {
        long minutes = Duration.between(start, end).toMinutes();
        return Duration.ofMinutes(minutes <= 0 ? minutes + 24 * 60 : minutes);
    }

    /** A readable label: the name if there is one, otherwise the code. */
    public String label() {
        return name.isEmpty() ? code : name;
    }
}
