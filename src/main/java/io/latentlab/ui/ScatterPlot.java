package io.latentlab.ui;

import io.latentlab.train.FieldSnapshot;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A 2-D scatter of real (blue) and generated (orange) points over a fixed square data range,
 * with a grid, axes and a legend. The grid is a canvas drawn when the size changes; the points
 * are one image redrawn at most once per frame ({@link PointRaster}), so thousands of points
 * cost no scene-graph nodes and little rendering. The range is fixed, so a teacher sees the
 * generated points move, not the axes. The plot stays square so a ring looks round.
 *
 * <p>Three optional layers show what the GAN thinks ({@link FieldSnapshot}): the discriminator's
 * output as a heatmap under the points ({@link DiscriminatorHeatmap}, with a colour bar), the
 * generator manifold under the points ({@link ManifoldLayer}) and gradient arrows over them
 * ({@link GradientArrows}). Density overlays of the real and generated samples come as
 * contours over the points or a heatmap under them ({@link DensityOverlays}). They are redrawn only when a new snapshot comes, a layer is turned
 * on, or the plot is resized.
 */
public class ScatterPlot extends Region {

    public static final String DEFAULT_STYLE_CLASS = "scatter-plot";
    /** The plot shows [-RANGE, RANGE] on both axes. */
    public static final double RANGE = 3.0;
    private static final double POINT_RADIUS = 2.6;
    private static final double PAD = 12;

    private final ObjectProperty<float[]> realPoints = new SimpleObjectProperty<>(this, "realPoints");
    private final ObjectProperty<float[]> generatedPoints = new SimpleObjectProperty<>(this, "generatedPoints");
    private final BooleanProperty showReal = new SimpleBooleanProperty(this, "showReal", true);
    private final BooleanProperty showGenerated = new SimpleBooleanProperty(this, "showGenerated", true);
    private final ObjectProperty<FieldSnapshot> fields = new SimpleObjectProperty<>(this, "fields");
    private final BooleanProperty showDiscriminator = new SimpleBooleanProperty(this, "showDiscriminator", true);
    private final BooleanProperty showManifold = new SimpleBooleanProperty(this, "showManifold", false);
    private final BooleanProperty showArrows = new SimpleBooleanProperty(this, "showArrows", false);
    private final DiscriminatorHeatmap heatmap = new DiscriminatorHeatmap();
    private final HeatmapLegend heatmapLegend = new HeatmapLegend();
    private final ManifoldLayer manifold = new ManifoldLayer();
    private final GradientArrows arrows = new GradientArrows();
    private final DensityOverlays densities = new DensityOverlays(() -> setNeedsLayout(true));
    private boolean layersDirty = true;

    private final Canvas canvas = new Canvas();
    private final ImageView pointsView = new ImageView();
    private PointRaster raster;
    private PointRaster.Dot realDot;
    private PointRaster.Dot generatedDot;
    private double rasterScale;
    private final Label realLabel = new Label("Real data");
    private final Label generatedLabel = new Label("Generated");
    private final HBox legend;
    private boolean gridDirty = true;
    private boolean pointsDirty = true;

