package io.latentlab.ui;

import io.latentlab.data.ModeCoverage;
import io.latentlab.density.DensityEstimator;
import io.latentlab.density.DensityOverlay;
import io.latentlab.density.Grid;
import io.latentlab.density.OverlayFitter;
import io.latentlab.density.OverlayRequest;
import io.latentlab.train.GanLoss;
import io.latentlab.train.MetricSnapshot;
import io.latentlab.train.SampleSnapshot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;

/**
 * The density overlays and the divergence figures of the toy lab, for views to bind to: which
 * overlays show, in which style, with which estimator; the latest fitted {@link DensityOverlay};
 * and the figures beside the loss chart as text (KL, JS, modes covered, the critic's
 * Wasserstein estimate). Part of {@link ToyLabViewModel}, which feeds it the real data, each new
 * set of generated samples and, once a frame, the latest metrics.
 *
 * <p>Every change asks the {@link OverlayFitter} for a new fit on its own thread (the newest
 * request wins); each frame takes its newest result, if any. The figures change at most
 * {@link #FIGURES_PER_SECOND} times a second, so they can be read; the Wasserstein estimate is
 * the mean of the per-step values seen in that time. All methods are for the FX thread.
 */
public final class DensityOverlayModel implements AutoCloseable {

    /** Grid points per axis of a 2-D overlay, over the scatter's range. */
    public static final int GRID_2D = 128;
    /** Grid points of a 1-D overlay, over the histogram's range. */
    public static final int GRID_1D = 256;
    public static final int FIGURES_PER_SECOND = 4;
    static final String NONE = "–";

    private final BooleanProperty showReal = new SimpleBooleanProperty(this, "showReal", false);
    private final BooleanProperty showGenerated = new SimpleBooleanProperty(this, "showGenerated", false);
    private final ObjectProperty<OverlayStyle> style = new SimpleObjectProperty<>(this, "style", OverlayStyle.CONTOURS);
    private final ObjectProperty<DensityEstimator> estimator =
            new SimpleObjectProperty<>(this, "estimator", DensityEstimator.defaultKde());
    private final ReadOnlyObjectWrapper<DensityOverlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay");
    private final ReadOnlyStringWrapper klText = new ReadOnlyStringWrapper(this, "klText", NONE);
    private final ReadOnlyStringWrapper jsText = new ReadOnlyStringWrapper(this, "jsText", NONE);
    private final ReadOnlyStringWrapper modesText = new ReadOnlyStringWrapper(this, "modesText", NONE);
    private final ReadOnlyStringWrapper wassersteinText = new ReadOnlyStringWrapper(this, "wassersteinText", NONE);
    private final ReadOnlyBooleanWrapper wassersteinShown = new ReadOnlyBooleanWrapper(this, "wassersteinShown");

    private final OverlayFitter fitter;
    private float[] real;
    private int dimension = 2;
    private Grid grid;
    private SampleSnapshot samples;
    private DensityOverlay lastSeen;
    private long lastFiguresNs;
    private boolean figuresShown;
    private double wassersteinSum;
    private int wassersteinCount;
    private MetricSnapshot lastMetrics;

    /** Fits with {@code fitter}, which this model closes. */
    public DensityOverlayModel(OverlayFitter fitter) {
        this.fitter = fitter;
        estimator.addListener((o, was, is) -> {
            if (is == null) {
                estimator.set(was);
            } else {
                requestFit();
            }
        });
    }

    /** New real data: the overlays start again from the real samples alone. */
    void dataChanged(float[] realPoints, int dataDimension) {
        real = realPoints;
        dimension = dataDimension;
        samples = null;
        grid = dataDimension == 2
                ? Grid.of(-ScatterPlot.RANGE, ScatterPlot.RANGE, GRID_2D, -ScatterPlot.RANGE, ScatterPlot.RANGE, GRID_2D)
                : oneDimensionalGrid(realPoints);
        overlay.set(null);
        modesText.set(NONE);
        requestFit();
    }

