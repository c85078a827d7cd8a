package io.latentlab.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The workspaces with the lesson pane beside them, split so the teacher can drag the divider: a
 * tab whose controls need the room gets it back, a long explanation gets more. The pane joins the
 * split when a lesson (or its problem line) is shown and leaves it when closed; the divider keeps
 * the place it was dragged to while the window is open.
 */
final class LessonSplit extends SplitPane {

    /** Where the divider starts: the lesson pane takes the right {@value #START_SHARE} of the width. */
    static final double START_SHARE = 0.28;

    private double divider = 1 - START_SHARE;

    LessonSplit(Node workspaces, LessonPane lesson) {
        setId("lessonSplit");
        getItems().add(workspaces);
        SplitPane.setResizableWithParent(lesson, false);
        lesson.visibleProperty().addListener((o, was, is) -> show(lesson, is));
        show(lesson, lesson.isVisible());
    }

    private void show(LessonPane lesson, boolean shown) {
        if (shown && !getItems().contains(lesson)) {
            getItems().add(lesson);
            setDividerPositions(divider);
            getDividers().get(0).positionProperty().addListener((o, was, at) -> divider = at.doubleValue());
        } else if (!shown && getItems().contains(lesson)) {
            getItems().remove(lesson);
        }
    }
}
