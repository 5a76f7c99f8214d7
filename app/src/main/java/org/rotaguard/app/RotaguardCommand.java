package org.rotaguard.app;

import java.io.PrintWriter;
import org.rotaguard.app.bench.BenchCommand;
import org.rotaguard.app.web.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rotaguard} command line. */
@Command(name = "rotaguard", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The resident doctors' contract in England, made computable: check rotas against its rules,"
                + " work out pay, predict fatigue, design rotas, and serve it all on the web.",
        subcommands = {CheckCommand.class, PayCommand.class, CompareCommand.class, FatigueCommand.class,
                DesignCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class RotaguardCommand implements Runnable {
    /** Exit status: unusable input or arguments. */
    public static final int USAGE = 2;
    /** Exit status: a fault in rotaguard itself. */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (for example: check FILE)");
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new RotaguardCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("rotaguard: internal error: " + e);
            if (System.getenv("ROTAGUARD_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            err.println("rotaguard: " + e.getMessage());
            err.println("Try 'rotaguard " + commandPath(e.getCommandLine()) + "--help' for more information.");
            return USAGE;
        });
        return cli.execute(args);
    }

    private static String commandPath(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return name.equals("rotaguard") ? "" : name + " ";
    }
}