    private static Grid oneDimensionalGrid(float[] realPoints) {
        HistogramBins.Range range = HistogramBins.rangeOf(realPoints);
        return Grid.of(range.min(), range.max(), GRID_1D);
    }

    /** New generated samples (of the current data's dimension). */
    void samplesChanged(SampleSnapshot newSamples) {
        samples = newSamples;
        ModeCoverage coverage = newSamples.coverage();
        modesText.set(coverage == null ? NONE : coverage.modesCovered() + " / " + coverage.modes());
        requestFit();
    }

    private void requestFit() {
        if (real != null) {
            fitter.request(new OverlayRequest(samples == null ? 0 : samples.iteration(), real,
                    samples == null ? null : samples.points(), dimension, grid, estimator.get()));
        }
    }

    /** Takes the newest fit, and now and then updates the figures. Called every frame. */
    void refresh(long now, MetricSnapshot metrics, GanLoss loss) {
        DensityOverlay newest = fitter.latest();
        if (newest != lastSeen && newest != null && newest.grid().equals(grid)) {
            lastSeen = newest;
            overlay.set(newest);
        }
        boolean wasserstein = loss == GanLoss.WASSERSTEIN_GP;
        if (wasserstein && metrics != null && metrics != lastMetrics) {
            lastMetrics = metrics;
            double w = metrics.step().dReal() - metrics.step().dFake();
            if (Double.isFinite(w)) {
                wassersteinSum += w;
                wassersteinCount++;
            }
        }
        if (figuresShown && now - lastFiguresNs < 1_000_000_000L / FIGURES_PER_SECOND) {
            return;
        }
        figuresShown = true;
        lastFiguresNs = now;
        DensityOverlay shown = overlay.get();
        klText.set(shown == null ? NONE : format(shown.kl()));
        jsText.set(shown == null ? NONE : format(shown.js()));
        wassersteinShown.set(wasserstein);
        if (!wasserstein) {
            wassersteinText.set(NONE);
        } else if (wassersteinCount > 0) {
            wassersteinText.set(format(wassersteinSum / wassersteinCount));
        }
        wassersteinSum = 0;
        wassersteinCount = 0;
    }

    /** Three decimals, or a dash for a figure that is not there. */
    static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : NONE;
    }

    /** Why the latest fit failed, or empty. */
    String failure() {
        return fitter.failure();
    }

    @Override
    public void close() {
        fitter.close();
    }

    /** Whether the real data's density is drawn (off at start). */
    public BooleanProperty showRealProperty() {
        return showReal;
    }

    /** Whether the generated samples' density is drawn (off at start). */
    public BooleanProperty showGeneratedProperty() {
        return showGenerated;
    }

    /** Contours (at start) or heatmap, for 2-D data. */
    public ObjectProperty<OverlayStyle> styleProperty() {
        return style;
    }

    /** KDE or GMM with its settings; a Gaussian KDE with Scott's rule at start. Never null. */
    public ObjectProperty<DensityEstimator> estimatorProperty() {
        return estimator;
    }

    /** The newest fit for the data shown, or null before the first. */
    public ReadOnlyObjectProperty<DensityOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** KL(real ‖ generated) in nats, e.g. "0.123", or "–". */
    public ReadOnlyStringProperty klTextProperty() {
        return klText.getReadOnlyProperty();
    }

    /** JS(real, generated) in nats (at most ln 2 ≈ 0.693), or "–". */
    public ReadOnlyStringProperty jsTextProperty() {
        return jsText.getReadOnlyProperty();
    }

    /** "8 / 8" modes covered, or "–" for data without modes. */
    public ReadOnlyStringProperty modesTextProperty() {
        return modesText.getReadOnlyProperty();
    }

    /** mean D(real) − mean D(fake) of the critic, for the WGAN-GP loss only; else "–". */
    public ReadOnlyStringProperty wassersteinTextProperty() {
        return wassersteinText.getReadOnlyProperty();
    }

    /** Whether the loss is WGAN-GP, so the Wasserstein estimate means something. */
    public ReadOnlyBooleanProperty wassersteinShownProperty() {
        return wassersteinShown.getReadOnlyProperty();
    }
}
