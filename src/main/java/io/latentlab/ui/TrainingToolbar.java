package io.latentlab.ui;

import io.latentlab.train.StepKind;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The training controls: Play/Pause, Step (one D and one G update), Step D only, Step G only and
 * Reset, each with an icon, a word, and a tooltip naming its keyboard shortcut. Disabled until
 * the training session is ready.
 */
public final class TrainingToolbar extends ToolBar {

    static final String PLAY_ICON = "mdi2p-play";
    static final String PAUSE_ICON = "mdi2p-pause";
    static final String STEP_ICON = "mdi2s-step-forward";
    static final String STEP_D_ICON = "mdi2a-alpha-d-box-outline";
    static final String STEP_G_ICON = "mdi2a-alpha-g-box-outline";
    static final String RESET_ICON = "mdi2r-restore";

    public TrainingToolbar(ToyLabViewModel lab) {
        getStyleClass().add(Styles.TRAINING_TOOLBAR);
        FontIcon playIcon = new FontIcon(PLAY_ICON);
        Button play = button("playButton", "Play", playIcon, "Start training (Space)", lab::togglePlay);
        Tooltip playTip = play.getTooltip();
        lab.runningProperty().addListener((o, was, running) -> {
            play.setText(running ? "Pause" : "Play");
            playIcon.setIconLiteral(running ? PAUSE_ICON : PLAY_ICON);
            playTip.setText(running ? "Pause training (Space)" : "Start training (Space)");
        });
        Button step = button("stepButton", "Step", new FontIcon(STEP_ICON),
                "One training step: discriminator, then generator (S)", () -> lab.step(StepKind.BOTH));
        Button stepD = button("stepDButton", "Step D", new FontIcon(STEP_D_ICON),
                "One discriminator step only (D)", () -> lab.step(StepKind.DISCRIMINATOR));
        Button stepG = button("stepGButton", "Step G", new FontIcon(STEP_G_ICON),
                "One generator step only (G)", () -> lab.step(StepKind.GENERATOR));
        Button reset = button("resetButton", "Reset", new FontIcon(RESET_ICON),
                "Start again from fresh networks, same seed and settings (R)", lab::reset);
        for (Button b : new Button[] {play, step, stepD, stepG, reset}) {
            b.disableProperty().bind(Bindings.not(lab.readyProperty()));
        }
        getItems().addAll(play, new Separator(), step, stepD, stepG, new Separator(), reset);
    }

    private static Button button(String id, String text, FontIcon icon, String tip, Runnable action) {
        Button button = new Button(text, icon);
        button.setId(id);
        button.setContentDisplay(ContentDisplay.LEFT);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(Duration.millis(400));
        button.setTooltip(tooltip);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
