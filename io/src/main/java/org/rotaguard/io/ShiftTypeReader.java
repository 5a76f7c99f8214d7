package org.rotaguard.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rotaguard.core.rota.NewDealAttributes;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftCode;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.io.LocatedNode.Entry;
import org.rotaguard.io.LocatedNode.MapNode;
import org.rotaguard.io.LocatedNode.ScalarNode;

/** Reads the {@code shifts} map of a rota file: shift codes and their types. */
final class ShiftTypeReader {
    static final List<String> SHIFT_FIELDS = List.of("start", "end", "onCall", "expectedWork", "name",
            "dutyType2002", "resident", "criterionR");
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final Values values;
    private final Problems problems;

    ShiftTypeReader(Values values, Problems problems) {
        this.values = values;
        this.problems = problems;
    }

    /** Adds the shift types to the rota; returns the codes defined, or null when there are none to check cells against. */
    Set<String> shifts(LocatedNode node, Rota.Builder rota) {
        return shifts(node, rota::shift);
    }

    /** Hands each shift type read to {@code sink}; returns the codes defined, or null when there are none. */
    Set<String> shifts(LocatedNode node, java.util.function.Consumer<ShiftType> sink) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MapNode map)) {
            return values.wrongType(node, "a map from shift code to shift type");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Entry entry : map.entries().values()) {
            if (ShiftCode.isValid(entry.key())) {
                codes.add(entry.key());
            } else {
                problems.add(entry.keyLocation(), entry.value().path(), "'" + entry.key()
                        + "' is not a valid shift code (expected " + ShiftCode.rule() + ")");
            }
            ShiftType type = shift(entry);
            if (type != null) {
                sink.accept(type);
            }
        }
        if (map.entries().isEmpty()) {
            problems.add(map.location(), map.path(), "no shift types (expected at least one, e.g. D: { start: \"09:00\","
                    + " end: \"17:00\" })");
        }
        // With no usable code at all, every cell would be reported as unknown: one problem says it better.
        return codes.isEmpty() ? null : codes;
    }

    private ShiftType shift(Entry entry) {
        Fields f = Fields.of(entry.value(), "a shift type: { start: \"HH:MM\", end: \"HH:MM\", ... }", SHIFT_FIELDS,
                values, problems);
        if (f == null) {
            return null;
        }
        LocalTime start = f.time("start");
        LocalTime end = f.time("end");
        Boolean onCall = f.bool("onCall", false);
        BigDecimal work = f.number("expectedWork", BigDecimal.ZERO, "the hours of work in one on-call period, at"
                + " least 0", v -> v.signum() >= 0);
        String name = f.text("name", "", "free text");
        NewDealDutyType dutyType = dutyType(f.get("dutyType2002"));
        Boolean resident = f.bool("resident", false);
        Boolean criterionR = f.bool("criterionR", false);
        boolean ok = onCall != null
                && onCallOnly(f, onCall, "expectedWork", work != null && work.signum() != 0)
                & onCallOnly(f, onCall, "resident", Boolean.TRUE.equals(resident))
                & onCallOnly(f, onCall, "criterionR", Boolean.TRUE.equals(criterionR));
        if (!ok || start == null || end == null || work == null || name == null || resident == null
                || criterionR == null || (f.has("dutyType2002") && dutyType == null)
                || !ShiftCode.isValid(entry.key())) {
            return null;
        }
        Duration length = ShiftType.shift(entry.key(), start, end).clockLength();
        Duration expectedWork = Duration.ofSeconds(work.multiply(SECONDS_PER_HOUR)
                .min(BigDecimal.valueOf(length.toSeconds() + 1)).setScale(0, RoundingMode.HALF_UP).longValueExact());
        if (expectedWork.compareTo(length) > 0) {
            return values.invalid(f.get("expectedWork"), "expectedWork of " + ((ScalarNode) f.get("expectedWork")).text()
                    + " hours is longer than the period itself (expected at most " + hours(length) + ")");
        }
        return new ShiftType(entry.key(), start, end, onCall, expectedWork, name,
                new NewDealAttributes(dutyType, resident, criterionR));
    }

    /** A field that applies to on-call periods only may not take a non-default value on a resident shift. */
    private boolean onCallOnly(Fields f, boolean onCall, String key, boolean set) {
        if (onCall || !set) {
            return true;
        }
        problems.add(f.get(key).location(), f.get(key).path(), key
                + " applies only to on-call periods (expected onCall: true, or no " + key + ")");
        return false;
    }

    private NewDealDutyType dutyType(LocatedNode node) {
        if (node == null) {
            return null;
        }
        String expected = "one of: " + Arrays.stream(NewDealDutyType.values()).map(NewDealDutyType::id)
                .collect(Collectors.joining(", "));
        String text = values.text(node, "a New Deal duty type, " + expected);
        if (text == null) {
            return null;
        }
        return NewDealDutyType.fromId(text).orElseGet(() -> values.invalid(node, "unknown New Deal duty type '" + text
                + "' (expected " + expected + ")"));
    }

    private static String hours(Duration length) {
        BigDecimal hours = BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.toPlainString() + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }
}
