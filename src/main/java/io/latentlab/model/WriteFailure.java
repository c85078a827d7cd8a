package io.latentlab.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why writing a file failed, in words a person can act on: the disk is full, the folder is a
 * file or missing, the disk is read-only, permission is denied. Reads the operating system's
 * reason (ENOSPC, ENOTDIR, EROFS, EACCES) from the exception and looks at the target's folder.
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    /** Whether {@code e} (or what it wraps) says the disk is full. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("There is not enough space on the disk")
                    || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * For example "the disk is full: free some space or save elsewhere" or "/home/ana/notes is a
     * file, not a folder: choose another folder"; null when {@code e} is none of the known causes.
     */
    public static String reason(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        if (diskFull(e)) {
            return "the disk is full: free some space or save elsewhere";
        }
        String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String lower = why.toLowerCase(Locale.ROOT);
        if (lower.contains("not a directory") || (folder != null && Files.exists(folder) && !Files.isDirectory(folder))) {
            return (folder != null && Files.isRegularFile(folder) ? folder + " is a file, not a folder"
                    : "a part of " + folder + " is a file, not a folder") + ": choose another folder";
        }
        if (lower.contains("read-only file system")) {
            return "the disk holding " + folder + " is read-only: save elsewhere";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied in " + folder + ": choose a folder you may write to";
        }
        if (e instanceof NoSuchFileException || lower.contains("no such file")) {
            return "folder " + folder + " does not exist: choose another folder";
        }
        return null;
    }
}