    public ScatterPlot() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        realLabel.setGraphic(new Circle(7, PlotPalette.REAL));
        realLabel.getStyleClass().add(Styles.LEGEND_REAL);
        generatedLabel.setGraphic(new Circle(7, PlotPalette.GENERATED));
        generatedLabel.getStyleClass().add(Styles.LEGEND_GENERATED);
        legend = new HBox(realLabel, generatedLabel);
        legend.getStyleClass().add(Styles.PLOT_LEGEND);
        legend.setManaged(false);
        pointsView.setManaged(false);
        pointsView.setSmooth(true);
        getChildren().addAll(canvas, heatmap, densities.under(), manifold, pointsView, densities.over(), arrows,
                heatmapLegend, legend, densities.legend());
        heatmap.visibleProperty().bind(showDiscriminator);
        heatmapLegend.visibleProperty().bind(showDiscriminator.and(fields.isNotNull()));
        manifold.visibleProperty().bind(showManifold);
        arrows.visibleProperty().bind(showArrows);
        for (Observable o : new Observable[] {fields, showDiscriminator, showManifold, showArrows}) {
            o.addListener(x -> {
                layersDirty = true;
                setNeedsLayout(true);
            });
        }
        realLabel.visibleProperty().bind(showReal);
        generatedLabel.visibleProperty().bind(showGenerated);
        realLabel.managedProperty().bind(realLabel.visibleProperty());
        generatedLabel.managedProperty().bind(generatedLabel.visibleProperty());
        legend.visibleProperty().bind(showReal.or(showGenerated));
        for (Observable o : new Observable[] {realPoints, generatedPoints, showReal, showGenerated}) {
            o.addListener(x -> markDirty(false));
        }
        realLabel.fontProperty().addListener(x -> markDirty(true));
        setMinSize(200, 200);
        setPrefSize(560, 560);
    }

    private void markDirty(boolean grid) {
        gridDirty |= grid;
        pointsDirty = true;
        setNeedsLayout(true); // lays out this branch only, once, in the next pulse
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            gridDirty = true;
        }
        Frame frame = frame(w, h);
        legend.resize(legend.prefWidth(-1), legend.prefHeight(-1));
        legend.relocate(snapPositionX(frame.left + 6), snapPositionY(frame.top + 6));
        HBox densityLegend = densities.legend();
        densityLegend.resize(densityLegend.prefWidth(-1), densityLegend.prefHeight(-1));
        double below = legend.isVisible() ? legend.getHeight() + 4 : 0;
        densityLegend.relocate(snapPositionX(frame.left + 6), snapPositionY(frame.top + 6 + below));
        if (gridDirty) {
            gridDirty = false;
            pointsDirty = true;
            drawGrid(frame);
        }
        if (pointsDirty) {
            pointsDirty = false;
            drawPoints(frame);
        }
        heatmapLegend.resize(heatmapLegend.prefWidth(-1), heatmapLegend.prefHeight(-1));
        heatmapLegend.relocate(snapPositionX(frame.left + frame.side - heatmapLegend.getWidth() - 6),
                snapPositionY(frame.top + frame.side - heatmapLegend.getHeight() - 6));
        placeLayers(frame);
    }

    /** Sizes the layers to the plot area and redraws those showing, when something changed. */
    private void placeLayers(Frame f) {
        heatmap.place(f.left, f.top, f.side, (int) Math.round(f.side * outputScale()));
        densities.place(f.left, f.top, f.side, (int) Math.round(f.side * outputScale()));
        for (Canvas layer : new Canvas[] {manifold, arrows}) {
            if (layer.getWidth() != f.side || layer.getHeight() != f.side) {
                layer.setWidth(f.side);
                layer.setHeight(f.side);
                layersDirty = true;
            }
            layer.relocate(f.left, f.top);
        }
        if (!layersDirty) {
            return;
        }
        layersDirty = false;
        FieldSnapshot snapshot = fields.get();
        heatmap.show(showDiscriminator.get() ? snapshot : null);
        manifold.draw(showManifold.get() ? snapshot : null, f.side, RANGE);
        arrows.draw(showArrows.get() ? snapshot : null, f.side, RANGE);
    }

    /** The square plot area inside the margins for tick labels. */
    private record Frame(double left, double top, double side) {
        double x(double v) {
            return left + (v + RANGE) / (2 * RANGE) * side;
        }

        double y(double v) {
            return top + (RANGE - v) / (2 * RANGE) * side;
        }
    }

    private Frame frame(double w, double h) {
        double font = realLabel.getFont().getSize();
        double leftMargin = 2.4 * font + PAD;
        double bottomMargin = 1.8 * font + PAD;
        double side = Math.max(10, Math.min(w - leftMargin - PAD, h - bottomMargin - PAD));
        // Whole device pixels: the layers are then drawn one to one, never resampled each frame.
        double scale = outputScale();
        side = Math.floor(side * scale) / scale;
        double left = snapPositionX(leftMargin + Math.max(0, (w - leftMargin - PAD - side) / 2));
        double top = snapPositionY(PAD + Math.max(0, (h - bottomMargin - PAD - side) / 2));
        return new Frame(left, top, side);
    }

    private void drawGrid(Frame f) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(PlotPalette.BACKGROUND);
        g.fillRect(f.left, f.top, f.side, f.side);
        Font font = realLabel.getFont();
        g.setFont(font);
        g.setFill(PlotPalette.TEXT);
        for (int v = (int) -RANGE; v <= RANGE; v++) {
            g.setStroke(v == 0 ? PlotPalette.AXIS : PlotPalette.GRID);
            g.setLineWidth(v == 0 ? 1.5 : 1);
            double x = snapPositionX(f.x(v)) + 0.5;
            double y = snapPositionY(f.y(v)) + 0.5;
            g.strokeLine(x, f.top, x, f.top + f.side);
            g.strokeLine(f.left, y, f.left + f.side, y);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(Integer.toString(v), x, f.top + f.side + 6);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Integer.toString(v), f.left - 8, y);
        }
        g.setStroke(PlotPalette.AXIS);
        g.setLineWidth(1.5);
        g.strokeRect(f.left, f.top, f.side, f.side);
    }

    /** Device pixels per layout unit: 1, or 2 on a screen scaled to 200 %. */
    private double outputScale() {
        return getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
    }

    /** Stamps the points into an image the size of the plot area, in device pixels. */
    private void drawPoints(Frame f) {
        double scale = outputScale();
        int side = (int) Math.round(f.side * scale);
        if (raster == null || raster.width() != side || rasterScale != scale) {
            raster = new PointRaster(side, side);
            rasterScale = scale;
            realDot = new PointRaster.Dot(PlotPalette.REAL, 0.6, POINT_RADIUS * scale);
            generatedDot = new PointRaster.Dot(PlotPalette.GENERATED, 0.85, POINT_RADIUS * scale);
            pointsView.setImage(raster.image());
        }
        raster.clear();
        double pixelsPerUnit = side / (2 * RANGE);
        if (showReal.get()) {
            stampAll(realPoints.get(), realDot, pixelsPerUnit);
        }
        if (showGenerated.get()) {
            stampAll(generatedPoints.get(), generatedDot, pixelsPerUnit);
        }
        raster.publish();
        pointsView.setFitWidth(f.side);
        pointsView.setFitHeight(f.side);
        pointsView.relocate(f.left, f.top);
    }

    private void stampAll(float[] points, PointRaster.Dot dot, double pixelsPerUnit) {
        if (points == null) {
            return;
        }
        for (int i = 0; i + 1 < points.length; i += 2) {
            double x = (points[i] + RANGE) * pixelsPerUnit;
            double y = (RANGE - points[i + 1]) * pixelsPerUnit;
            if (Double.isFinite(x) && Double.isFinite(y)) {
                raster.stamp(dot, x, y);
            }
        }
    }

    /** The square plot area in this region's coordinates: where [−RANGE, RANGE]² is drawn. */
    javafx.geometry.Bounds plotBounds() {
        return heatmap.getBoundsInParent();
    }

        /** How many generated points the plot holds (drawn when inside the range). */
    public int generatedCount() {
        float[] p = generatedPoints.get();
        return p == null ? 0 : p.length / 2;
    }

    /** Real points, row-major x,y pairs; the array is not copied, so never change it afterwards. */
    public ObjectProperty<float[]> realPointsProperty() {
        return realPoints;
    }

    /** Generated points, row-major x,y pairs; the array is not copied, so never change it afterwards. */
    public ObjectProperty<float[]> generatedPointsProperty() {
        return generatedPoints;
    }

    public BooleanProperty showRealProperty() {
        return showReal;
    }

    public BooleanProperty showGeneratedProperty() {
        return showGenerated;
    }

    /** The discriminator heatmap, manifold and arrows to draw, or null for none. */
    public ObjectProperty<FieldSnapshot> fieldsProperty() {
        return fields;
    }

    public BooleanProperty showDiscriminatorProperty() {
        return showDiscriminator;
    }

    public BooleanProperty showManifoldProperty() {
        return showManifold;
    }

    public BooleanProperty showArrowsProperty() {
        return showArrows;
    }

    /** How many times the heatmap, manifold, arrows and density layers were drawn: they redraw only on change. */
    int layerPaints() {
        return heatmap.paints() + manifold.paints() + arrows.paints() + densities.paints();
    }

    /** The density overlays: what to draw and how (see {@link DensityOverlays}). */
    DensityOverlays densityOverlays() {
        return densities;
    }
}
