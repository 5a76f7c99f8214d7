package org.rotaguard.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, so that a reader can report them all at once. */
final class Problems {
    private final String file;
    private final List<FileProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Location at, String path, String message) {
        addAtCell(at, path, -1, message);
    }

    void addAtCell(Location at, String path, int cell, String message) {
        found.add(new FileProblem(file, at.line(), at.column(), path, cell, message));
    }

    /** A problem with the file as a whole, such as its size. */
    void addForFile(String message) {
        add(Location.NONE, "", message);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem, in the order they appear in the file. */
    RotaFileException exception() {
        List<FileProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column));
        return new RotaFileException(sorted);
    }
}
