package org.rotaguard.core.rota;

import java.util.List;

/**
 * A cyclic rota: W template weeks of seven cells. A doctor on line k works template week
 * (k − 1 + w) mod W in week w of the rota, and the cycle repeats.
 */
public record Template(List<List<Cell>> weeks) implements Schedule {
    public Template {
        weeks = weeks.stream().map(List::copyOf).toList();
        if (weeks.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one week");
        }
        for (List<Cell> week : weeks) {
            if (week.size() != 7) {
                throw new IllegalArgumentException("a template week has 7 cells, not " + week.size());
            }
        }
    }

    public int weekCount() {
        return weeks.size();
    }

    public int cycleDays() {
        return 7 * weeks.size();
    }

    /** The cell worked on day {@code dayOfRota} (may be negative or past the cycle) by a doctor on {@code line}. */
    public Cell cell(int line, int dayOfRota) {
        int week = Math.floorDiv(dayOfRota, 7);
        int templateWeek = Math.floorMod(line - 1 + week, weeks.size());
        return weeks.get(templateWeek).get(Math.floorMod(dayOfRota, 7));
    }
}
