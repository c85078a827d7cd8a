package io.latentlab.ui;

import io.latentlab.lesson.Lesson;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson beside the workspace: its title, its formula set large, the explanation, and the
 * questions to ask the class; Restart sets the lesson up again, Close hides the pane. When a lesson
 * could not be opened the pane shows that one line instead. Hidden while there is neither.
 */
public final class LessonPane extends ScrollPane {

    public static final double WIDTH = 380;
    /** The narrowest the divider may make it: a column of a few words. */
    static final double MIN_WIDTH = 220;

    private final Label title = label("lessonTitle", "lesson-title");
    private final Label formula = label("lessonFormula", "lesson-formula");
    private final Label text = label("lessonText", "lesson-text");
    private final Label questions = label("lessonQuestions", "lesson-questions");
    private final Label problem = label("lessonProblem", "lesson-problem");

    public LessonPane(LessonsViewModel lessons) {
        setId("lessonPane");
        getStyleClass().add("lesson-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(WIDTH);
        setMinWidth(MIN_WIDTH);
        problem.getStyleClass().add(Styles.ERROR);

        Button restart = new Button("Restart lesson");
        restart.setId("lessonRestart");
        restart.setOnAction(e -> lessons.restart());
        restart.disableProperty().bind(lessons.currentProperty().isNull());
        Button close = new Button("Close");
        close.setId("lessonClose");
        close.setOnAction(e -> lessons.close());
        HBox buttons = new HBox(8, restart, close);

        VBox content = new VBox(12, problem, title, formula, text, questions, buttons);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("lesson-content");
        setContent(content);

        lessons.currentProperty().addListener((o, was, lesson) -> show(lesson));
        problem.textProperty().bind(lessons.problemProperty());
        problem.visibleProperty().bind(lessons.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        visibleProperty().bind(lessons.currentProperty().isNotNull().or(lessons.problemProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
        show(lessons.currentProperty().get());
    }

    private void show(Lesson lesson) {
        for (Label part : new Label[] {title, formula, text, questions}) {
            part.setVisible(lesson != null);
            part.setManaged(lesson != null);
        }
        if (lesson == null) {
            return;
        }
        title.setText(lesson.title());
        formula.setText(lesson.formula());
        formula.setVisible(!lesson.formula().isEmpty());
        formula.setManaged(formula.isVisible());
        text.setText(lesson.explanation());
        StringBuilder ask = new StringBuilder();
        for (String question : lesson.ask()) {
            ask.append(ask.isEmpty() ? "Ask the class:\n" : "\n").append("•  ").append(question);
        }
        questions.setText(ask.toString());
        questions.setVisible(!lesson.ask().isEmpty());
        questions.setManaged(questions.isVisible());
        setVvalue(0);
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(label, Priority.NEVER);
        return label;
    }
}
