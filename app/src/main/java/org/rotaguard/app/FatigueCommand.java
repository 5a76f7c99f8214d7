package org.rotaguard.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rotaguard.core.fatigue.FatigueModel;
import org.rotaguard.core.fatigue.FatigueScorer;
import org.rotaguard.core.fatigue.RotaFatigue;
import org.rotaguard.core.fatigue.SleepEpisodes;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.RotaFileException;
import org.rotaguard.io.RotaFileReader;
import org.rotaguard.io.SleepFileReader;
import org.rotaguard.io.report.FatigueJson;
import org.rotaguard.io.report.FatigueText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rotaguard fatigue FILE}: predicted sleepiness on every duty, by the Three Process Model. */
@Command(name = "fatigue", mixinStandardHelpOptions = true,
        description = {"Predicts sleepiness (Karolinska Sleepiness Scale) on every duty of a rota with the Three "
                + "Process Model of alertness, from sleep inferred from the rota or supplied with --sleep.",
                "Exit status: 0 success, 2 unusable input or arguments."})
final class FatigueCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "rota file (.yaml, .yml or .json)")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json")
    Format format;

    @Option(names = "--sleep", paramLabel = "CSV",
            description = "real sleep times (CSV: doctor,start,end) replacing the inferred sleep where given")
    Path sleep;

    @Option(names = "--no-nap", description = "assume no nap before the first night of a run (a worst-case view)")
    boolean noNap;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        try {
            Rota rota = RotaFileReader.read(file);
            Map<String, SleepEpisodes> supplied = sleep == null ? Map.of() : SleepFileReader.read(sleep, rota);
            FatigueModel model = noNap ? new FatigueModel(FatigueModel.DEFAULT.tpm(),
                    FatigueModel.DEFAULT.sleep().withPreNightNap(Duration.ZERO)) : FatigueModel.DEFAULT;
            RotaFatigue result = new FatigueScorer(model).score(rota, supplied);
            spec.commandLine().getOut().print(format == Format.json ? FatigueJson.write(result) + "\n"
                    : FatigueText.write(result));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (RotaFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return RotaguardCommand.USAGE;
        }
    }
}
