package org.rotaguard.core.reporting;

import java.util.List;
import java.util.stream.Collectors;

/** A submission that cannot be accepted, with every problem found, each naming its field. */
public final class InvalidSubmission extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** One problem: the submission field (as named in the API, e.g. {@code workedEnd}) and what is wrong. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public InvalidSubmission(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
