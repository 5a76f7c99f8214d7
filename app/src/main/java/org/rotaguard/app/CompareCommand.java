package org.rotaguard.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.pay.PayException;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileException;
import org.rotaguard.io.RotaFileReader;
import org.rotaguard.io.pay.PayData;
import org.rotaguard.io.pay.PayDataException;
import org.rotaguard.io.report.CompareJson;
import org.rotaguard.io.report.CompareText;
import org.rotaguard.io.report.Comparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rotaguard compare FILE --contracts A,B,C}: the same rota through several contracts, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Puts the same rota through several contracts and shows, per doctor, compliance and each pay"
                + " element side by side.", "Exit status: 0 success, 2 unusable input or arguments."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "rota file (.yaml, .yml or .json)")
    Path file;

    @Option(names = "--contracts", paramLabel = "ID", split = ",", required = true,
            description = "contracts to compare, the first being the baseline: tcs2016-2019, tcs2016, new-deal-2002,"
                    + " wtr-1998 (compliance only)")
    List<String> contracts;

    @Option(names = "--pay-year", paramLabel = "YYYY/YY",
            description = "pay year for every contract compared (default: the latest known, or 2023/24, the latest"
                    + " complete 2002 scale, when new-deal-2002 is compared, so that all columns are the same year)")
    String payYear;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json")
    CheckCommand.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (String id : contracts) {
                if (!ids.add(id.trim())) {
                    throw new UsageError("contract '" + id.trim() + "' is listed twice in --contracts");
                }
            }
            Rota rota = RotaFileReader.read(file);
            String year = payYear != null ? payYear
                    : ids.contains(Pricing.NEW_DEAL) ? PayData.DEFAULT_YEAR_2002 : PayData.latestYear();
            List<Comparison.Entry> entries = new ArrayList<>();
            for (String id : ids) {
                ContractPack pack = ContractChoice.choose(id, rota);
                boolean priceable = PayData.CONTRACTS.contains(id) || Pricing.NEW_DEAL.equals(id);
                Pricing pricing = priceable ? Pricing.of(id, year) : null;
                entries.add(new Comparison.Entry(id, new RotaChecker(pack).check(rota),
                        pricing == null ? null : pricing.price(rota)));
            }
            Comparison comparison = new Comparison(entries);
            spec.commandLine().getOut().print(format == CheckCommand.Format.json ? CompareJson.write(comparison) + "\n"
                    : CompareText.write(comparison));
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

}
