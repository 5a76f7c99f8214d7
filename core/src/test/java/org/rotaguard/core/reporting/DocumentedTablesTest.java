package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/exception-reporting.md prints both transition tables exactly as the code has them. */
class DocumentedTablesTest {

    static String row(Transition t) {
        return "| " + t.from() + " | " + t.command() + " | " + t.roles().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", ")) + " | " + (t.reasonRequired() ? "yes" : "") + " | "
                + t.events().stream().map(Enum::name).collect(Collectors.joining(", ")) + " | "
                + t.to().stream().map(Enum::name).collect(Collectors.joining(", ")) + " | " + t.note() + " |";
    }

    static List<String> rows(ProcessVersion v) {
        List<String> out = new ArrayList<>();
        for (Transition t : Workflow.forVersion(v).transitions()) {
            if (t.command() != CommandType.WITHDRAW && t.command() != CommandType.REQUEST_WORK_SCHEDULE_REVIEW) {
                out.add(row(t));
            }
        }
        return out;
    }

    @Test
    void theDocumentHasEveryRowOfBothTables() throws IOException {
        Path doc = Path.of("..", "docs", "exception-reporting.md");
        String text = Files.readString(doc);
        for (ProcessVersion v : ProcessVersion.values()) {
            for (String row : rows(v)) {
                assertThat(text).as("row of " + v + " in " + doc).contains(row);
            }
        }
    }

    @Test
    void withdrawalAndReviewRequestsCoverTheStatesTheDocumentSays() {
        for (ProcessVersion v : ProcessVersion.values()) {
            List<Transition> all = Workflow.forVersion(v).transitions();
            for (ReportState s : States.reachable(v)) {
                assertThat(all.stream().anyMatch(t -> t.from() == s && t.command() == CommandType.WITHDRAW))
                        .as(v + " withdraw from " + s).isEqualTo(s.open());
                assertThat(all).filteredOn(t -> t.from() == s && t.command() == CommandType.REQUEST_WORK_SCHEDULE_REVIEW)
                        .singleElement().satisfies(t -> assertThat(t.to()).containsExactly(s));
            }
        }
    }

    public static void main(String[] args) {
        for (ProcessVersion v : ProcessVersion.values()) {
            System.out.println(v);
            rows(v).forEach(System.out::println);
        }
    }
}
