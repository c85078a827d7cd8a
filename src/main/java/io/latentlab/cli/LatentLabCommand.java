package io.latentlab.cli;

import io.latentlab.model.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code latentlab}, the top-level command: holds the subcommands, the help and version options,
 * and the error handling that turns every failure into an exit status and one line on stderr.
 */
@Command(name = "latentlab", mixinStandardHelpOptions = true, versionProvider = LatentLabCommand.Version.class,
        description = "Train and explore generative models from the command line.",
        subcommands = {TrainCommand.class, SampleCommand.class, InterpolateCommand.class, DensityCommand.class, InfoCommand.class, BenchCommand.class},
        footer = {"", "Exit status: 0 success, 2 bad usage or input, 1 internal failure."})
public final class LatentLabCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }

    /** Runs a command line with the given streams and returns its exit status; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        FailureReport report = new FailureReport();
        CommandLine cli = new CommandLine(new LatentLabCommand())
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(report)
                .setExecutionExceptionHandler(report);
        try {
            return cli.execute(args);
        } catch (Throwable t) {
            return report.internal(t, cli, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Without a subcommand there is nothing to do: that is a usage error. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: choose one of " + String.join(", ", spec.subcommands().keySet()));
    }

    /** {@code latentlab 0.1.0}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"latentlab " + AppVersion.VERSION};
        }
    }
}
