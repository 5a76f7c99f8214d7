package org.rotaguard.io;

import org.rotaguard.core.rota.RotaProblem;
import org.rotaguard.io.LocatedNode.Entry;
import org.rotaguard.io.LocatedNode.ListNode;
import org.rotaguard.io.LocatedNode.MapNode;
import org.rotaguard.io.LocatedNode.ScalarNode;

/**
 * Places core's problems, which name a field path such as {@code doctors[3].line} and maybe a
 * cell, at the line and column where the file writes that field or cell.
 */
final class CoreProblemLocator {
    private final LocatedNode root;
    private final DayStrings days;

    CoreProblemLocator(LocatedNode root, DayStrings days) {
        this.root = root;
        this.days = days;
    }

    Location locate(RotaProblem problem) {
        LocatedNode node = deepest(problem.path());
        if (problem.cell() >= 0 && node instanceof ScalarNode scalar && scalar.path().equals(problem.path())) {
            return days.cellLocation(scalar, problem.cell());
        }
        return node.location();
    }

    /**
     * The node at {@code path}, or its deepest ancestor present in the file (a missing field is
     * reported where its map is). Keys may hold dots, so at a map the longest matching key wins.
     */
    LocatedNode deepest(String path) {
        LocatedNode node = root;
        String rest = path;
        while (!rest.isEmpty()) {
            LocatedNode next = null;
            if (node instanceof ListNode list && rest.startsWith("[")) {
                int close = rest.indexOf(']');
                int index = close < 0 ? -1 : parseIndex(rest.substring(1, close));
                if (index >= 0 && index < list.items().size()) {
                    next = list.items().get(index);
                    rest = rest.substring(close + 1);
                }
            } else if (node instanceof MapNode map) {
                Entry best = null;
                for (Entry entry : map.entries().values()) {
                    String key = entry.key();
                    boolean matches = rest.equals(key) || rest.startsWith(key + ".") || rest.startsWith(key + "[");
                    if (matches && (best == null || key.length() > best.key().length())) {
                        best = entry;
                    }
                }
                if (best != null) {
                    next = best.value();
                    rest = rest.substring(best.key().length());
                }
            }
            if (next == null) {
                return node;
            }
            node = next;
            if (rest.startsWith(".")) {
                rest = rest.substring(1);
            }
        }
        return node;
    }

    private static int parseIndex(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
