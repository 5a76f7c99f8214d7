package org.rotaguard.core.rota;

/**
 * One thing wrong with a rota, located by the path of the field as it stands in a rota file.
 *
 * @param path    field path such as {@code doctors[3].line} or {@code template[1]}
 * @param cell    0-based cell within the day string at {@code path}, or -1 when not about a cell
 * @param message what is wrong and what was expected
 */
public record RotaProblem(String path, int cell, String message) {
    public static RotaProblem at(String path, String message) {
        return new RotaProblem(path, -1, message);
    }

    public static RotaProblem atCell(String path, int cell, String message) {
        return new RotaProblem(path, cell, message);
    }

    @Override
    public String toString() {
        return path + (cell >= 0 ? " cell " + (cell + 1) : "") + ": " + message;
    }
}
