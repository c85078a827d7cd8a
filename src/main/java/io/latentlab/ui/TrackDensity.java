package io.latentlab.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A small 1-D density drawn behind a slider's track: the data's marginal along that slider as a
 * thin filled curve (blue), and optionally the prior N(0, 1) as a dashed line (orange, Okabe–Ito),
 * over the slider's range, so a student sees when the thumb leaves where the data lies.
 */
final class TrackDensity extends Region {

    static final String STYLE_CLASS = "track-density";
    private static final Color FILL = Color.web("#0072B2", 0.30);
    private static final Color EDGE = Color.web("#0072B2", 0.85);
    private static final Color PRIOR = Color.web("#D55E00", 0.8);

    private final Canvas canvas = new Canvas();
    private double[] density;
    private double low = -4;
    private double high = 4;
    private boolean prior;
    private double inset = 8;

    TrackDensity() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setMouseTransparent(true);
    }

    /** The curve over [low, high] (evenly spaced values, endpoints included; null for none) and whether to draw the prior. */
    void show(double[] values, double from, double to, boolean priorCurve) {
        density = values;
        low = from;
        high = to;
        prior = priorCurve;
        draw();
    }

    /** Where the slider's track starts and ends, in from each side: half its thumb. */
    void setInset(double pixels) {
        if (pixels != inset) {
            inset = pixels;
            draw();
        }
    }

    boolean hasDensity() {
        return density != null;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double track = w - 2 * inset;
        if (track <= 0 || h <= 0) {
            return;
        }
        double top = 0;
        if (density != null) {
            for (double v : density) {
                top = Math.max(top, v);
            }
        }
        double priorTop = 1 / Math.sqrt(2 * Math.PI);
        double scale = (h - 2) / Math.max(top, prior ? priorTop : 0);
        if (density != null && top > 0) {
            int n = density.length;
            g.beginPath();
            g.moveTo(inset, h);
            for (int i = 0; i < n; i++) {
                g.lineTo(inset + track * i / (n - 1), h - density[i] * scale);
            }
            g.lineTo(inset + track, h);
            g.closePath();
            g.setFill(FILL);
            g.fill();
            g.setStroke(EDGE);
            g.setLineWidth(1.2);
            g.stroke();
        }
        if (prior) {
            g.setStroke(PRIOR);
            g.setLineWidth(1.2);
            g.setLineDashes(4, 3);
            g.beginPath();
            int n = 121;
            for (int i = 0; i < n; i++) {
                double x = low + (high - low) * i / (n - 1);
                double y = h - priorTop * Math.exp(-0.5 * x * x) * scale;
                if (i == 0) {
                    g.moveTo(inset, y);
                } else {
                    g.lineTo(inset + track * i / (n - 1), y);
                }
            }
            g.stroke();
            g.setLineDashes();
        }
    }
}
