package io.latentlab.ui;

import io.latentlab.model.AtomicFile;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Encodes a snapshot of a view as PNG: for "Export ▸ Scatter plot as PNG" and for the preview
 * inside a model file. Safe off the FX thread once the snapshot has been taken.
 */
final class PngExport {

    private PngExport() {
    }

    static byte[] bytes(Image image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
            throw new IOException("no PNG writer is available");
        }
        return out.toByteArray();
    }

    static void write(Path file, Image image) throws IOException {
        byte[] png = bytes(image);
        AtomicFile.write(file, out -> out.write(png));
    }
}
