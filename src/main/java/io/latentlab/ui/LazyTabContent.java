package io.latentlab.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Puts a tab's content into the scene when the tab is first selected, not before: a workspace
 * nobody has looked at yet costs no style, layout or drawing while the window opens. Its view and
 * view model exist from the start; only their place in the scene waits.
 */
final class LazyTabContent {

    private LazyTabContent() {
    }

    /** {@code content} goes into {@code tab} now if it is selected, else on its first selection. */
    static void install(Tab tab, Node content) {
        if (tab.isSelected()) {
            tab.setContent(content);
            return;
        }
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    o.removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }
}
