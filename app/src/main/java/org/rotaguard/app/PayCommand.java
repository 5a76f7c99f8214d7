package org.rotaguard.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rotaguard.core.pay.PayException;
import org.rotaguard.core.pay.RotaPay;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileException;
import org.rotaguard.io.RotaFileReader;
import org.rotaguard.io.pay.PayData;
import org.rotaguard.io.pay.PayDataException;
import org.rotaguard.io.report.PayJson;
import org.rotaguard.io.report.PayText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rotaguard pay FILE}: every doctor's yearly pay, element by element, with the working. */
@Command(name = "pay", mixinStandardHelpOptions = true,
        description = {"Works out every doctor's yearly pay from the rota, element by element, showing the working.",
                "Exit status: 0 success, 2 unusable input or arguments."})
final class PayCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "rota file (.yaml, .yml or .json)")
    Path file;

    @Option(names = "--contract", paramLabel = "ID",
            description = "tcs2016-2019, tcs2016 or new-deal-2002; overrides the file's contract (default: tcs2016-2019)")
    String contract;

    @Option(names = "--pay-year", paramLabel = "YYYY/YY",
            description = "pay year, 2016/17 to 2026/27 (default: the latest known; for new-deal-2002 the latest complete 2002 scale, 2023/24)")
    String payYear;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json")
    CheckCommand.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Rota rota = RotaFileReader.read(file);
            String id = contract != null ? contract : rota.contract().orElse(ContractChoice.DEFAULT);
            Pricing pricing = Pricing.of(id, payYear);
            RotaPay pay = pricing.price(rota);
            spec.commandLine().getOut().print(format == CheckCommand.Format.json ? PayJson.write(pay) + "\n"
                    : PayText.write(pay, pricing.contractName(), pricing.scaleSource()));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (RotaFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return RotaguardCommand.USAGE;
        } catch (UsageError | PayException | PayDataException e) {
            spec.commandLine().getErr().println("rotaguard: " + e.getMessage());
            return RotaguardCommand.USAGE;
        }
    }

    static String defaultPayYear() {
        return PayData.latestYear();
    }
}
