package io.latentlab.app;

import io.latentlab.model.PretrainedModels;
import io.latentlab.ui.PretrainedStart;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The part of the start that does not need the window: ND4J's set-up and reading the pretrained
 * model the window opens with ({@link PretrainedStart#read}), begun by {@link Launcher} on its own
 * thread before JavaFX starts, so the two overlap; and the {@link StartupClock} that times both.
 * The application takes it once; when it was not begun (a launcher that skips {@link Launcher}),
 * taking it begins it.
 */
final class EarlyStart {

    private static volatile EarlyStart begun;

    private final StartupClock clock;
    private final CompletableFuture<Optional<PretrainedStart.StartModel>> model;

    private EarlyStart(List<String> args) {
        clock = new StartupClock(args.contains("--startup-report"), PretrainedStart.FIRST_GRID);
        model = args.contains("--play") ? CompletableFuture.completedFuture(Optional.empty()) : new CompletableFuture<>();
        if (!model.isDone()) {
            Thread reader = new Thread(() -> {
                try {
                    model.complete(PretrainedStart.read(PretrainedModels::locate, clock::mark));
                } catch (RuntimeException | LinkageError e) {
                    model.completeExceptionally(e);
                }
            }, "latentlab-pretrained");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** Begins reading now; called first thing in {@code main}. */
    static void begin(String[] args) {
        begun = new EarlyStart(List.of(args));
    }

    /** What {@link #begin} started, or a fresh start when nothing was begun. */
    static synchronized EarlyStart take(List<String> args) {
        EarlyStart started = begun;
        begun = null;
        return started != null ? started : new EarlyStart(args);
    }

    StartupClock clock() {
        return clock;
    }

    /** The pretrained model, when read; empty when none ships or with {@code --play}. */
    CompletableFuture<Optional<PretrainedStart.StartModel>> model() {
        return model;
    }
}
