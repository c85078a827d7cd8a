package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.ImageGridImage;
import io.latentlab.export.NpyWriter;
import io.latentlab.model.AtomicFile;
import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.LatentImages;
import io.latentlab.model.LoadedAutoencoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code latentlab sample --model FILE.lab.zip --n N --out FILE.png|FILE.npy} for an image
 * autoencoder: N latent vectors drawn from N(0, I) with the seed, decoded into pixel means in
 * [0, 1]; a {@code .npy} of float32 N×H×W, or a {@code .png} grid of the images. A plain
 * autoencoder is decoded from the same prior, and the command says that it never learnt one.
 */
final class ImageSampling {

    /** The most images one PNG grid holds. */
    static final int MAX_PNG_IMAGES = 1024;

    private ImageSampling() {
    }

    /** The line printed after writing; the file is written atomically. */
    static String write(Path modelFile, int n, long seed, String label, String format, Path out) {
        LoadedAutoencoder loaded = AutoencoderFile.load(modelFile);
        ImageAutoencoder model = loaded.model();
        if (label != null) {
            throw new BadInputException("--label is for conditional models (cgan, cvae), but " + modelFile.getFileName()
                    + " holds a " + model.kind().cliName() + "; leave --label out");
        }
        if ("csv".equals(format)) {
            throw new BadInputException(modelFile.getFileName() + " makes images, which a points .csv cannot hold; "
                    + "write them as FILE.npy (float32 N×H×W) or FILE.png (a grid)");
        }
        if (n > LatentImages.MAX_COUNT || ("png".equals(format) && n > MAX_PNG_IMAGES)) {
            int most = "png".equals(format) ? MAX_PNG_IMAGES : LatentImages.MAX_COUNT;
            throw new BadInputException("--n must be at most " + most + " images for a ." + format + " from an image model, got " + n);
        }
        float[] z = LatentImages.priorDraws(n, model.latentSize(), seed);
        float[] pixels = LatentImages.decode(model, z, n);
        try {
            if ("npy".equals(format)) {
                NpyWriter.write(out, pixels, n, model.rows(), model.cols());
            } else {
                byte[] png = ImageGridImage.png(pixels, n, model.rows(), model.cols());
                AtomicFile.write(out, o -> o.write(png));
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + " (" + e.getMessage() + "); check the disk and the folder");
        }
        String prior = model.kind() == AutoencoderKind.AE
                ? "; note: a plain autoencoder has no prior: these are decoded from the same N(0, I) a VAE learns to fill, "
                + "which the autoencoder was never trained to match, so expect blurs and non-images"
                : "";
        return String.format(Locale.ROOT, "wrote %d images (%dx%dx%d, z from N(0, I) in %d dimensions, seed %d) from %s to %s%s",
                n, n, model.rows(), model.cols(), model.latentSize(), seed, modelFile.getFileName(), out, prior);
    }
}
