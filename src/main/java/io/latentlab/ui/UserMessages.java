package io.latentlab.ui;

import io.latentlab.data.BadInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import io.latentlab.model.WriteFailure;

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

    /**
     * For a model save that failed: the file, why, what to do, and that nothing is lost, e.g.
     * "Could not save ring8-gan.lab.zip: the disk is full: free some space or save elsewhere; the model is still open."
     */
    static String saveFailure(Path file, Throwable failure) {
        String name = String.valueOf(file.getFileName());
        Throwable cause = failure instanceof java.util.concurrent.ExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String reason = cause instanceof IOException io ? WriteFailure.reason(file, io) : null;
        if (reason == null && WriteFailure.diskFull(cause)) {
            reason = "the disk is full: free some space or save elsewhere";
        }
        if (reason != null) {
            return "Could not save " + name + ": " + reason + "; the model is still open.";
        }
        String said = failure("save " + name, cause);
        return said.endsWith(".") ? said.substring(0, said.length() - 1) + "; the model is still open." : said;
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
