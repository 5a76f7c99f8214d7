package org.rotaguard.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rotaguard.io.LocatedNode.ScalarNode;

/**
 * Reads one value of a rota file as the type the format asks for. Each method reports a
 * located problem and returns null when the value does not fit. Values are read from the
 * text as written, so YAML's own guesses (09:00 as a number, yes as true) do not matter.
 */
final class Values {
    static final String TIME = "a clock time HH:MM, e.g. 09:00";
    static final String DATE = "an ISO date YYYY-MM-DD, e.g. 2026-08-05";
    private static final Pattern HH_MM = Pattern.compile("(\\d{2}):(\\d{2})");
    private static final Pattern H_MM = Pattern.compile("\\d:\\d{2}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    /** The text of any single value (numbers and true/false as written); not a list, map or nothing. */
    String text(LocatedNode node, String expected) {
        if (node instanceof ScalarNode scalar && scalar.kind() != ScalarNode.Kind.NULL) {
            return scalar.text();
        }
        return wrongType(node, expected);
    }

    /** Free text: like {@link #text}, but an empty value is the empty string. */
    String freeText(LocatedNode node) {
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NULL) {
            return "";
        }
        return text(node, "free text");
    }

    Boolean bool(LocatedNode node) {
        // YAML 1.1 would also take yes/no/on/off; the format says true or false, so only those.
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.BOOLEAN) {
            if (scalar.text().equalsIgnoreCase("true")) {
                return true;
            }
            if (scalar.text().equalsIgnoreCase("false")) {
                return false;
            }
        }
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.TEXT
                && (scalar.text().equals("true") || scalar.text().equals("false"))) {
            return quoted(node, "true or false");
        }
        return wrongType(node, "true or false");
    }

    BigDecimal number(LocatedNode node, String expected) {
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NUMBER) {
            // Every number of the format is held as a double; going through one also keeps 1e-999999999
            // and the like from turning into arithmetic on a billion digits.
            double value = scalar.number() == null ? Double.NaN : scalar.number().doubleValue();
            if (!Double.isFinite(value)) {
                return invalid(node, "'" + scalar.text() + "' is not a usable number (expected " + expected + ")");
            }
            return BigDecimal.valueOf(value);
        }
        if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.TEXT && isNumber(scalar.text())) {
            return quoted(node, expected);
        }
        return wrongType(node, expected);
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** JSON and YAML read a quoted value as text; say so, since the value itself looks right. */
    private <T> T quoted(LocatedNode node, String expected) {
        return invalid(node, "found " + node.describe() + " in quotes (expected " + expected + ", without quotes)");
    }

    Integer wholeNumber(LocatedNode node, String expected) {
        BigDecimal value = number(node, expected);
        if (value == null) {
            return null;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            problems.add(node.location(), node.path(), "'" + ((ScalarNode) node).text()
                    + "' is not a whole number (expected " + expected + ")");
            return null;
        }
        if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.add(node.location(), node.path(), ((ScalarNode) node).text() + " is far out of range (expected "
                    + expected + ")");
            return null;
        }
        return value.intValue();
    }

    LocalTime time(LocatedNode node) {
        String text = text(node, TIME);
        if (text == null) {
            return null;
        }
        Matcher m = HH_MM.matcher(text);
        if (!m.matches()) {
            String expected = H_MM.matcher(text).matches() ? "HH:MM with a two-digit hour, e.g. 0" + text : TIME;
            return invalid(node, "'" + text + "' is not a clock time (expected " + expected + ")");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            String hint = text.equals("24:00") ? "; write midnight as 00:00" : "";
            return invalid(node, "'" + text + "' is not a clock time (expected HH:MM from 00:00 to 23:59" + hint + ")");
        }
        return LocalTime.of(hour, minute);
    }

    LocalDate date(LocatedNode node) {
        String text = text(node, DATE);
        if (text == null) {
            return null;
        }
        if (!ISO_DATE.matcher(text).matches()) {
            return invalid(node, "'" + text + "' is not a date (expected " + DATE + ")");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return invalid(node, "'" + text + "' is not a real date (expected " + DATE + ")");
        }
    }

    /** Reports that the node is not what was expected; always returns null. */
    <T> T wrongType(LocatedNode node, String expected) {
        return invalid(node, "found " + node.describe() + " (expected " + expected + ")");
    }

    <T> T invalid(LocatedNode node, String message) {
        problems.add(node.location(), node.path(), message);
        return null;
    }
}
