package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.NpyWriter;
import io.latentlab.model.AtomicFile;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanFile;
import io.latentlab.model.ConvGanShape;
import io.latentlab.model.LatentImages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code latentlab sample --model FILE.lab.zip --n N [--label K] --out FILE.png|FILE.npy} for a
 * convolutional GAN: N images from z ~ N(0, I) with the seed, pixels in [0, 1]; a {@code .npy} of
 * float32 N×28×28 or a {@code .png} grid. A conditional GAN draws class K (an index or a class
 * name) or, without {@code --label}, every class in turn, one grid row per class.
 */
final class ConvGanSampling {

    private ConvGanSampling() {
    }

    static String write(Path modelFile, int n, long seed, String label, String format, Path out) {
        ConvGan gan = ConvGanFile.load(modelFile).model();
        if ("csv".equals(format)) {
            throw new BadInputException(modelFile.getFileName() + " makes images, which a points .csv cannot hold; "
                    + "write them as FILE.npy (float32 N×28×28) or FILE.png (a grid)");
        }
        if (n > LatentImages.MAX_COUNT || ("png".equals(format) && n > ImageSampling.MAX_PNG_IMAGES)) {
            int most = "png".equals(format) ? ImageSampling.MAX_PNG_IMAGES : LatentImages.MAX_COUNT;
            throw new BadInputException("--n must be at most " + most + " images for a ." + format + " from an image model, got " + n);
        }
        ConvGanImages images = ConvGanImages.draw(gan, n, seed, label);
        try {
            if ("npy".equals(format)) {
                NpyWriter.write(out, images.pixels(), n, ConvGanShape.SIDE, ConvGanShape.SIDE);
            } else {
                byte[] png = images.png();
                AtomicFile.write(out, o -> o.write(png));
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + " (" + e.getMessage() + "); check the disk and the folder");
        }
        String classes = gan.classes() == 0 ? "" : label != null
                ? ", all of class " + gan.classNames().get(ConvGanImages.classIndex(gan, label))
                : ", class after class (" + String.join(", ", gan.classNames()) + ")";
        return String.format(Locale.ROOT, "wrote %d images (%dx28x28, z from N(0, I) in %d dimensions, seed %d%s) from %s to %s",
                n, n, gan.latentSize(), seed, classes, modelFile.getFileName(), out);
    }
}
