package io.latentlab.train;

import io.latentlab.data.ImageSet;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.nd4j.Nd4jRuntime;

/**
 * Not a test: the quality bar, run by hand outside the suite. Trains the 784→512→20 VAE
 * for 10 epochs (Adam 1e-3, batch 128, seed 1234) on the 60,000 MNIST training images in
 * {@link MnistFiles#SHARED} and prints the test-set negative ELBO after each epoch.
 * Arguments: [kind] [latent] [epochs].
 */
public final class MnistVaeQualityRun {
    public static void main(String[] args) throws Exception {
        Nd4jRuntime.init();
        AutoencoderKind kind = AutoencoderKind.byName(args.length > 0 ? args[0] : "vae");
        int latent = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ImageSet train = MnistFiles.read(MnistFiles.SHARED.resolve("train-images-idx3-ubyte.gz"), "mnist-train", 60_000);
        ImageSet test = MnistFiles.read(MnistFiles.SHARED.resolve("t10k-images-idx3-ubyte.gz"), "mnist-test", 10_000);
        ImageAutoencoder model = ImageAutoencoder.create(kind, 28, 28, latent, 1234);
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(model, ImageTrainingSettings.defaults(1234));
        long start = System.nanoTime();
        for (int e = 1; e <= epochs; e++) {
            double trainLoss = trainer.epoch(train, null);
            VaeEvaluation.ElboEstimate one = VaeEvaluation.of(model, test, 1, 99);
            System.out.printf("epoch %d: train %.2f, test -ELBO %.2f (rec %.2f + KL %.2f, %s), %.1f s%n", e, trainLoss,
                    one.negativeElbo(), one.reconstruction(), one.kl(), one.method(), (System.nanoTime() - start) / 1e9);
        }
        VaeEvaluation.ElboEstimate ten = VaeEvaluation.of(model, test, 10, 99);
        System.out.printf("final test -ELBO %.2f (%s); total %.1f s%n", ten.negativeElbo(), ten.method(), (System.nanoTime() - start) / 1e9);
    }
}
