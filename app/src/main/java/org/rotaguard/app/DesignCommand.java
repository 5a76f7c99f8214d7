package org.rotaguard.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ServiceDescription;
import org.rotaguard.io.RotaFileException;
import org.rotaguard.io.RotaFileFormat;
import org.rotaguard.io.RotaFileWriter;
import org.rotaguard.io.ServiceFileReader;
import org.rotaguard.solver.Design;
import org.rotaguard.solver.DesignOptions;
import org.rotaguard.solver.Designer;
import org.rotaguard.solver.StaffingSearch;
import org.rotaguard.solver.UnsupportedRuleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rotaguard design SERVICE}: a compliant rota for a service, or the proof that none exists. */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = {"Designs a rota for a service description that meets every rule of the contract, "
                + "or finds the fewest doctors who can staff it (--min-doctors).",
                "Without --out the designed rota file is written to standard output, with the summary as comments.",
                "Progress goes to standard error.",
                "Exit status: 0 every duty covered; 1 duties left as locum gaps, or no rota found; "
                        + "2 unusable input or arguments."})
final class DesignCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SERVICE", description = "service description (.yaml, .yml or .json)")
    Path file;

    @Option(names = "--mode", paramLabel = "MODE", description = "template (a cyclic rota, one line per doctor) or"
            + " roster (named doctors on real dates); default: the file's mode")
    String mode;

    @Option(names = "--time-limit", paramLabel = "S", defaultValue = "60",
            description = "seconds to search (default 60; with --min-doctors, per headcount tried)")
    double timeLimit;

    @Option(names = "--min-doctors", description = "find the fewest full-time doctors who can staff the service on a"
            + " cyclic template, with the proof that one fewer cannot and why")
    boolean minDoctors;

    @Option(names = "--out", paramLabel = "FILE", description = "write the designed rota file here (.yaml or .json)")
    Path out;

    @Option(names = "--contract", paramLabel = "ID", description = "contract id or pack file; overrides the file's")
    String contract;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (!(timeLimit > 0) || timeLimit > 86_400) {
                throw new UsageError("--time-limit must be more than 0 and at most 86400 seconds, not " + timeLimit);
            }
            RotaFileFormat outFormat = out == null ? RotaFileFormat.YAML : RotaFileFormat.ofFileName(out.toString())
                    .orElseThrow(() -> new UsageError("--out must name a .yaml, .yml or .json file"));
            ServiceDescription service = ServiceFileReader.read(file);
            DesignMode chosen = mode == null ? service.mode() : DesignMode.fromId(mode)
                    .orElseThrow(() -> new UsageError("--mode must be template or roster, not '" + mode + "'"));
            ContractPack pack = ContractChoice.choose(contract, service.contractId());
            ProgressLine progress = new ProgressLine(err, System.console() != null);
            if (minDoctors) {
                StaffingSearch.Result result = new StaffingSearch(pack).minimumDoctors(service, timeLimit,
                        progress::staffing);
                progress.done();
                stdout.print(DesignSummary.staffing(service, pack, result));
                stdout.flush();
                return result.minimum() > 0 ? 0 : 1;
            }
            Design design = new Designer(pack).design(service, new DesignOptions(chosen, timeLimit, true, 0),
                    progress::design);
            progress.done();
            String summary = DesignSummary.design(service, pack, chosen, design);
            if (!design.locumGaps().isEmpty()) {
                // Prove that the gaps are the service's, not the search's: cover in full cannot meet the rules.
                err.println("proving why the doctors cannot cover every duty...");
                StaffingSearch.Explanation why = new StaffingSearch(pack).explain(service, chosen,
                        Math.max(10, timeLimit / 2));
                summary += DesignSummary.gapsExplained(service, why);
            }
            if (design.rota() == null) {
                stdout.print(summary);
                stdout.flush();
                return 1;
            }
            String rotaText = RotaFileWriter.write(design.rota(), outFormat);
            if (out != null) {
                RotaFileWriter.write(design.rota(), out);
                stdout.print(summary);
                stdout.println("Rota written to " + out + " (check it with: ./rotaguard check " + out + ")");
            } else {
                stdout.print(summary.lines().map(l -> l.isEmpty() ? "#" : "# " + l)
                        .reduce("", (a, b) -> a + b + "\n"));
                stdout.print(rotaText);
            }
            stdout.flush();
            return design.locumGaps().isEmpty() ? 0 : 1;
        } catch (RotaFileException e) {
            err.println(e.getMessage());
            return RotaguardCommand.USAGE;
        } catch (UsageError e) {
            err.println("rotaguard: " + e.getMessage());
            return RotaguardCommand.USAGE;
        } catch (UnsupportedRuleException | IllegalArgumentException e) {
            err.println("rotaguard: " + e.getMessage());
            return RotaguardCommand.USAGE;
        } catch (IOException e) {
            err.println("rotaguard: cannot write " + out + ": " + e.getMessage());
            return RotaguardCommand.USAGE;
        }
    }

    /** One line on standard error, redrawn in place on a terminal: best score, bound, gap, elapsed. */
    static final class ProgressLine {
        private final PrintWriter err;
        private final boolean terminal;
        private long lastPrinted;
        private boolean drawn;

        ProgressLine(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        synchronized void design(org.rotaguard.solver.Progress p) {
            String text = Double.isNaN(p.objective())
                    ? String.format(Locale.UK, "searching: no rota yet, bound %.0f, %.1fs", p.bound(), p.seconds())
                    : String.format(Locale.UK, "%s rotas found %d, best score %.0f, bound %.0f, gap %.2f%%, %.1fs",
                    bar(p.gap()), p.solutions(), p.objective(), p.bound(), 100 * p.gap(), p.seconds());
            show(text, false);
        }

        /** How much of the gap between the first score and the bound is closed: [########------------]. */
        static String bar(double gap) {
            int filled = (int) Math.round(20 * (1 - Math.min(1, Math.max(0, gap))));
            return "[" + "#".repeat(filled) + "-".repeat(20 - filled) + "]";
        }

        synchronized void staffing(org.rotaguard.solver.Progress p) {
            show(String.format(Locale.UK, "tried %d doctors, %.1fs", (int) p.objective(), p.seconds()), true);
        }

        private void show(String text, boolean always) {
            long now = System.nanoTime();
            if (terminal) {
                err.print("\r\033[K" + text);
                drawn = true;
                err.flush();
            } else if (always || now - lastPrinted > 2_000_000_000L) {
                err.println(text);
                err.flush();
                lastPrinted = now;
            }
        }

        synchronized void done() {
            if (drawn) {
                err.println();
                err.flush();
            }
        }
    }
}
