package io.latentlab.app;

import io.latentlab.model.PretrainedModels;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.ui.PretrainedStart;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The part of the start that does not need the window: ND4J's set-up, on the calling thread
 * before JavaFX starts (the two must not load native libraries at once), and reading the
 * pretrained model the window opens with ({@link PretrainedStart#read}) on its own thread while
 * JavaFX starts; and the {@link StartupClock} that times them.
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
        try {
            // before JavaFX starts: loading ND4J's native libraries while JavaFX loads its own can deadlock (see Nd4jRuntime)
            Nd4jRuntime.init();
        } catch (RuntimeException | LinkageError e) {
            model.completeExceptionally(e); // the toy lab's start says the backend failed, the Images tab starts untrained
        }
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
