package org.rotaguard.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Schedule;
import org.rotaguard.core.rota.Template;
import org.rotaguard.io.LocatedNode.Entry;
import org.rotaguard.io.LocatedNode.ListNode;
import org.rotaguard.io.LocatedNode.MapNode;
import org.rotaguard.io.LocatedNode.ScalarNode;

/** Reads a rota file's days: a cyclic {@code template} or dated {@code assignments}, exactly one of them. */
final class ScheduleReader {
    private final Values values;
    private final Problems problems;
    private final DayStrings days;

    ScheduleReader(Values values, Problems problems, DayStrings days) {
        this.values = values;
        this.problems = problems;
        this.days = days;
    }

    Schedule schedule(Fields top, Set<String> codes) {
        boolean template = top.has("template");
        boolean assignments = top.has("assignments");
        if (template && assignments) {
            Location second = later(top.keyLocation("template"), top.keyLocation("assignments"));
            problems.add(second, "", "both template and assignments are given (expected exactly one: template for a"
                    + " cyclic rota, assignments for each doctor's own days)");
            return null;
        }
        if (!template && !assignments) {
            problems.add(top.map().location(), "", "missing template or assignments (expected exactly one: template"
                    + " for a cyclic rota, assignments for each doctor's own days)");
            return null;
        }
        return template ? template(top.get("template"), codes) : assignments(top.get("assignments"), codes);
    }

    private static Location later(Location a, Location b) {
        return a.line() > b.line() || (a.line() == b.line() && a.column() > b.column()) ? a : b;
    }

    private Template template(LocatedNode node, Set<String> codes) {
        if (!(node instanceof ListNode list)) {
            return values.wrongType(node, "a list of week strings, one per template line");
        }
        if (list.items().isEmpty()) {
            return values.invalid(node, "the template has no weeks (expected at least one week string)");
        }
        if (list.items().size() > Limits.MAX_TEMPLATE_WEEKS) {
            return values.invalid(node, "the template has " + list.items().size() + " weeks (expected at most "
                    + Limits.MAX_TEMPLATE_WEEKS + ", ten years)");
        }
        List<List<Cell>> weeks = new ArrayList<>();
        for (int w = 0; w < list.items().size(); w++) {
            LocatedNode item = list.items().get(w);
            List<Cell> cells = dayString(item, "a week string of 7 cells, e.g. \"D  D  N  N  -  -  -\"", codes);
            if (cells != null && cells.size() != 7) {
                values.invalid(item, "template line " + (w + 1) + " has " + cells.size() + (cells.size() == 1 ? " cell"
                        : " cells") + " (expected 7, one per day)");
            }
            weeks.add(cells);
        }
        return problems.isEmpty() ? new Template(weeks) : null;
    }

    private Assignments assignments(LocatedNode node, Set<String> codes) {
        if (!(node instanceof MapNode map)) {
            return values.wrongType(node, "a map from doctor id to that doctor's day string");
        }
        Map<String, List<Cell>> byDoctor = new LinkedHashMap<>();
        for (Entry entry : map.entries().values()) {
            byDoctor.put(entry.key(), dayString(entry.value(), "a day string, e.g. \"D  D  N  N  -  -\"", codes));
        }
        return problems.isEmpty() ? new Assignments(byDoctor) : null;
    }

    private List<Cell> dayString(LocatedNode node, String expected, Set<String> codes) {
        if (node instanceof ListNode) {
            // YAML reads an unquoted "- - D" as a list.
            return values.invalid(node, "found a list (expected " + expected
                    + "; quote a day string that starts with '-')");
        }
        if (values.text(node, expected) == null) {
            return null;
        }
        return days.parse((ScalarNode) node, codes);
    }
}
