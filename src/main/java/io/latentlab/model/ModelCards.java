package io.latentlab.model;

import io.latentlab.data.BadInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads only a model file's {@code card.json}, without restoring its networks: what a menu of
 * pretrained models lists and what a place that opens one model kind checks first, in a few
 * milliseconds. The same limits as {@link ModelFile}: the file's size bounded, the card's bytes
 * counted while reading, and every failure one {@link BadInputException} naming the file.
 */
public final class ModelCards {

    private static final long MAX_CARD_BYTES = 1L << 20;

    private ModelCards() {
    }

    /** The card of {@code file}; the networks in it are neither read nor checked. */
    public static ModelCard peek(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw ModelFile.bad(file, Files.exists(file) ? "is not a file" : "does not exist; check the path");
            }
            if (Files.size(file) > ModelFile.MAX_FILE_BYTES) {
                throw ModelFile.bad(file, "is larger than " + (ModelFile.MAX_FILE_BYTES >> 20) + " MiB, too large for a model file");
            }
        } catch (IOException e) {
            throw ModelFile.bad(file, "cannot be read (" + ModelFile.oneLine(e) + ")");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ModelFile.refuseTooManyEntries(file, zip);
            refuseEntriesOutside(file, zip);
            ZipEntry entry = zip.getEntry(ModelFile.CARD);
            if (entry == null || entry.isDirectory()) {
                return ModelFile.parseCard(file, null);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return ModelFile.parseCard(file, readBounded(file, in));
            }
        } catch (NoSuchFileException e) {
            throw ModelFile.bad(file, "does not exist; check the path");
        } catch (ZipException e) {
            throw ModelFile.notAZip(file, e);
        } catch (IOException e) {
            throw ModelFile.bad(file, "cannot be read (" + ModelFile.oneLine(e) + ")");
        }
    }

    /**
     * Checks that {@code file} holds a model {@code place} opens, from its card alone, and
     * returns the card; otherwise throws one line saying what the file holds and where to open it.
     */
    public static ModelCard require(Path file, ModelPlace place) {
        ModelCard card = peek(file);
        String wrong = ModelKinds.wrongPlace(String.valueOf(file.getFileName()), card, place);
        if (wrong != null) {
            throw new BadInputException(wrong);
        }
        return card;
    }

    /** No entry may name a path outside the zip: a model file is untrusted input. */
    private static void refuseEntriesOutside(Path file, ZipFile zip) {
        var all = zip.entries();
        while (all.hasMoreElements()) {
            String name = all.nextElement().getName();
            if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains(":")) {
                throw ModelFile.bad(file, "holds an unexpected entry '" + ModelFile.shown(name) + "' that points outside the zip;"
                        + " this is not a model file we wrote, so it is not opened; " + ModelFile.OPEN_OURS);
            }
        }
    }

    private static byte[] readBounded(Path file, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_CARD_BYTES) {
                throw ModelFile.bad(file, ModelFile.CARD + " inside it unpacks to more than " + (MAX_CARD_BYTES >> 20)
                        + " MiB, far more than any model card, so it is not opened; " + ModelFile.OPEN_OURS);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
