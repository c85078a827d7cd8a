package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.model.Vae;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The VAE learns ring8, and β moves it between an autoencoder and the prior, in 1-D and 2-D latents. */
class VaeTrainerTest {

    private static final long SEED = 42;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    private static VaeTrainer trainer(int latent, double beta) {
        return new VaeTrainer(Vae.toy(2, latent, SEED), GaussianRing.ring8(),
                VaeHyperparameters.defaults(SEED).withBeta(beta));
    }

    private static double meanObjective(VaeTrainer t, int steps) {
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            sum += t.step().negativeElbo();
        }
        return sum / steps;
    }

    private static VaeSnapshot trained(int latent, double beta, int steps) {
        VaeTrainer t = trainer(latent, beta);
        for (int i = 0; i < steps; i++) {
            t.step();
        }
        return t.snapshot(GaussianRing.ring8().sample(500, 3), prior(200, latent));
    }

    private static float[] prior(int n, int latent) {
        Random rng = new Random(5);
        float[] z = new float[n * latent];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) rng.nextGaussian();
        }
        return z;
    }

    @Test
    void negativeElboDropsOnRing8() {
        VaeTrainer t = trainer(2, 1.0);
        double first = meanObjective(t, 20);
        for (int i = 0; i < 1500; i++) {
            t.step();
        }
        double last = meanObjective(t, 100);
        System.out.printf("ring8 β=1: −ELBO first 20 steps %.3f, after 1500 steps %.3f%n", first, last);
        // measured 5.00 → 3.28 nats; a VAE that ignores z sits at Var(x)/(2s²) + log(2πs²) ≈ 5.2
        assertTrue(last < first - 1.2, "−ELBO " + first + " → " + last);
    }

    @Test
    void smallBetaReconstructsAndLargeBetaCollapsesToThePrior() {
        VaeSnapshot small = trained(2, 0.01, 1500);
        VaeSnapshot large = trained(2, 4, 1500);
        System.out.printf("β=0.01: MSE %.4f, mean σ %.4f; β=4: MSE %.4f, mean σ %.4f%n",
                small.meanSquaredError(), small.meanSigma(), large.meanSquaredError(), large.meanSigma());
        // measured: MSE 0.002 and σ 0.17 against MSE 3.98 (the ring's variance: x̂ is the mean) and σ 1.00
        assertTrue(small.meanSquaredError() * 10 < large.meanSquaredError(),
                "MSE " + small.meanSquaredError() + " vs " + large.meanSquaredError());
        assertTrue(small.meanSigma() * 3 < large.meanSigma(), "σ " + small.meanSigma() + " vs " + large.meanSigma());
    }

    @Test
    void oneDimensionalLatentLearns() {
        VaeTrainer t = trainer(1, 0.1);
        double first = meanObjective(t, 20);
        for (int i = 0; i < 1500; i++) {
            t.step();
        }
        double last = meanObjective(t, 100);
        VaeSnapshot s = t.snapshot(GaussianRing.ring8().sample(500, 3), prior(200, 1));
        System.out.printf("1-D latent β=0.1: −ELBO %.3f → %.3f, MSE %.4f%n", first, last, s.meanSquaredError());
        assertTrue(last < first - 0.8, "−ELBO " + first + " → " + last); // measured 4.98 → 3.86
        assertTrue(s.means().length == 500 && s.sigmas().length == 500);
        assertTrue(s.meanSquaredError() < 0.5, "MSE " + s.meanSquaredError());
    }
}
