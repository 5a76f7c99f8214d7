package org.rotaguard.io;

/**
 * One thing wrong with a rota file.
 *
 * @param file    the file's display name
 * @param line    1-based line, or 0 when the problem is about the whole file
 * @param column  1-based column in characters, or 0 when unknown
 * @param path    the field's path such as {@code doctors[3].line}, or empty for the file itself
 * @param cell    0-based cell within the day string at {@code path}, or -1 when not about a cell
 * @param message what is wrong and what was expected
 */
public record FileProblem(String file, int line, int column, String path, int cell, String message) {

    /** {@code FILE:LINE:COLUMN: PATH: cell N: message}, leaving out the parts that do not apply. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        if (cell >= 0) {
            text.append("cell ").append(cell + 1).append(": ");
        }
        return text.append(message).toString();
    }
}
