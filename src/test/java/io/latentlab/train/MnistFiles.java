package io.latentlab.train;

import io.latentlab.data.ImageSet;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Test code only: reads an MNIST images file (gzipped IDX, 16-byte header) from the shared data
 * folder for runs outside the suite; the suite itself never needs it.
 */
final class MnistFiles {

    static final Path SHARED = Path.of("/work/shared/data/mnist");

    private MnistFiles() {
    }

    static ImageSet read(Path file, String name, int limit) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16))) {
            if (in.readInt() != 0x803) {
                throw new IOException(file + " is not an IDX image file");
            }
            int count = Math.min(limit, in.readInt());
            int rows = in.readInt();
            int cols = in.readInt();
            byte[] bytes = new byte[count * rows * cols];
            in.readFully(bytes);
            float[] pixels = new float[bytes.length];
            for (int k = 0; k < bytes.length; k++) {
                pixels[k] = (bytes[k] & 0xff) / 255f;
            }
            return new ImageSet(name, count, rows, cols, pixels, null, 0);
        }
    }
}
