package org.rotaguard.core.rota;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A dated roster: each doctor's own days from the rota's start. It does not wrap. */
public record Assignments(Map<String, List<Cell>> days) implements Schedule {
    public Assignments {
        Map<String, List<Cell>> copy = new LinkedHashMap<>();
        days.forEach((id, cells) -> copy.put(id, List.copyOf(cells)));
        days = java.util.Collections.unmodifiableMap(copy);
    }

    public List<Cell> daysOf(String doctorId) {
        List<Cell> cells = days.get(doctorId);
        if (cells == null) {
            throw new IllegalArgumentException("no assignments for doctor " + doctorId);
        }
        return cells;
    }
}
