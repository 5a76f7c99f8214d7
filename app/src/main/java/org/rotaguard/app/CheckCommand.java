package org.rotaguard.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileException;
import org.rotaguard.io.RotaFileReader;
import org.rotaguard.io.report.CheckText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rotaguard check FILE}: every doctor of the rota against the contract's working-hours rules. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks every doctor of a rota against the contract's working-hours rules.",
                "Exit status: 0 all compliant, 1 at least one violation, 2 unusable input or arguments."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "rota file (.yaml, .yml or .json)")
    Path file;

    @Option(names = "--contract", paramLabel = "ID",
            description = "contract id (tcs2016-2019, tcs2016, new-deal-2002, wtr-1998) or a contract pack file; "
                    + "overrides the file's contract (default: tcs2016-2019)")
    String contract;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        try {
            Rota rota = RotaFileReader.read(file);
            ContractPack pack = ContractChoice.choose(contract, rota);
            RotaCheck result = new RotaChecker(pack).check(rota);
            spec.commandLine().getOut().print(format == Format.json
                    ? CheckReports.json(result) + "\n"
                    : CheckText.write(result));
            spec.commandLine().getOut().flush();
            return result.compliant() ? 0 : 1;
        } catch (RotaFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return RotaguardCommand.USAGE;
        } catch (UsageError e) {
            spec.commandLine().getErr().println("rotaguard: " + e.getMessage());
            return RotaguardCommand.USAGE;
        }
    }
}
