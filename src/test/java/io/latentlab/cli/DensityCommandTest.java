package io.latentlab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code latentlab density}: round trips on a small ring sample, and bad input as exit 2 with one line. */
class DensityCommandTest {

    @TempDir
    static Path dir;
    static Path ring;
    static Path line1d;

    @BeforeAll
    static void points() throws IOException {
        Random random = new Random(7);
        StringBuilder s = new StringBuilder("x,y\n");
        StringBuilder s1 = new StringBuilder("x\n");
        for (int i = 0; i < 800; i++) {
            double a = 2 * Math.PI * (i % 8) / 8;
            s.append(String.format(Locale.ROOT, "%.6f,%.6f%n", 2 * Math.cos(a) + 0.2 * random.nextGaussian(),
                    2 * Math.sin(a) + 0.2 * random.nextGaussian()));
            s1.append(String.format(Locale.ROOT, "%.6f%n", (i % 2 == 0 ? -1.5 : 2) + 0.4 * random.nextGaussian()));
        }
        ring = Files.writeString(dir.resolve("ring.csv"), s);
        line1d = Files.writeString(dir.resolve("line.csv"), s1);
    }

    private static String p(String name) {
        return dir.resolve(name).toString();
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), run::toString);
        return run;
    }

    @Test
    void kdeOnAGridWritesOneRowPerPoint() throws IOException {
        ok("density", "--in", ring.toString(), "--kde", "--grid", "-3:3:30,-3:3:20", "--out", p("kde.csv"));
        List<String> lines = Files.readAllLines(dir.resolve("kde.csv"));
        assertEquals("x,y,density", lines.get(0));
        assertEquals(601, lines.size());
        assertEquals("-3", lines.get(1).split(",")[0]);
        assertEquals("-2.79310345", lines.get(2).split(",")[0]);
        assertEquals("-3", lines.get(2).split(",")[1]);

        ok("density", "--in", ring.toString(), "--kde", "--exact", "--kernel", "epanechnikov", "--bandwidth", "0.3",
                "--grid", "-3:3:30,-3:3:20", "--out", p("kde-exact.csv"));
        assertEquals(601, Files.readAllLines(dir.resolve("kde-exact.csv")).size());

        CliRun defaults = ok("density", "--in", line1d.toString(), "--kde", "--bandwidth", "silverman", "--out", p("kde1.csv"));
        assertTrue(defaults.out().contains("no --grid given"), defaults::toString);
        List<String> one = Files.readAllLines(dir.resolve("kde1.csv"));
        assertEquals("x,density", one.get(0));
        assertEquals(201, one.size());
    }

    @Test
    void gmmWritesParametersScoresAndGrid() throws IOException {
        CliRun run = ok("density", "--in", ring.toString(), "--gmm", "8", "--grid", "-3:3:10,-3:3:10",
                "--out", p("gmm.csv"), "--grid-out", p("gmm-grid.csv"));
        List<String> params = Files.readAllLines(dir.resolve("gmm.csv"));
        assertEquals("component,weight,mean_x,mean_y,cov_xx,cov_xy,cov_yy", params.get(0));
        assertEquals(9, params.size());
        List<String> grid = Files.readAllLines(dir.resolve("gmm-grid.csv"));
        assertEquals("x,y,density", grid.get(0));
        assertEquals(101, grid.size());
        List<String> names = run.outLines().stream().map(l -> l.split(" ")[0]).toList();
        assertEquals(List.of("avg_log_likelihood", "bic", "aic", "iterations", "converged", "k"), names);
        assertTrue(run.outLines().contains("k 8"), run::toString);
        double avg = Double.parseDouble(run.outLines().get(0).split(" ")[1]);
        assertTrue(avg > -1.8 && avg < -1.4, run::toString);

        CliRun oneD = ok("density", "--in", line1d.toString(), "--gmm", "auto", "--covariance", "spherical",
                "--out", p("gmm1.csv"));
        assertTrue(oneD.outLines().contains("k 2"), oneD::toString);
        assertEquals("component,weight,mean,var", Files.readAllLines(dir.resolve("gmm1.csv")).get(0));
    }

    private static void assertBad(String fragment, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("latentlab density"), run::toString);
        assertTrue(run.err().contains(fragment), () -> "expected '" + fragment + "'\n" + run);
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        String in = ring.toString();
        String out = p("bad-out.csv");
        assertBad("x0:x1:nx", "density", "--in", in, "--kde", "--grid", "-3:3", "--out", out);
        assertBad("2..", "density", "--in", in, "--kde", "--grid", "-3:3:1", "--out", out);
        assertBad("unknown kernel 'box'", "density", "--in", in, "--kde", "--kernel", "box", "--grid", "0:1:5,0:1:5", "--out", out);
        assertBad("unknown bandwidth", "density", "--in", in, "--kde", "--bandwidth", "wide", "--out", out);
        assertBad("1..100", "density", "--in", in, "--gmm", "0", "--out", out);
        assertBad("1..100", "density", "--in", in, "--gmm", "many", "--out", out);
        assertBad("unknown covariance", "density", "--in", in, "--gmm", "2", "--covariance", "round", "--out", out);
        assertBad("does not exist", "density", "--in", p("missing.csv"), "--kde", "--out", out);
        assertBad("choose one of --kde or --gmm", "density", "--in", in, "--out", out);
        assertBad("choose one of --kde or --gmm", "density", "--in", in, "--kde", "--gmm", "2", "--out", out);
        assertBad("1-D", "density", "--in", in, "--kde", "--grid", "0:1:5", "--out", out);
        assertBad("--grid-out", "density", "--in", in, "--gmm", "2", "--grid", "0:1:5,0:1:5", "--out", out);

        Path badRow = Files.writeString(dir.resolve("badrow.csv"), "x,y\n1,2\n3,oops\n");
        assertBad("line 3", "density", "--in", badRow.toString(), "--kde", "--out", out);
        Path three = Files.writeString(dir.resolve("three.csv"), "x,y,z\n1,2,3\n");
        assertBad("3 columns", "density", "--in", three.toString(), "--kde", "--out", out);
        Path single = Files.writeString(dir.resolve("single.csv"), "x,y\n1,2\n");
        assertBad("at least 2", "density", "--in", single.toString(), "--kde", "--out", out);
        Path few = Files.writeString(dir.resolve("few.csv"), "x,y\n1,2\n3,4\n5,7\n");
        assertBad("at least 8 points", "density", "--in", few.toString(), "--gmm", "8", "--out", out);
        Path flat = Files.writeString(dir.resolve("flat.csv"), "x,y\n1,2\n1,2\n1,2\n");
        assertBad("spread", "density", "--in", flat.toString(), "--kde", "--out", out);
        assertTrue(Files.notExists(dir.resolve("bad-out.csv")));
    }

    @Test
    void badPointsFilesAndGridsExitTwoWithOneLine() throws IOException {
        String out = p("bad-points-out.csv");
        assertBad("nan.csv line 3: NaN is not a finite number",
                "density", "--in", csv("nan.csv", "x,y\n1,2\nnan,3\n"), "--kde", "--out", out);
        assertBad("inf.csv line 2: Infinity is not a finite number",
                "density", "--in", csv("inf.csv", "x\ninf\n2\n"), "--gmm", "1", "--out", out);
        assertBad("empty.csv is empty", "density", "--in", csv("empty.csv", ""), "--kde", "--out", out);
        assertBad("has no points, only a header", "density", "--in", csv("header.csv", "x,y\n"), "--gmm", "2", "--out", out);
        assertBad("expected 2 numbers", "density", "--in", csv("wide.csv", "x,y\n1,2\n1,2,3\n"), "--kde", "--out", out);
        assertBad("expected 1 number", "density", "--in", csv("narrow.csv", "x\n1\n2,3\n"), "--kde", "--out", out);
        assertBad("number of y points must be in 2..", "density", "--in", ring.toString(), "--kde",
                "--grid", "-3:3:200,-3:3:1", "--out", out);
        assertBad("--gmm 5 needs at least 5 points", "density", "--in", csv("four.csv", "x\n1\n2\n3\n4\n"),
                "--gmm", "5", "--out", out);
        String line = csv("collinear.csv", "x,y\n0,0\n1,1\n2,2\n3,3.0000001\n");
        assertBad("on one line", "density", "--in", line, "--kde", "--out", out);
        assertBad("use a numeric bandwidth", "density", "--in", line, "--kde", "--bandwidth", "silverman", "--out", out);
        assertBad("all equal (variance 0.0", "density", "--in", csv("same.csv", "x\n2\n2\n2\n"), "--kde", "--out", out);
        assertTrue(Files.notExists(dir.resolve("bad-points-out.csv")));
        // what the message suggests works: a numeric bandwidth on the line
        CliRun fixed = CliRun.of("density", "--in", line, "--kde", "--bandwidth", "0.2", "--grid", "-1:4:20,-1:4:20",
                "--out", p("line-kde.csv"));
        assertEquals(0, fixed.status(), fixed::toString);
    }

    private static String csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }
}
