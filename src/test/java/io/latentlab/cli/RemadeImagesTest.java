package io.latentlab.cli;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.Interpolation;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.LatentModels;
import io.latentlab.explore.SeededStrip;
import io.latentlab.export.ExploredImagesPng;
import io.latentlab.export.ImageGridLayout;
import io.latentlab.export.ImageGridPng;
import io.latentlab.export.ImageRecipe;
import io.latentlab.export.NpyWriter;
import io.latentlab.model.LatentImages;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A grid or strip exported the way the Explore tab exports it holds a {@code latentlab} command
 * that, run as it is, writes the same bytes again: from any vectors (read back from the PNG
 * itself), from a seed's prior draws, and from a seed's strip, conditional too.
 */
class RemadeImagesTest {

    static final Path VAE_20 = Path.of("pretrained", "mnist-vae-20.lab.zip");
    static final Path CVAE_4 = Path.of("pretrained", "mnist-cvae-4.lab.zip");
    private static LatentModel vae;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        Nd4jRuntime.init();
        vae = LatentModels.open(VAE_20);
    }

    @Test
    void aGridOfAnyVectorsIsRemadeFromItsOwnMetadata() throws Exception {
        float[] z = LatentImages.priorDraws(12, 20, 3);
        for (int i = 0; i < z.length; i++) {
            z[i] *= 0.7f; // not a seed's draws: the command must read the vectors back
        }
        ExploredImages shown = new ExploredImages("sliders", vae, z, null, 12, 4, vae.decode(z, null, 12),
                Map.of("panel", "sliders", "seed", "3"));
        Path out = dir.resolve("any vectors.png");
        ExploredImagesPng.write(shown, new ImageGridLayout(4, 3, 1, 0xffffff), VAE_20, out);
        ImageRecipe recipe = ImageGridPng.read(out);
        assertEquals(Arrays.toString(z), Arrays.toString(recipe.z()));
        for (int i = 0; i < z.length; i++) {
            assertEquals(Float.floatToRawIntBits(z[i]), Float.floatToRawIntBits(recipe.z()[i]));
        }
        assertEquals("mnist-vae-20.lab.zip", recipe.model());
        assertEquals(64, recipe.modelSha256().length());
        assertEquals(3L, recipe.seed());
        assertEquals(Map.of("panel", "sliders", "seed", "3"), recipe.recipe());
        assertTrue(recipe.command().contains("--latents '" + out.toAbsolutePath() + "'"), recipe.command());
        assertRemade(recipe.command(), out);
        CliRun info = CliRun.of("info", out.toString());
        assertEquals(0, info.status(), info::toString);
        assertTrue(info.outLines().contains("latent_vectors: 12 of 20") && info.outLines().contains("recipe.panel: sliders")
                && info.outLines().contains("command: " + recipe.command()), info::toString);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(4 * 28 * 3 + 5, image.getWidth());
        assertEquals(3 * 28 * 3 + 4, image.getHeight());
    }

    @Test
    void aSeedsDrawsAndASeedsStripAreRemadeBySampleAndInterpolate() throws Exception {
        float[] draws = LatentImages.priorDraws(16, 20, 9);
        ExploredImages grid = new ExploredImages("samples", vae, draws, null, 16, 8, vae.decode(draws, null, 16), Map.of("seed", "9"));
        Path gridPng = dir.resolve("grid.png");
        String gridCommand = ExploredImagesPng.write(grid, ImageGridLayout.of(8), VAE_20, gridPng).command();
        assertTrue(gridCommand.contains(" sample ") && gridCommand.contains("--n 16 --seed 9"), gridCommand);
        assertRemade(gridCommand, gridPng);

        float[] strip = SeededStrip.path(20, 7, 8, Interpolation.Method.SPHERICAL);
        ExploredImages shown = new ExploredImages("slerp strip", vae, strip, null, 8, 8, vae.decode(strip, null, 8),
                Map.of("command", "interpolate", "method", "slerp", "steps", "8", "seed", "7", "panel", "interpolation"));
        Path stripPng = dir.resolve("strip.png");
        ImageRecipe recipe = ExploredImagesPng.write(shown, new ImageGridLayout(8, 4, 0, 0), VAE_20, stripPng);
        assertTrue(recipe.command().contains(" interpolate ") && recipe.command().contains("--steps 8 --method slerp --seed 7"),
                recipe.command());
        assertRemade(recipe.command(), stripPng);

        LatentModel cvae = LatentModels.open(CVAE_4);
        float[] lerp = SeededStrip.path(4, 2, 6, Interpolation.Method.LINEAR);
        int[] threes = {3, 3, 3, 3, 3, 3};
        ExploredImages conditional = new ExploredImages("lerp strip", cvae, lerp, threes, 6, 6, cvae.decode(lerp, threes, 6),
                Map.of("command", "interpolate", "method", "lerp", "steps", "6", "seed", "2"));
        Path threesPng = dir.resolve("threes.png");
        String command = ExploredImagesPng.write(conditional, ImageGridLayout.of(6), CVAE_4, threesPng).command();
        assertTrue(command.contains("--label 3"), command);
        assertRemade(command, threesPng);
    }

    @Test
    void theCommandLinesOwnPngsRemakeThemselvesAndFeedEachOther() throws Exception {
        Path strip = dir.resolve("cli-strip.png");
        CliRun made = CliRun.of("interpolate", "--model", VAE_20.toString(), "--steps", "5", "--method", "lerp", "--seed", "4",
                "--background", "black", "--out", strip.toString());
        assertEquals(0, made.status(), made::toString);
        ImageRecipe recipe = ImageGridPng.read(strip);
        assertArrayEquals(SeededStrip.path(20, 4, 5, Interpolation.Method.LINEAR), recipe.z());
        assertRemade(recipe.command(), strip);

        Path npy = dir.resolve("two.npy");
        NpyWriter.write(npy, Arrays.copyOf(recipe.z(), 40), 2, 20);
        Path decoded = dir.resolve("decoded.png");
        CliRun fromNpy = CliRun.of("sample", "--model", VAE_20.toString(), "--latents", npy.toString(), "--out", decoded.toString());
        assertEquals(0, fromNpy.status(), fromNpy::toString);
        assertArrayEquals(Arrays.copyOf(recipe.z(), 40), ImageGridPng.read(decoded).z());
        assertRemade(ImageGridPng.read(decoded).command(), decoded);
    }

    @Test
    void badLatentsAndStepsAreOneClearLine() throws Exception {
        Path plain = dir.resolve("plain.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY), "png", plain.toFile());
        assertBad("has no Latent Lab metadata", "sample", "--model", VAE_20.toString(), "--latents", plain.toString(),
                "--out", dir.resolve("x.png").toString());
        assertBad("--steps must be 2..1024", "interpolate", "--model", VAE_20.toString(), "--steps", "1",
                "--out", dir.resolve("x.png").toString());
        assertBad("is conditional: give the class of the strip with --label", "interpolate", "--model", CVAE_4.toString(),
                "--steps", "4", "--out", dir.resolve("x.png").toString());
        Path csv = dir.resolve("three.csv");
        Files.writeString(csv, "a,b,c\n1,2,3\n");
        assertBad("holds vectors of 3 values, but mnist-vae-20.lab.zip has 20 latents", "sample", "--model", VAE_20.toString(),
                "--latents", csv.toString(), "--out", dir.resolve("x.png").toString());
        assertBad("--background teal is not a colour", "sample", "--model", VAE_20.toString(), "--n", "4",
                "--background", "teal", "--out", dir.resolve("x.png").toString());
        assertBad("give --n N", "sample", "--model", VAE_20.toString(), "--out", dir.resolve("x.png").toString());
    }

    /** Runs {@code command} (a {@code latentlab} line) as it is and checks it wrote the same bytes to {@code out}. */
    static void assertRemade(String command, Path out) throws Exception {
        byte[] expected = Files.readAllBytes(out);
        if (!command.contains("--latents")) {
            Files.delete(out); // made from the seed alone: the file must come back
        }
        List<String> words = io.latentlab.export.RemakeCommand.commandWords(command);
        assertEquals("latentlab", words.get(0));
        CliRun run = CliRun.of(words.subList(1, words.size()).toArray(String[]::new));
        assertEquals(0, run.status(), run::toString);
        assertArrayEquals(expected, Files.readAllBytes(out), "not the same bytes after " + command);
    }

    private static void assertBad(String fragment, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains(fragment), () -> "expected '" + fragment + "'\n" + run);
    }
}
