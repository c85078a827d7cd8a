package io.latentlab.app;

import io.latentlab.model.PretrainedModels;
import io.latentlab.ui.PretrainedStart;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code --exit-after-start}: a check that the app starts and opens a pretrained model. Once the
 * first grid is drawn it prints which model the window shows ({@code startup: showing FILE (KIND,
 * D latents)}) and exits with status 0, or prints why no pretrained model was opened and exits
 * with 1; a start that takes longer than {@value #LIMIT_S} s exits with 1 too. The packaged app's
 * build runs it (see jpackage/README.md).
 */
final class StartCheck {

    static final String FLAG = "--exit-after-start";
    static final int LIMIT_S = 180;

    private static volatile Integer status;

    private StartCheck() {
    }

    static boolean requested(List<String> args) {
        return args.contains(FLAG);
    }

    /** Starts the time limit; a daemon thread, so a normal exit does not wait for it. */
    static void armTimeLimit() {
        Thread limit = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(LIMIT_S);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("startup: no first grid after " + LIMIT_S + " s; the start is stuck, see the messages above");
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }, "latentlab-start-check");
        limit.setDaemon(true);
        limit.start();
    }

    /** Prints what the window opened with and records the exit status; any thread. */
    static void report(CompletableFuture<Optional<PretrainedStart.StartModel>> model) {
        Outcome outcome = outcome(model);
        System.out.println("startup: " + outcome.line());
        System.out.flush();
        status = outcome.status();
    }

    /** What the window opened with, as one line, and the exit status that goes with it. */
    static Outcome outcome(CompletableFuture<Optional<PretrainedStart.StartModel>> model) {
        Optional<PretrainedStart.StartModel> opened;
        try {
            opened = model.getNow(null);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Outcome("no pretrained model was opened: "
                    + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName()), 1);
        }
        if (opened == null) {
            return new Outcome("no pretrained model was opened: it was still being read when the first grid was drawn", 1);
        }
        if (opened.isEmpty()) {
            return new Outcome("no pretrained model was opened: none was found (" + PretrainedModels.notFound() + ")", 1);
        }
        var card = opened.get().model().card();
        return new Outcome("showing " + opened.get().file().getFileName() + " (" + card.kind() + ", " + card.latentSize()
                + " latents) from " + opened.get().file().getParent(), 0);
    }

    /** The status {@link #report} recorded; 1 when the window closed before the first grid. */
    static int status() {
        Integer s = status;
        return s == null ? 1 : s;
    }

    /** One line saying what the window opened with, and the exit status: 0 when it is a pretrained model. */
    record Outcome(String line, int status) {
    }
}
