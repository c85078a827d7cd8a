package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.GFormat;
import io.latentlab.nd4j.Nd4jRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code latentlab bench}: measures speed and quality with the peers' definitions, so the
 * figures compare side by side with the PyTorch peer benchmarks. Prints one {@code name value unit}
 * line per figure (values as {@code %.6g}, as the peers print them), then human lines starting
 * with {@code # }. A slow figure is reported, never a failure.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks and print one 'name value unit' line per figure.")
final class BenchCommand implements Callable<Integer> {

    static final List<String> NAMES = List.of(Gan2dBenchmark.NAME);

    @Spec
    CommandSpec spec;

    @Option(names = "--only", paramLabel = "NAME", description = "Run only this benchmark: gan2d.")
    String only;

    @Option(names = "--quick", description = "A shorter run, for smoke tests; the figures are rougher.")
    boolean quick;

    @Override
    public Integer call() {
        if (only != null && !NAMES.contains(only)) {
            throw new BadInputException("unknown benchmark '" + only + "': choose one of " + String.join(", ", NAMES));
        }
        Nd4jRuntime.init();
        PrintWriter out = spec.commandLine().getOut();
        Gan2dBenchmark.Schedule schedule = quick ? Gan2dBenchmark.Schedule.QUICK : Gan2dBenchmark.Schedule.FULL;
        Gan2dBenchmark.Result result = Gan2dBenchmark.run(schedule, (name, value, unit) -> {
            String text = value == Math.rint(value) && Math.abs(value) < 1e15 && unit.matches("iters|modes")
                    ? Long.toString((long) value) : GFormat.g(value, 6);
            out.println(name + " " + text + " " + unit);
            out.flush();
        });
        out.println("# " + Gan2dBenchmark.summary(result, schedule) + (quick ? " (--quick schedule)" : ""));
        out.println("# ND4J: " + Nd4jRuntime.describe());
        out.println("# java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, latentlab " + io.latentlab.model.AppVersion.VERSION);
        out.flush();
        return FailureReport.OK;
    }
}
