package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.density.Bandwidth;
import io.latentlab.density.CovarianceType;
import io.latentlab.density.EmSettings;
import io.latentlab.density.GaussianMixture;
import io.latentlab.density.Grid;
import io.latentlab.density.Kernel;
import io.latentlab.density.KernelDensity;
import io.latentlab.export.DensityCsv;
import io.latentlab.export.GFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code latentlab density}: a kernel density estimate of a points CSV on a grid, or a Gaussian
 * mixture fitted by EM (its parameters, its scores, and with {@code --grid} its density).
 */
@Command(name = "density", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Estimate the density of 1-D or 2-D points: a kernel density (--kde) or a Gaussian mixture (--gmm).")
final class DensityCommand implements Callable<Integer> {

    /** Points per axis of the grid used when --kde gets no --grid. */
    static final int DEFAULT_GRID_POINTS = 200;
    /** At most this many mixture components. */
    static final int MAX_COMPONENTS = 100;

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "POINTS.csv", description = "Points CSV: a header, then x or x,y per line.")
    Path in;

    @Option(names = "--kde", description = "Kernel density estimate on a grid, written to --out.")
    boolean kde;

    @Option(names = "--kernel", paramLabel = "KERNEL", description = "gaussian (default) or epanechnikov.")
    String kernel;

    @Option(names = "--bandwidth", paramLabel = "scott|silverman|H",
            description = "SciPy's scott (default) or silverman rule, or a kernel width H in data units.")
    String bandwidth;

    @Option(names = "--exact", description = "Sum every kernel at every grid point instead of the fast binned estimate.")
    boolean exact;

    @Option(names = "--gmm", paramLabel = "K|auto", description = "Fit a Gaussian mixture of K components, or auto: k in 1..10 by lowest BIC.")
    String gmm;

    @Option(names = "--covariance", paramLabel = "TYPE", description = "full (default), diag, spherical or tied.")
    String covariance;

    @Option(names = "--grid", paramLabel = "SPEC", description = "x0:x1:nx or x0:x1:nx,y0:y1:ny, ends included.")
    String grid;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv",
            description = "--kde: the grid densities; --gmm: the mixture's parameters.")
    Path out;

    @Option(names = "--grid-out", paramLabel = "FILE.csv", description = "--gmm with --grid: the mixture's density on the grid.")
    Path gridOut;

    @Override
    public Integer call() {
        if (kde == (gmm != null)) {
            throw new BadInputException("choose one of --kde or --gmm K|auto");
        }
        Grid parsedGrid = grid == null ? null : argument("--grid", () -> Grid.parse(grid));
        OutputFiles.requireWritable(out, "--out");
        if (gridOut != null) {
            OutputFiles.requireWritable(gridOut, "--grid-out");
        }
        if (kde) {
            requireAbsent("--covariance", covariance, "--gmm");
            if (gridOut != null) {
                throw new BadInputException("--grid-out is for --gmm; --kde writes its grid densities to --out");
            }
            return kernelDensity(parsedGrid);
        }
        requireAbsent("--kernel", kernel, "--kde");
        requireAbsent("--bandwidth", bandwidth, "--kde");
        if (exact) {
            throw new BadInputException("--exact is for --kde; leave it out with --gmm");
        }
        if (parsedGrid != null && gridOut == null) {
            throw new BadInputException("--grid with --gmm writes the density to --grid-out FILE.csv; add --grid-out");
        }
        if (gridOut != null && parsedGrid == null) {
            throw new BadInputException("--grid-out needs --grid SPEC, e.g. --grid -3:3:200,-3:3:200");
        }
        return mixture(parsedGrid);
    }

    private static void requireAbsent(String option, String value, String owner) {
        if (value != null) {
            throw new BadInputException(option + " is for " + owner + "; leave it out");
        }
    }

    /** Runs {@code parse}, turning its IllegalArgumentException into a bad-input line about {@code option}. */
    private static <T> T argument(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }

    private double[] readPoints(int[] dimension) {
        return PointsFile.readDoubles(in, "--in", dimension);
    }

    private Integer kernelDensity(Grid parsedGrid) {
        Kernel k = kernel == null ? Kernel.GAUSSIAN : argument("--kernel", () -> Kernel.parse(kernel));
        Bandwidth bw = bandwidth == null ? Bandwidth.scott() : argument("--bandwidth", () -> Bandwidth.parse(bandwidth));
        int[] dim = new int[1];
        double[] x = readPoints(dim);
        int d = dim[0];
        int n = x.length / d;
        if (n < 2) {
            throw new BadInputException(in.getFileName() + " has " + n + " point; a kernel density needs at least 2");
        }
        KernelDensity density = argument("--in " + in.getFileName(), () -> KernelDensity.fit(x, d, k, bw));
        PrintWriter pw = spec.commandLine().getOut();
        Grid g = parsedGrid == null ? defaultGrid(x, d, density.covariance()) : parsedGrid;
        if (parsedGrid == null) {
            pw.println("no --grid given: using --grid " + spec(g) + " (the data range plus 3 kernel widths, "
                    + DEFAULT_GRID_POINTS + " points per axis)");
        } else {
            requireGridDimension(g, d);
        }
        double[] values = exact ? density.exact(g) : density.binned(g);
        write(() -> DensityCsv.writeGrid(out, g, values), out);
        pw.printf(Locale.ROOT, "wrote %d %s densities (%d points, %s kernel, bandwidth %s) to %s%n",
                g.size(), exact ? "exact" : "binned", n, k, bw, out);
        return FailureReport.OK;
    }

    /** The grid as a --grid SPEC, numbers as %.9g. */
    private static String spec(Grid g) {
        String x = GFormat.g9(g.x0()) + ":" + GFormat.g9(g.x1()) + ":" + g.nx();
        return g.dimension() == 1 ? x : x + "," + GFormat.g9(g.y0()) + ":" + GFormat.g9(g.y1()) + ":" + g.ny();
    }

    private void requireGridDimension(Grid g, int d) {
        if (g.dimension() != d) {
            throw new BadInputException("--grid " + grid + " is " + g.dimension() + "-D but " + in.getFileName()
                    + " holds " + d + "-D points; give " + (d == 1 ? "x0:x1:nx" : "x0:x1:nx,y0:y1:ny"));
        }
    }

    private static Grid defaultGrid(double[] x, int d, double[] kernelCov) {
        double[] lo = new double[d];
        double[] hi = new double[d];
        for (int a = 0; a < d; a++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = a; i < x.length; i += d) {
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
            }
            double pad = 3 * Math.sqrt(kernelCov[a * d + a]);
            lo[a] = min - pad;
            hi[a] = max + pad;
        }
        return d == 1 ? Grid.of(lo[0], hi[0], DEFAULT_GRID_POINTS)
                : Grid.of(lo[0], hi[0], DEFAULT_GRID_POINTS, lo[1], hi[1], DEFAULT_GRID_POINTS);
    }

    private Integer mixture(Grid parsedGrid) {
        boolean auto = gmm.trim().equalsIgnoreCase("auto");
        int k = auto ? 0 : components();
        CovarianceType type = covariance == null ? CovarianceType.FULL
                : argument("--covariance", () -> CovarianceType.parse(covariance));
        int[] dim = new int[1];
        double[] x = readPoints(dim);
        int d = dim[0];
        int n = x.length / d;
        if (parsedGrid != null) {
            requireGridDimension(parsedGrid, d);
        }
        if (!auto && k > n) {
            throw new BadInputException("--gmm " + k + " needs at least " + k + " points, but " + in.getFileName()
                    + " has " + n + "; use fewer components");
        }
        EmSettings settings = EmSettings.defaults().withCovarianceType(type);
        GaussianMixture m = argument("--gmm", () -> auto ? GaussianMixture.auto(x, d, settings)
                : GaussianMixture.fit(k, x, d, settings));
        write(() -> DensityCsv.writeMixture(out, m), out);
        if (parsedGrid != null) {
            double[] values = m.density(parsedGrid);
            write(() -> DensityCsv.writeGrid(gridOut, parsedGrid, values), gridOut);
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.println("avg_log_likelihood " + GFormat.g9(m.avgLogLikelihood(x)));
        pw.println("bic " + GFormat.g9(m.bic(x)));
        pw.println("aic " + GFormat.g9(m.aic(x)));
        pw.println("iterations " + m.iterations());
        pw.println("converged " + m.converged());
        pw.println("k " + m.k());
        return FailureReport.OK;
    }

    private int components() {
        int k;
        try {
            k = Integer.parseInt(gmm.trim());
        } catch (NumberFormatException e) {
            k = -1;
        }
        if (k < 1 || k > MAX_COMPONENTS) {
            throw new BadInputException("--gmm expects a number of components in 1.." + MAX_COMPONENTS
                    + " or auto, got '" + gmm + "'");
        }
        return k;
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write, Path file) {
        try {
            write.run();
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + " (" + e.getMessage() + "); check the disk and the folder");
        }
    }
}
