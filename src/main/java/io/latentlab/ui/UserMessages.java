package io.latentlab.ui;

import io.latentlab.data.BadInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Turns a failure into one sentence for the person at the screen: what went wrong and what to
 * do. Bad input is reported as the engine worded it; nothing shows a stack trace.
 */
final class UserMessages {

    private UserMessages() {
    }

    /** For example "Could not save ring8-gan.lab.zip: the folder is read-only. Choose another folder." */
    static String failure(String doing, Throwable failure) {
        if (failure instanceof BadInputException) {
            return failure.getMessage();
        }
        if (failure instanceof AccessDeniedException) {
            return "Could not " + doing + ": permission denied. Choose a folder you may write to.";
        }
        if (failure instanceof NoSuchFileException) {
            return "Could not " + doing + ": the file or its folder does not exist. Choose another place.";
        }
        if (failure instanceof IOException) {
            return "Could not " + doing + ": " + firstLine(failure) + ". Check the disk and the folder, then try again.";
        }
        return "Could not " + doing + " (" + firstLine(failure) + "). Try again; if it keeps failing, restart Latent Lab.";
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
