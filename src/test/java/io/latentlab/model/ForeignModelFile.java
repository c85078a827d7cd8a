package io.latentlab.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Model files of a kind this version does not know, as a newer Latent Lab might write them; for tests. */
public final class ForeignModelFile {

    private ForeignModelFile() {
    }

    /** A model file of {@code kind} with a card and one entry this version does not know. */
    public static void write(Path file, String kind, String otherEntry) throws IOException {
        ModelCard card = new ModelCard(1, kind, Map.of(), 8, new int[] {28, 28}, List.of(), "mnist", null, 10, 1,
                Map.of(), Map.of(), "9.9.9", "made by a test", null);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ModelFile.CARD));
            zip.write(ModelFile.cardBytes(card));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(otherEntry));
            zip.write("weights".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
    }
}
