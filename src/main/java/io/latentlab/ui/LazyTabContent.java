package io.latentlab.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/**
 * Makes a tab's content and puts it into the scene when the tab is first selected, not before: a
 * workspace nobody has looked at yet costs no building, style, layout or drawing while the window
 * opens. Its view model exists from the start.
 */
final class LazyTabContent {

    private LazyTabContent() {
    }

    /** {@code content} is made and goes into {@code tab} now if it is selected, else on its first selection. */
    static void install(Tab tab, Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    o.removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
    }
}
