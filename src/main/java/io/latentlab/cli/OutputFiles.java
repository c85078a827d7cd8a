package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.model.AtomicFile;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks on the files a command will write, made before any long work starts, so a typo in a
 * path costs a second, not a training run.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** @throws BadInputException saying why {@code file} (given as {@code option}) cannot be written */
    static void requireWritable(Path file, String option) {
        String why = AtomicFile.whyNotWritable(file);
        if (why != null) {
            throw new BadInputException("cannot write " + file + ": " + why + "; choose "
                    + (why.startsWith("folder") ? "an existing, writable folder" : "another file") + " for " + option);
        }
    }

    /** The lower-case extension after the last dot, without the dot; empty when there is none. */
    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
