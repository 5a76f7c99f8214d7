package org.rotaguard.core.rota;

import java.util.List;

/**
 * One day of a rota line: no duty ({@code -}) or one or more shift codes joined by {@code +}.
 * Every duty of a cell starts on the cell's day, at its type's start time.
 */
public record Cell(List<String> codes) {
    public static final Cell OFF = new Cell(List.of());

    public Cell {
        codes = List.copyOf(codes);
    }

    public static Cell of(String... codes) {
        return codes.length == 0 ? OFF : new Cell(List.of(codes));
    }

    /** Parses a cell as written in a rota file. */
    public static Cell parse(String text) {
        if (text.equals("-")) {
            return OFF;
        }
        return new Cell(List.of(text.split("\\+", -1)));
    }

    public boolean isOff() {
        return codes.isEmpty();
    }

    @Override
    public String toString() {
        return codes.isEmpty() ? "-" : String.join("+", codes);
    }
}
