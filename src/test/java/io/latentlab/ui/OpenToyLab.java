package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.train.TrainingSession;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real main window on the ring, attached to a real training session, as the UI tests open
 * it in their {@code @Start}; {@link #close()} in their {@code @Stop} stops every worker it started.
 */
record OpenToyLab(TrainingSession session, FxBackgroundTasks tasks, ToyLabViewModel lab, MainWindow window) {

    static OpenToyLab show(Stage stage, long seed, double width, double height) {
        TrainingSession session = new TrainingSession(ToyLabSetup.ring8(seed));
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        ToyLabViewModel lab = new ToyLabViewModel(GaussianRing.ring8(), seed);
        MainWindow window = new MainWindow(lab, tasks, () -> { });
        stage.setScene(new Scene(window, width, height));
        stage.show();
        lab.attach(session, "test backend");
        return new OpenToyLab(session, tasks, lab, window);
    }

    static OpenToyLab show(Stage stage, double width, double height) {
        return show(stage, ToyLabSetup.DEFAULT_SEED, width, height);
    }

    void close() {
        lab.detach();
        session.close();
        tasks.close();
        window.emPlayerViewModel().close();
        window.vaeViewModel().close();
    }
}
