package org.rotaguard.io;

import java.util.List;
import java.util.stream.Collectors;

/** A rota file cannot be used; lists every problem found, one per line of the message. */
public class RotaFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<FileProblem> problems;

    public RotaFileException(List<FileProblem> problems) {
        // No stack trace: the problems are in the input, and the message says all there is to say.
        super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rota file exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
