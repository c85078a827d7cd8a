package io.latentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled datasets ({@code assets/datasets/}) at run time, relative to the app: in
 * the working directory or beside the code (the project root holds {@code assets/}; the jar
 * {@code target/latentlab-0.1.0.jar} and {@code target/classes} sit one folder below it; an
 * installed app keeps {@code assets/} beside its jar), then loads one after checking that each
 * file still has its published MD5.
 */
public final class BundledDatasets {

    /** Where the datasets sit under a root. */
    public static final Path RELATIVE = Path.of("assets", "datasets");

    private BundledDatasets() {
    }

    /** The {@code assets/datasets} folder, or a one-line failure saying where it looked and what to do. */
    public static Path folder() {
        List<Path> starts = starts();
        return find(starts).orElseThrow(() -> new BadInputException("the bundled datasets are missing: no "
                + RELATIVE + " folder in " + starts.get(0) + " or beside the app; run Latent Lab from its project folder, "
                + "restore " + RELATIVE + " with git, or open a dataset folder instead"));
    }

    /** The first of {@code starts} and up to three of their parents that holds {@code assets/datasets}. */
    public static Optional<Path> find(List<Path> starts) {
        return ShippedFolder.find(RELATIVE, starts);
    }

    /** Loads {@code dataset} with its labels, checking the checksums first. */
    public static ImageSet load(BundledDataset dataset) {
        return load(dataset, folder());
    }

    /** Loads {@code dataset} from {@code datasets} (a folder laid out as {@code assets/datasets}). */
    public static ImageSet load(BundledDataset dataset, Path datasets) {
        Path dir = datasets.resolve(dataset.folder());
        Path images = dir.resolve(BundledDataset.IMAGES);
        Path labels = dir.resolve(BundledDataset.LABELS);
        for (Path file : List.of(images, labels)) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("the bundled " + dataset.title() + " file " + file + " is missing; restore "
                        + RELATIVE + " with git or reinstall Latent Lab");
            }
        }
        verify(images, dataset.imagesMd5());
        verify(labels, dataset.labelsMd5());
        return ImageDatasets.load(dataset.setName(), images, labels);
    }

    /** Fails unless {@code file}'s MD5 is {@code expected} (lower-case hex). */
    public static void verify(Path file, String expected) {
        String actual = md5(file);
        if (!actual.equals(expected)) {
            throw new BadInputException(file.getFileName() + " in " + file.getParent() + " is not the published file: its MD5 is "
                    + actual + ", expected " + expected + "; restore it with git or download it again");
        }
    }

    /** The MD5 of {@code file}, as lower-case hex (as {@code md5sum} prints it). */
    public static String md5(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int r; (r = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, r);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new BadInputException(file + " cannot be read (" + e.getMessage() + "); check the file and its permissions");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no MD5", e);
        }
    }

    private static List<Path> starts() {
        return ShippedFolder.starts();
    }
}
