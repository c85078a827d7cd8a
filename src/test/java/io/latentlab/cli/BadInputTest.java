package io.latentlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.data.GaussianRing;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.NoisePrior;
import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.TrainedGan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad usage and bad files: exit status 2 and exactly one line on stderr that names the problem. */
class BadInputTest {

    @TempDir
    static Path dir;
    static Path good;

    @BeforeAll
    static void untrainedModelFile() throws Exception {
        Nd4jRuntime.init();
        Gan gan = Gan.create(GanShape.toy2d(), 1, NoisePrior.GAUSSIAN);
        good = dir.resolve("good.lab.zip");
        ModelFile.saveGan(good, gan, new TrainedGan(gan, GaussianRing.ring8(), GanHyperparameters.defaults(1), 0)
                .card("test", Map.of()), new byte[0]);
    }

    private static String train(String... extra) {
        return String.join(" ", "train --model gan --data ring8 --iterations 10 --out", dir.resolve("t.lab.zip").toString())
                + " " + String.join(" ", extra);
    }

    private static void assertBad(String fragment, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("latentlab"), run::toString);
        assertTrue(run.err().contains(fragment), () -> "expected '" + fragment + "'\n" + run);
    }

    @Test
    void unknownData() {
        assertBad("latentlab train: unknown data 'ring9': choose one of ring8",
                "train", "--model", "gan", "--data", "ring9", "--iterations", "10", "--out", dir.resolve("x.lab.zip").toString());
    }

    @Test
    void unknownOrUnavailableModelKind() {
        assertBad("unknown model kind 'foo': this version trains gan, vae, ae, cvae, dcgan and cgan",
                "train", "--model", "foo", "--data", "ring8", "--iterations", "10", "--out", dir.resolve("x.lab.zip").toString());
    }

    @Test
    void nonNumberIterations() {
        assertBad("latentlab train: --iterations expects a whole number, got 'abc'; see 'latentlab train --help'",
                "train", "--model", "gan", "--data", "ring8", "--iterations", "abc", "--out", dir.resolve("x.lab.zip").toString());
    }

    @Test
    void unsupportedOptionsForToyData() {
        assertBad("--latent must be 1 or 2 for the toy GAN, got 3; leave it out to use the data's dimension (2)",
                train("--latent 3").split(" "));
        assertBad("--epochs counts passes over an image dataset", train("--epochs 2").split(" "));
        assertBad("unknown loss 'wasserstein': choose one of non-saturating, minimax, least-squares, hinge, wasserstein-gp",
                train("--loss wasserstein").split(" "));
        assertBad("--batch must be between 1 and 65536, got 0", train("--batch 0").split(" "));
        assertBad("--lr expects a number, got 'fast'", train("--lr fast").split(" "));
    }

    @Test
    void unwritableOutputFolderBeforeTraining() {
        Path nowhere = dir.resolve("no-such-folder").resolve("x.lab.zip");
        assertBad("cannot write " + nowhere + ": folder " + nowhere.getParent() + " does not exist",
                "train", "--model", "gan", "--data", "ring8", "--iterations", "1000000", "--out", nowhere.toString());
        assertBad("for --metrics", "train", "--model", "gan", "--data", "ring8", "--iterations", "1000000",
                "--out", dir.resolve("ok.lab.zip").toString(), "--metrics", nowhere.resolveSibling("m.csv").toString());
    }

    @Test
    void usageErrors() {
        assertBad("missing command: choose one of train, sample, interpolate, density, info, bench");
        assertBad("unknown option", "train", "--model", "gan", "--dta", "ring8");
        assertBad("missing required option: '--out=FILE'", "train", "--model", "gan", "--data", "ring8", "--iterations", "5");
        assertBad("unknown benchmark 'gan3d': choose one of gan2d", "bench", "--only", "gan3d");
    }

    @Test
    void missingModelFile() {
        assertBad("does not exist", "sample", "--model", dir.resolve("missing.lab.zip").toString(), "--n", "5",
                "--out", dir.resolve("s.npy").toString());
        assertBad("does not exist", "info", dir.resolve("missing.lab.zip").toString());
    }

    @Test
    void sampleFormatAndLabel() {
        assertBad("name it FILE.npy (float32 array), FILE.csv (points) or FILE.png",
                "sample", "--model", good.toString(), "--n", "5", "--out", dir.resolve("s.txt").toString());
        assertBad("--label is for conditional models",
                "sample", "--model", good.toString(), "--n", "5", "--label", "3", "--out", dir.resolve("s.npy").toString());
        assertBad("--n must be between 1 and",
                "sample", "--model", good.toString(), "--n", "0", "--out", dir.resolve("s.npy").toString());
    }

    @Test
    void randomBytesAreNotAModel() throws Exception {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Path file = dir.resolve("noise.lab.zip");
        Files.write(file, noise);
        assertBad("noise.lab.zip is not a zip file", "info", file.toString());
        assertBad("noise.lab.zip is not a zip file", "sample", "--model", file.toString(), "--n", "5",
                "--out", dir.resolve("s.npy").toString());
        Path other = dir.resolve("noise.bin");
        Files.write(other, noise);
        assertBad("info reads model files (.lab.zip), points CSV files (.csv), IDX datasets", "info", other.toString());
    }

    @Test
    void zipWithoutCard() throws Exception {
        Path file = rewrite("nocard.lab.zip", null);
        assertBad("nocard.lab.zip has no card.json", "info", file.toString());
        assertBad("nocard.lab.zip has no card.json", "sample", "--model", file.toString(), "--n", "5",
                "--out", dir.resolve("s.csv").toString());
    }

    @Test
    void cardThatDisagreesWithTheNetworks() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode card;
        try (ZipFile zip = new ZipFile(good.toFile())) {
            card = (ObjectNode) json.readTree(zip.getInputStream(zip.getEntry(ModelFile.CARD)));
        }
        card.put("latentSize", 3);
        Path file = rewrite("latent3.lab.zip", json.writeValueAsBytes(card));
        assertBad("card.json says latent size 3 but the generator takes 2", "info", file.toString());
        assertBad("card.json says latent size 3 but the generator takes 2", "sample", "--model", file.toString(),
                "--n", "5", "--out", dir.resolve("s.npy").toString());
    }

    @Test
    void internalFailureIsStatusOneWithOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new LatentLabCommand()).setErr(new PrintWriter(err, true));
        int status = new FailureReport().handleExecutionException(new IllegalStateException("boom\nsecond line"), cli, null);
        assertEquals(1, status);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().contains("internal error (IllegalStateException: boom second line)"), err::toString);
        assertTrue(err.toString().contains("please report it"), err::toString);
    }

    /** A copy of the good model file with card.json replaced by {@code card}, or dropped when null. */
    private static Path rewrite(String name, byte[] card) throws Exception {
        Path file = dir.resolve(name);
        try (ZipFile in = new ZipFile(good.toFile()); OutputStream os = Files.newOutputStream(file);
             ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                boolean isCard = entry.getName().equals(ModelFile.CARD);
                if (isCard && card == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(isCard ? card : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void trainOnAPointsCsvChecksTheFileFirst() throws Exception {
        String out = dir.resolve("csv.lab.zip").toString();
        String[] base = {"train", "--model", "gan", "--iterations", "10", "--out", out, "--data"};
        assertBad("nan.csv line 2: NaN is not a finite number", concat(base, csv("nan.csv", "x,y\nNaN,1\n2,3\n")));
        assertBad("empty.csv is empty", concat(base, csv("empty.csv", "")));
        assertBad("has no points, only a header", concat(base, csv("header.csv", "x,y\n")));
        assertBad("the header has 3 columns", concat(base, csv("three.csv", "x,y,z\n1,2,3\n")));
        assertBad("--data " + dir.resolve("nowhere.csv") + " does not exist", concat(base, dir.resolve("nowhere.csv").toString()));
        assertBad("give its points as --data POINTS.csv", concat(base, "drawn"));
        assertTrue(Files.notExists(dir.resolve("csv.lab.zip")));

        CliRun ok = CliRun.of(concat(base, csv("drawing.csv", "x,y\n-1,0\n1,0\n0,1\n")));
        assertEquals(0, ok.status(), ok::toString);
        assertTrue(ok.out().contains("on drawn"), ok::toString);
    }

    private static String csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static String[] concat(String[] head, String last) {
        String[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }
}
