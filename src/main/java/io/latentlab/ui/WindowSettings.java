package io.latentlab.ui;

import io.latentlab.settings.Appearance;
import io.latentlab.settings.Settings;
import io.latentlab.settings.SettingsStore;
import io.latentlab.settings.WindowLayout;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Tab;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the main window back as it was (size and position, kept on a screen; maximised; full
 * screen; the selected tab; the toy lab's divider; the look; the recent models) from the settings
 * file, and writes them back when the window closes and whenever the recent models change. A
 * damaged file's line shows in the window. FX thread.
 */
public final class WindowSettings {

    /** How much of the window's top edge must be on a screen to grab it by its title bar. */
    private static final double GRAB = 48;

    private final Stage stage;
    private final MainWindow window;
    private final SettingsStore store;
    /** The size and place of the window when neither maximised nor full screen: what it goes back to. */
    private double x = Double.NaN;
    private double y = Double.NaN;
    private double width;
    private double height;

    private WindowSettings(Stage stage, MainWindow window, SettingsStore store) {
        this.stage = stage;
        this.window = window;
        this.store = store;
    }

    /**
     * Applies {@code store}'s settings to {@code stage} and {@code window} (call before
     * {@code stage.show()}), and saves them when the stage hides and when the recent models change.
     */
    public static WindowSettings install(Stage stage, MainWindow window, SettingsStore store) {
        WindowSettings settings = new WindowSettings(stage, window, store);
        settings.apply(store.read().settings());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> settings.save());
        window.recentModels().onChange(list -> settings.save());
        if (store.read().damaged()) {
            window.toyLabViewModel().showError(store.read().problem());
            window.imageLabViewModel().showError(store.read().problem());
            window.exploreViewModel().showError(store.read().problem());
        }
        return settings;
    }

    private void apply(Settings settings) {
        WindowLayout layout = settings.window();
        Rectangle2D fit = largestScreen();
        width = Math.min(layout.width(), fit.getWidth());
        height = Math.min(layout.height(), fit.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        if (layout.placed() && onSomeScreen(layout.x(), layout.y(), width)) {
            x = layout.x();
            y = layout.y();
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(layout.maximised());
        stage.setFullScreen(layout.fullScreen());
        if (layout.tab() != null) {
            window.workspaces().getTabs().stream().filter(t -> layout.tab().equals(t.getText())).findFirst()
                    .ifPresent(t -> window.workspaces().getSelectionModel().select(t));
        }
        if (!layout.dividers().isEmpty()) {
            window.toyLabView().setDividerPositions(layout.dividers().stream().mapToDouble(Double::doubleValue).toArray());
        }
        Appearance look = settings.appearance();
        window.presentationMode().highContrastProperty().set(look.highContrast());
        window.presentationMode().largeTextProperty().set(look.largeText());
        window.presentationMode().presentationProperty().set(look.presentation());
        window.recentModels().setAll(settings.recentModels().stream().map(Path::of).toList());
        stage.xProperty().addListener((o, was, is) -> remember());
        stage.yProperty().addListener((o, was, is) -> remember());
        stage.widthProperty().addListener((o, was, is) -> remember());
        stage.heightProperty().addListener((o, was, is) -> remember());
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    /** The settings as the window is now. */
    public Settings current() {
        Tab tab = window.workspaces().getSelectionModel().getSelectedItem();
        List<Double> dividers = new ArrayList<>();
        for (double d : window.toyLabView().getDividerPositions()) {
            dividers.add(d);
        }
        double w = clamp(width, WindowLayout.MIN_WIDTH, WindowLayout.MAX_SIZE, WindowLayout.DEFAULT_WIDTH);
        double h = clamp(height, WindowLayout.MIN_HEIGHT, WindowLayout.MAX_SIZE, WindowLayout.DEFAULT_HEIGHT);
        boolean placed = Double.isFinite(x) && Double.isFinite(y) && Math.abs(x) <= WindowLayout.MAX_POSITION
                && Math.abs(y) <= WindowLayout.MAX_POSITION;
        WindowLayout layout = new WindowLayout(placed ? x : Double.NaN, placed ? y : Double.NaN, w, h,
                stage.isMaximized(), stage.isFullScreen(), tab == null ? null : tab.getText(), dividers);
        PresentationMode mode = window.presentationMode();
        Appearance look = new Appearance(mode.highContrastProperty().get(), mode.largeTextProperty().get(),
                mode.presentationProperty().get());
        List<String> recent = window.recentModels().files().stream().map(Path::toString).toList();
        return new Settings(layout, look, recent);
    }

    /** Writes the settings now; a failure shows as one line in the window. */
    public void save() {
        String problem = store.save(current());
        if (problem != null) {
            window.toyLabViewModel().showError(problem);
        }
    }

    private static double clamp(double v, double min, double max, double fallback) {
        return Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : fallback;
    }

    private static Rectangle2D largestScreen() {
        Rectangle2D best = Screen.getPrimary().getVisualBounds();
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getVisualBounds();
            if (b.getWidth() * b.getHeight() > best.getWidth() * best.getHeight()) {
                best = b;
            }
        }
        return best;
    }

    /** Whether the window's title bar, at (x, y), would be on a screen enough to grab it. */
    private static boolean onSomeScreen(double x, double y, double width) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, width), GRAB);
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getVisualBounds();
            double across = Math.min(titleBar.getMaxX(), b.getMaxX()) - Math.max(titleBar.getMinX(), b.getMinX());
            double down = Math.min(titleBar.getMaxY(), b.getMaxY()) - Math.max(titleBar.getMinY(), b.getMinY());
            if (across >= Math.min(GRAB * 2, width) && down >= GRAB / 2) {
                return true;
            }
        }
        return false;
    }
}
