package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.GFormat;
import io.latentlab.nd4j.Nd4jRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code latentlab bench}: measures speed and quality with the peers' definitions, so the
 * figures compare side by side with the PyTorch peer benchmarks. Prints one {@code name value unit}
 * line per figure (values as {@code %.6g}, as the peers print them), then human lines starting
 * with {@code # }. A slow figure is reported, never a failure.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the benchmarks and print one 'name value unit' line per figure.")
final class BenchCommand implements Callable<Integer> {

    static final List<String> NAMES = List.of(Gan2dBenchmark.NAME, DensityBenchmark.GROUP,
            DensityBenchmark.KDE2D, DensityBenchmark.KDE1D, DensityBenchmark.GMM, VaeBenchmark.NAME, DcganBenchmark.NAME,
            ExploreBenchmark.NAME, SoakBenchmark.NAME);

    @Spec
    CommandSpec spec;

    @Option(names = "--only", paramLabel = "NAME", description = "Run only this benchmark: gan2d, density (all three below), kde2d, kde1d, gmm, vae, dcgan, explore, or soak (a long run watching memory; never in the default run).")
    String only;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder with MNIST's train-images-idx3-ubyte.gz for the vae and dcgan benchmarks; without it, synthetic images of the same size.")
    java.nio.file.Path dataDir;

    @Option(names = "--quick", description = "A shorter run, for smoke tests; the figures are rougher.")
    boolean quick;

    @Option(names = "--soak-minutes", paramLabel = "M", description = "How long the soak trains (default 30; --quick: 20 s).")
    Double soakMinutes;

    @Option(names = "--soak-csv", paramLabel = "FILE", description = "Write the soak's memory readings over time to FILE (CSV).")
    java.nio.file.Path soakCsv;

    @Override
    public Integer call() {
        if (only != null && !NAMES.contains(only)) {
            throw new BadInputException("unknown benchmark '" + only + "': choose one of " + String.join(", ", NAMES));
        }
        Nd4jRuntime.init();
        PrintWriter out = spec.commandLine().getOut();
        Gan2dBenchmark.Figures figures = (name, value, unit) -> {
            String text = value == Math.rint(value) && Math.abs(value) < 1e15 && unit.matches("iters|modes|steps")
                    ? Long.toString((long) value) : GFormat.g(value, 6);
            out.println(name + " " + text + " " + unit);
            out.flush();
        };
        List<String> notes = new ArrayList<>();
        String suffix = quick ? " (--quick schedule)" : "";
        if (only == null || only.equals(Gan2dBenchmark.NAME)) {
            Gan2dBenchmark.Schedule schedule = quick ? Gan2dBenchmark.Schedule.QUICK : Gan2dBenchmark.Schedule.FULL;
            notes.add(Gan2dBenchmark.summary(Gan2dBenchmark.run(schedule, figures), schedule) + suffix);
        }
        Predicate<String> density = name -> only == null || only.equals(DensityBenchmark.GROUP) || only.equals(name);
        if (Stream.of(DensityBenchmark.KDE2D, DensityBenchmark.KDE1D, DensityBenchmark.GMM).anyMatch(density)) {
            DensityBenchmark.Schedule schedule = quick ? DensityBenchmark.Schedule.QUICK : DensityBenchmark.Schedule.FULL;
            DensityBenchmark.Result result = DensityBenchmark.run(schedule, density, figures);
            DensityBenchmark.summary(result, schedule, DensityBenchmark.PeerFigures.MEASURED_2026_11_20)
                    .forEach(line -> notes.add(line + suffix));
        }
        if (only == null || only.equals(VaeBenchmark.NAME)) {
            VaeBenchmark.Schedule schedule = quick ? VaeBenchmark.Schedule.QUICK : VaeBenchmark.Schedule.FULL;
            notes.add(VaeBenchmark.summary(VaeBenchmark.run(schedule, dataDir, figures),
                    VaeBenchmark.PeerFigures.UNMEASURED) + suffix);
        }
        if (only == null || only.equals(DcganBenchmark.NAME)) {
            DcganBenchmark.Schedule schedule = quick ? DcganBenchmark.Schedule.QUICK : DcganBenchmark.Schedule.FULL;
            notes.add(DcganBenchmark.summary(DcganBenchmark.run(schedule, dataDir, only != null, figures)) + suffix);
        }
        if (only == null || only.equals(ExploreBenchmark.NAME)) {
            ExploreBenchmark.Schedule schedule = quick ? ExploreBenchmark.Schedule.QUICK : ExploreBenchmark.Schedule.FULL;
            notes.add(ExploreBenchmark.summary(ExploreBenchmark.run(schedule, figures)) + suffix);
        }
        if (SoakBenchmark.NAME.equals(only)) {
            notes.add(SoakBenchmark.summary(SoakBenchmark.run(SoakBenchmark.Schedule.of(soakMinutes, quick), soakCsv, figures,
                    row -> {
                        out.println("# " + row);
                        out.flush();
                    })));
        }
        notes.forEach(line -> out.println("# " + line));
        out.println("# ND4J: " + Nd4jRuntime.describe());
        out.println("# lean-path sgemm: " + io.latentlab.train.SgemmLibrary.describe());
        out.println("# java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, latentlab " + io.latentlab.model.AppVersion.VERSION);
        out.flush();
        return FailureReport.OK;
    }
}
