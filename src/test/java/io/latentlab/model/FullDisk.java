package io.latentlab.model;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Makes every {@link AtomicFile} write fail as a full disk does: after {@code bytes} bytes the
 * stream throws {@code IOException("No space left on device")}, as the JDK reports ENOSPC.
 * Close it to give the disk its space back. For tests in any package.
 */
public final class FullDisk implements AutoCloseable {

    private FullDisk() {
    }

    public static FullDisk after(long bytes) {
        AtomicFile.streams = out -> new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                room(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                room(len);
                out.write(b, off, len);
            }

            private void room(int n) throws IOException {
                written += n;
                if (written > bytes) {
                    throw new IOException("No space left on device");
                }
            }
        };
        return new FullDisk();
    }

    @Override
    public void close() {
        AtomicFile.streams = java.util.function.UnaryOperator.identity();
    }
}
