package io.latentlab.ui;

import io.latentlab.density.DensityEstimator;
import io.latentlab.density.GaussianMixture;
import io.latentlab.density.Kernel;
import io.latentlab.lesson.LessonSetting;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The toy lab's density overlays as lessons set them (View ▸ Density overlay, and the bandwidth
 * slider): {@code show-real-density}, {@code show-generated-density}, {@code density} ({@code kde} or
 * {@code gmm}), {@code kernel} ({@code gaussian} or {@code epanechnikov}), {@code bandwidth}
 * ({@code scott}, {@code silverman} or a width h from {@value BandwidthControl#MIN_WIDTH} to
 * {@value BandwidthControl#MAX_WIDTH}), {@code components} ({@code auto} or 1 to the mixture's most).
 * A lesson starts with both overlays off and a Gaussian KDE with Scott's rule.
 */
final class ToyLabDensitySettings {

    private ToyLabDensitySettings() {
    }

    static List<LessonSetting<?>> settings(DensityOverlayModel densities) {
        return List.of(
                LessonSetting.flag("show-real-density", densities.showRealProperty()::set),
                LessonSetting.flag("show-generated-density", densities.showGeneratedProperty()::set),
                LessonSetting.choice("density", List.of("kde", "gmm"),
                        name -> name.equals("kde") ? DensityEstimator.Method.KDE : DensityEstimator.Method.GMM,
                        method -> change(densities, e -> e.withMethod(method))),
                LessonSetting.choice("kernel", List.of("gaussian", "epanechnikov"), Kernel::parse,
                        kernel -> change(densities, e -> e.withKernel(kernel))),
                new LessonSetting<>("bandwidth", "scott, silverman or a number from " + BandwidthControl.format(BandwidthControl.MIN_WIDTH)
                        + " to " + BandwidthControl.format(BandwidthControl.MAX_WIDTH), ToyLabDensitySettings::bandwidth,
                        rule -> change(densities, e -> e.withBandwidth(rule))),
                new LessonSetting<>("components", "auto or a whole number from 1 to " + GaussianMixture.AUTO_MAX_K,
                        ToyLabDensitySettings::components, k -> change(densities, e -> e.withComponents(k))));
    }

    /** Both overlays off, a Gaussian KDE with Scott's rule: the lab's own start. */
    static void prepare(DensityOverlayModel densities) {
        densities.showRealProperty().set(false);
        densities.showGeneratedProperty().set(false);
        densities.estimatorProperty().set(DensityEstimator.defaultKde());
    }

    private static void change(DensityOverlayModel densities, UnaryOperator<DensityEstimator> edit) {
        densities.estimatorProperty().set(edit.apply(densities.estimatorProperty().get()));
    }

    private static String bandwidth(String text) {
        String rule = text.trim();
        if (rule.equals("scott") || rule.equals("silverman")) {
            return rule;
        }
        double h = Double.parseDouble(rule);
        if (!(h >= BandwidthControl.MIN_WIDTH && h <= BandwidthControl.MAX_WIDTH)) {
            throw new IllegalArgumentException("out of range");
        }
        return Double.toString(h);
    }

    private static int components(String text) {
        String k = text.trim();
        if (k.equals("auto")) {
            return DensityEstimator.AUTO;
        }
        int value = Integer.parseInt(k);
        if (value < 1 || value > GaussianMixture.AUTO_MAX_K) {
            throw new IllegalArgumentException("out of range");
        }
        return value;
    }
}
