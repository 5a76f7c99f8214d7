package org.rotaguard.io.table;

import java.util.List;

/** A workbook or CSV file that cannot be used; one problem per line, each naming its sheet and cell. */
public final class TableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public TableException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a table exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
