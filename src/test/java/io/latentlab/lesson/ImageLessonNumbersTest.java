package io.latentlab.lesson;

import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.explore.Interpolation;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.LatentModels;
import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.LatentImages;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageAutoencoderTrainer;
import io.latentlab.train.ImageTrainingSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image lessons (07–11) show what they say, in numbers, with the pretrained models they open:
 * the autoencoder's codes lie far off the prior's shell and its decoded prior draws are faint, the
 * VAE's are neither; a straight line between two draws sags to about √d/√2; β = 10 drives the KL term
 * down within a hundred steps; a conditional VAE's z keeps its stroke weight under every label.
 */
class ImageLessonNumbersTest {

    private static ImageSet mnist;

    @BeforeAll
    static void data() {
        Nd4jRuntime.init();
        mnist = BundledDatasets.load(BundledDataset.MNIST);
    }

    private static LatentModel open(String name) {
        return LatentModels.open(Path.of("pretrained", name));
    }

    @Test
    void theAutoencodersCodesLeaveHolesWhereTheVaesFillThePrior() {
        int n = 1000;
        float[] images = Arrays.copyOf(mnist.pixelsView(), n * 784);
        double realInk = meanInk(images);
        LatentModel ae = open("mnist-ae-20.lab.zip");
        LatentModel vae = open("mnist-vae-20.lab.zip");
        double shell = Math.sqrt(20);
        double aeLength = meanLength(ae.encode(images, null, n), 20);
        double vaeLength = meanLength(vae.encode(images, null, n), 20);
        float[] draws = LatentImages.priorDraws(100, 20, 7);
        double aeInk = meanInk(ae.decode(draws, null, 100)) / realInk;
        double vaeInk = meanInk(vae.decode(draws, null, 100)) / realInk;
        String got = String.format("codes' mean length: AE %.2f, VAE %.2f (√d = %.2f); prior draws' ink against real digits': AE %.2f, VAE %.2f",
                aeLength, vaeLength, shell, aeInk, vaeInk);
        assertTrue(aeLength > 2 * shell, got);
        assertTrue(vaeLength > 0.75 * shell && vaeLength < 1.1 * shell, got);
        assertTrue(aeInk < 0.6 && vaeInk > 0.75, got);
    }

    @Test
    void theStraightLineBetweenTheInterpolationPanelsDrawsSags() {
        float[] ab = LatentImages.priorDraws(2, 20, 1); // the panel's first A and B
        float[] a = Arrays.copyOfRange(ab, 0, 20);
        float[] b = Arrays.copyOfRange(ab, 20, 40);
        double[] lerp = Interpolation.norms(Interpolation.path(a, b, 11, Interpolation.Method.LINEAR), 11);
        double[] slerp = Interpolation.norms(Interpolation.path(a, b, 11, Interpolation.Method.SPHERICAL), 11);
        double ends = (lerp[0] + lerp[10]) / 2;
        String got = "lerp " + Arrays.toString(lerp) + ", slerp " + Arrays.toString(slerp);
        assertTrue(lerp[5] / ends > 0.6 && lerp[5] / ends < 0.8, got); // ≈ 1/√2 for nearly orthogonal draws
        for (double norm : slerp) {
            assertTrue(norm >= 0.99 * Math.min(lerp[0], lerp[10]), got); // the great circle stays out at the ends' length
        }
    }

    @Test
    void betaTenDrivesTheKlTermDown() {
        var vae = AutoencoderFile.load(Path.of("pretrained", "mnist-vae-20.lab.zip")).model();
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(vae, new ImageTrainingSettings(10, 1e-3, 128, 1));
        float[] all = mnist.pixelsView();
        double first = 0;
        double last = 0;
        int steps = 100;
        for (int step = 0; step < steps; step++) {
            float[] batch = Arrays.copyOfRange(all, (step % 70) * 128 * 784, (step % 70 + 1) * 128 * 784);
            double kl = trainer.step(batch, 128).kl();
            if (step < 5) {
                first += kl / 5;
            } else if (step >= steps - 10) {
                last += kl / 10;
            }
        }
        assertTrue(last < 0.5 * first, "KL per image: " + first + " at the start, " + last + " after " + steps + " steps at β = 10");
    }

    @Test
    void theConditionalVaesZIsTheSameHandwritingUnderEveryLabel() {
        LatentModel cvae = open("mnist-cvae-4.lab.zip");
        int zs = 64;
        int labels = 10;
        float[] draws = LatentImages.priorDraws(zs, 4, 3);
        double[][] ink = new double[labels][zs];
        for (int y = 0; y < labels; y++) {
            int[] same = new int[zs];
            Arrays.fill(same, y);
            float[] pictures = cvae.decode(draws, same, zs);
            for (int k = 0; k < zs; k++) {
                ink[y][k] = meanInk(Arrays.copyOfRange(pictures, k * 784, (k + 1) * 784));
            }
        }
        double sum = 0;
        int pairs = 0;
        for (int y1 = 0; y1 < labels; y1++) {
            for (int y2 = y1 + 1; y2 < labels; y2++) {
                sum += correlation(ink[y1], ink[y2]);
                pairs++;
            }
        }
        double shared = sum / pairs;
        // a z drawn thick is thick as every digit: its stroke weight under one label predicts it under another
        assertTrue(shared > 0.5, "mean correlation of a z's ink between two labels: " + shared);
    }

    private static double correlation(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static double meanLength(float[] z, int d) {
        int n = z.length / d;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                sum += z[i * d + j] * z[i * d + j];
            }
            total += Math.sqrt(sum);
        }
        return total / n;
    }

    private static double meanInk(float[] pixels) {
        double sum = 0;
        for (float v : pixels) {
            sum += v;
        }
        return sum / pixels.length;
    }
}
