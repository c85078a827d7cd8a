package io.latentlab.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that a crash never leaves half of it: into a temporary file in the same
 * folder, then renamed over the target.
 */
public final class AtomicFile {

    /** Writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What the temporary file's stream goes through: itself, unless a test makes the disk fill up. */
    static volatile java.util.function.UnaryOperator<OutputStream> streams = java.util.function.UnaryOperator.identity();

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            keepUsualPermissions(temp, absolute);
            try (OutputStream out = streams.apply(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A temporary file is private (rw-------); the file it becomes gets the target's old
     * permissions, or rw-r--r-- for a new file, as a plain write would give it.
     */
    private static void keepUsualPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Why {@code target} cannot be written, in words, or null when it can (the folder exists and is writable). */
    public static String whyNotWritable(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            return folder + " is a file, not a folder";
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return "folder " + folder + " does not exist";
        }
        if (!Files.isWritable(folder)) {
            return "folder " + folder + " is not writable";
        }
        if (Files.isDirectory(absolute)) {
            return absolute + " is a folder";
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return absolute + " exists and is read-only";
        }
        return null;
    }
}
