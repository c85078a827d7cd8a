package io.latentlab.ui;

import io.latentlab.model.AppVersion;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * Help ▸ Keyboard shortcuts (grouped by tab, see {@link ShortcutGroups}) and Help ▸ About Latent Lab, styled like the main window (larger text
 * included) so they read from the back of the room.
 */
public final class HelpDialogs {

    private final Node owner;
    private final ObservableBooleanValue largeText;
    private final ObservableStringValue backend;

    public HelpDialogs(Node owner, ObservableBooleanValue largeText, ObservableStringValue backend) {
        this.owner = owner;
        this.largeText = largeText;
        this.backend = backend;
    }

    public void showShortcuts() {
        GridPane table = new GridPane();
        table.getStyleClass().add("shortcut-table");
        int row = 0;
        for (ShortcutGroups.Group group : ShortcutGroups.all()) {
            Label title = new Label(group.title());
            title.getStyleClass().add(Styles.CONTROL_TITLE);
            if (row > 0) {
                title.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
            }
            table.add(title, 0, row++, 2, 1);
            for (ShortcutGroups.Row r : group.rows()) {
                addRow(table, row++, r.key(), r.description());
            }
        }
        Alert alert = alert("Keyboard shortcuts", "Keyboard shortcuts");
        alert.getDialogPane().setContent(table);
        alert.showAndWait();
    }

    private static void addRow(GridPane table, int row, String key, String description) {
        Label keyLabel = new Label(key);
        keyLabel.getStyleClass().add("shortcut-key");
        table.addRow(row, keyLabel, new Label(description));
    }

    public void showAbout() {
        Alert alert = alert("About Latent Lab", "Latent Lab " + AppVersion.VERSION);
        alert.setContentText("Train generative models and watch them learn.\n\n"
                + "Numerical backend: " + backend.get() + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version"));
        alert.showAndWait();
    }

    private Alert alert(String title, String header) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        alert.getDialogPane().getStylesheets().add(Styles.stylesheetUrl());
        if (largeText.get()) {
            alert.getDialogPane().getStyleClass().add(Styles.LARGE_TEXT);
        }
        alert.setResizable(true);
        return alert;
    }
}
