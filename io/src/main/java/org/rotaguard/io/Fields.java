package org.rotaguard.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;
import org.rotaguard.io.LocatedNode.Entry;
import org.rotaguard.io.LocatedNode.MapNode;

/**
 * One map of a rota file with a fixed set of fields: rejects fields it does not know and
 * reads each known one as its type. Every method returns null after reporting a problem, so a
 * caller can read all fields and then stop if any was wrong. An {@code ifAbsent} of null makes
 * the field required.
 */
final class Fields {
    private final MapNode map;
    private final Values values;
    private final Problems problems;

    private Fields(MapNode map, Values values, Problems problems) {
        this.map = map;
        this.values = values;
        this.problems = problems;
    }

    /** The fields of {@code node}, or null (reported) when it is not a map. */
    static Fields of(LocatedNode node, String expected, List<String> allowed, Values values, Problems problems) {
        if (!(node instanceof MapNode map)) {
            return values.wrongType(node, expected);
        }
        for (Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.add(entry.keyLocation(), entry.value().path(), "unknown field '" + entry.key()
                        + "' (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
        return new Fields(map, values, problems);
    }

    MapNode map() {
        return map;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    /** The value of a field, or null when it is absent. */
    LocatedNode get(String key) {
        Entry entry = map.entries().get(key);
        return entry == null ? null : entry.value();
    }

    Location keyLocation(String key) {
        return map.entries().get(key).keyLocation();
    }

    /** The value of a required field, or null after reporting that it is missing. */
    LocatedNode require(String key, String expected) {
        LocatedNode value = get(key);
        if (value == null) {
            String path = map.path().isEmpty() ? key : map.path() + "." + key;
            problems.add(map.location(), path, "missing required field '" + key + "' (expected " + expected + ")");
        }
        return value;
    }

    String text(String key, String ifAbsent, String expected) {
        LocatedNode node = ifAbsent == null ? require(key, expected) : get(key);
        if (node == null) {
            return ifAbsent;
        }
        return ifAbsent == null ? values.text(node, expected) : values.freeText(node);
    }

    Boolean bool(String key, boolean ifAbsent) {
        LocatedNode node = get(key);
        return node == null ? Boolean.valueOf(ifAbsent) : values.bool(node);
    }

    /** A number, checked against {@code range}; "KEY VALUE is out of range (expected ...)" otherwise. */
    BigDecimal number(String key, BigDecimal ifAbsent, String expected, Predicate<BigDecimal> range) {
        LocatedNode node = ifAbsent == null ? require(key, expected) : get(key);
        if (node == null) {
            return ifAbsent;
        }
        BigDecimal value = values.number(node, expected);
        return value == null ? null : inRange(key, node, value, expected, range);
    }

    Integer wholeNumber(String key, int ifAbsent, String expected, Predicate<BigDecimal> range) {
        LocatedNode node = get(key);
        if (node == null) {
            return ifAbsent;
        }
        Integer value = values.wholeNumber(node, expected);
        return value == null || inRange(key, node, BigDecimal.valueOf(value), expected, range) == null ? null : value;
    }

    LocalTime time(String key) {
        LocatedNode node = require(key, Values.TIME);
        return node == null ? null : values.time(node);
    }

    LocalDate date(String key) {
        LocatedNode node = require(key, Values.DATE);
        return node == null ? null : values.date(node);
    }

    private BigDecimal inRange(String key, LocatedNode node, BigDecimal value, String expected,
                               Predicate<BigDecimal> range) {
        if (range.test(value)) {
            return value;
        }
        return values.invalid(node, key + " " + ((LocatedNode.ScalarNode) node).text() + " is out of range (expected "
                + expected + ")");
    }
}
