package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.ImageSet;
import io.latentlab.data.ImageSource;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One split of an MNIST-format dataset in a folder ({@code --data-dir}): {@code PREFIX-images-idx3-ubyte.gz}
 * and, when present, {@code PREFIX-labels-idx1-ubyte.gz} (or the same names without {@code .gz}),
 * with prefix {@code train} or {@code t10k} as the MNIST family names them.
 *
 * <p>A minimal reader for the command line until the shared IDX reader of the data package
 * lands; that one will implement {@link ImageSource} as well and replace this class. It checks
 * the magic numbers, the dimensions and that image and label counts agree.
 */
final class IdxFolder implements ImageSource {

    static final String TRAIN = "train";
    static final String TEST = "t10k";
    private static final int IMAGE_MAGIC = 0x00000803;
    private static final int LABEL_MAGIC = 0x00000801;
    private static final int MAX_SIDE = 1024;
    private static final int MAX_IMAGES = 1_000_000;

    private final Path dir;
    private final String prefix;
    private final String name;

    IdxFolder(Path dir, String prefix, String name) {
        this.dir = dir;
        this.prefix = prefix;
        this.name = name;
    }

    /** Whether the folder holds this split's images. */
    boolean present() {
        return file("images-idx3-ubyte") != null;
    }

    @Override
    public String describe() {
        return name + " from " + dir;
    }

    @Override
    public ImageSet load() {
        Path images = file("images-idx3-ubyte");
        if (images == null) {
            throw new BadInputException(dir + " has no " + prefix + "-images-idx3-ubyte.gz; point --data-dir at a folder "
                    + "of MNIST-format IDX files (train-images-idx3-ubyte.gz, t10k-images-idx3-ubyte.gz, ...)");
        }
        Path labels = file("labels-idx1-ubyte");
        try (DataInputStream in = open(images)) {
            int magic = in.readInt();
            if (magic != IMAGE_MAGIC) {
                throw new BadInputException(images.getFileName() + " is not an IDX image file (magic number 0x"
                        + Integer.toHexString(magic) + ", expected 0x803); check the file");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count < 0 || count > MAX_IMAGES || rows < 1 || rows > MAX_SIDE || cols < 1 || cols > MAX_SIDE) {
                throw new BadInputException(images.getFileName() + " says " + count + " images of " + rows + "×" + cols
                        + ", which is not a dataset this reads; check the file");
            }
            byte[] bytes = new byte[Math.multiplyExact(count, rows * cols)];
            in.readFully(bytes);
            float[] pixels = new float[bytes.length];
            for (int k = 0; k < bytes.length; k++) {
                pixels[k] = (bytes[k] & 0xff) / 255f;
            }
            int[] labelValues = labels == null ? null : readLabels(labels, count);
            int classes = 0;
            if (labelValues != null) {
                for (int l : labelValues) {
                    classes = Math.max(classes, l + 1);
                }
            }
            return new ImageSet(name, count, rows, cols, pixels, labelValues, labelValues == null ? 0 : Math.max(1, classes));
        } catch (EOFException e) {
            throw new BadInputException(images.getFileName() + " is shorter than its header says (truncated); download it again");
        } catch (IOException e) {
            throw new BadInputException(images.getFileName() + " cannot be read (" + e.getMessage() + "); check the file");
        }
    }

    private static int[] readLabels(Path file, int count) throws IOException {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != LABEL_MAGIC) {
                throw new BadInputException(file.getFileName() + " is not an IDX label file (magic number 0x"
                        + Integer.toHexString(magic) + ", expected 0x801); check the file");
            }
            int n = in.readInt();
            if (n != count) {
                throw new BadInputException(file.getFileName() + " has " + n + " labels for " + count
                        + " images; the files do not belong together");
            }
            byte[] bytes = new byte[n];
            in.readFully(bytes);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = bytes[i] & 0xff;
            }
            return labels;
        } catch (EOFException e) {
            throw new BadInputException(file.getFileName() + " is shorter than its header says (truncated); download it again");
        }
    }

    private Path file(String stem) {
        for (String suffix : new String[] {".gz", ""}) {
            Path p = dir.resolve(prefix + "-" + stem + suffix);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return new DataInputStream(file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw);
    }
}
