package io.latentlab.ui;

/**
 * The style classes of {@code latentlab.css}, so views name them instead of writing inline
 * styles. One place to see what the stylesheet must cover.
 */
public final class Styles {

    /** The stylesheet every Latent Lab scene and dialog uses. */
    public static final String STYLESHEET = "latentlab.css";

    public static final String MAIN_WINDOW = "main-window";
    /** On the main window (and dialogs): presentation-size text for the back of a classroom. */
    public static final String LARGE_TEXT = "large-text";
    /** On the main window (and dialogs): the high-contrast theme, light text on a dark ground. */
    public static final String HIGH_CONTRAST = "high-contrast";
    /** On the main window in presentation mode (with {@link #LARGE_TEXT} and {@link #HIGH_CONTRAST}). */
    public static final String PRESENTATION = "presentation";
    /** On a hyperparameter control: hidden in presentation mode (see {@link PresentationMode#hyperparameter}). */
    public static final String HYPERPARAMETERS = "hyperparameters";
    public static final String TRAINING_TOOLBAR = "training-toolbar";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_FIELD = "status-field";
    public static final String STATUS_STATE = "status-state";
    public static final String STATUS_MESSAGE = "status-message";
    /** On the message label while it reports a problem. */
    public static final String ERROR = "error";
    public static final String TOY_LAB = "toy-lab";
    public static final String SIDE_PANEL = "side-panel";
    /** The scroll pane around the side panel, for when it is taller than the window. */
    public static final String SIDE_SCROLL = "side-scroll";
    public static final String CONTROL_TITLE = "control-title";
    /** The Model section: data, noise and loss pickers. */
    public static final String MODEL_PANEL = "model-panel";
    public static final String MODEL_GRID = "model-grid";
    /** The collapsible Networks section of the Model panel. */
    public static final String NETWORKS_PANE = "networks-pane";
    /** The box holding whichever plot the data's dimension calls for. */
    public static final String PLOT_AREA = "plot-area";
    public static final String PLOT_LEGEND = "plot-legend";
    public static final String LEGEND_REAL = "legend-real";
    public static final String LEGEND_GENERATED = "legend-generated";
    /** The discriminator heatmap's colour bar (a plot legend too). */
    public static final String HEATMAP_LEGEND = "heatmap-legend";
    public static final String HEATMAP_BAR = "heatmap-bar";
    /** The "Mixtures (EM)" workspace, its player buttons and its iteration line. */
    public static final String EM_PLAYER = "em-player";
    public static final String EM_BUTTONS = "em-buttons";
    public static final String EM_PROGRESS = "em-progress";
    /** The figures beside the loss chart: KL, JS, modes, Wasserstein. */
    public static final String DIVERGENCE_PANEL = "divergence-panel";
    public static final String METRIC_TILE = "metric-tile";
    public static final String METRIC_NAME = "metric-name";
    /** A figure big enough to read from the back of the room. */
    public static final String METRIC_VALUE = "metric-value";

    private Styles() {
    }

    /** The stylesheet's URL, for {@code getStylesheets().add(...)}. */
    public static String stylesheetUrl() {
        return Styles.class.getResource(STYLESHEET).toExternalForm();
    }
}
