package org.rotaguard.core.rota;

import java.util.List;
import java.util.stream.Collectors;

/** The rota does not hold together; every problem found is listed. */
public class InvalidRotaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<RotaProblem> problems;

    public InvalidRotaException(List<RotaProblem> problems) {
        super(problems.stream().map(RotaProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RotaProblem> problems() {
        return problems;
    }
}
