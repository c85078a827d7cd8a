package io.latentlab.ui;

import io.latentlab.lesson.LessonSetting;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Explore panels' options a lesson may set, gathered until the panel is shown, then set on its
 * view model. Options a lesson leaves out keep what the panel has. Interpolation:
 * {@code interpolation-steps} (2–32), {@code interpolation-endpoints} (draws, samples, test-images).
 * Map: {@code map-directions} (dimensions, principal, random), {@code map-extent} (0.5–10),
 * {@code map-grid} (10, 15, 20). Arithmetic: {@code arithmetic-view} (sum, analogy, attribute),
 * {@code arithmetic-a}, {@code arithmetic-b}, {@code arithmetic-c} (a class number 0–9 whose encoded
 * test images fill the slot; the other slots are emptied), {@code attribute-plus}, {@code attribute-minus}
 * (class numbers) and {@code attribute-strength} (−3 to 3).
 */
final class ExploreLessonPanels {

    static final Map<String, EndpointSource> ENDPOINTS = Map.of("draws", EndpointSource.DRAWS,
            "samples", EndpointSource.SAMPLES, "test-images", EndpointSource.TEST_IMAGES);
    static final Map<String, MapDirections> DIRECTIONS = Map.of("dimensions", MapDirections.DIMENSIONS,
            "principal", MapDirections.PRINCIPAL, "random", MapDirections.RANDOM);
    static final Map<String, ArithmeticViewModel.View> VIEWS = Map.of("sum", ArithmeticViewModel.View.SUM,
            "analogy", ArithmeticViewModel.View.ANALOGY, "attribute", ArithmeticViewModel.View.ATTRIBUTE);
    static final int MAX_CLASS = 9;

    private Integer steps;
    private EndpointSource endpoints;
    private MapDirections directions;
    private Double extent;
    private Integer grid;
    private ArithmeticViewModel.View view;
    private final Integer[] slotClasses = new Integer[3];
    private Integer plus;
    private Integer minus;
    private Double strength;

    List<LessonSetting<?>> settings() {
        List<LessonSetting<?>> all = new ArrayList<>(List.of(
                LessonSetting.whole("interpolation-steps", 2, 32, k -> steps = k),
                choice("interpolation-endpoints", ENDPOINTS, source -> endpoints = source),
                choice("map-directions", DIRECTIONS, d -> directions = d),
                LessonSetting.number("map-extent", 0.5, 10, x -> extent = x),
                LessonSetting.choice("map-grid", MapControls.GRID_SIDES.stream().map(String::valueOf).toList(), Integer::valueOf, side -> grid = side),
                choice("arithmetic-view", VIEWS, v -> view = v)));
        for (int slot = 0; slot < 3; slot++) {
            int s = slot;
            all.add(LessonSetting.whole("arithmetic-" + ArithmeticViewModel.SLOT_NAMES[slot].toLowerCase(java.util.Locale.ROOT), 0, MAX_CLASS,
                    label -> slotClasses[s] = label));
        }
        all.add(LessonSetting.whole("attribute-plus", 0, MAX_CLASS, label -> plus = label));
        all.add(LessonSetting.whole("attribute-minus", 0, MAX_CLASS, label -> minus = label));
        all.add(LessonSetting.number("attribute-strength", -3, 3, x -> strength = x));
        return all;
    }

    /** Back to "leave the panels as they are". */
    void defaults() {
        steps = null;
        endpoints = null;
        directions = null;
        extent = null;
        grid = null;
        view = null;
        java.util.Arrays.fill(slotClasses, null);
        plus = null;
        minus = null;
        strength = null;
    }

    /** Sets the gathered options on {@code panel}'s view model (the panel shown; the model explored and encoded). */
    void apply(Node panel) {
        if (panel instanceof InterpolationPanel interpolation) {
            InterpolationViewModel strips = interpolation.viewModel();
            if (endpoints != null) {
                strips.sourceProperty().set(endpoints);
            }
            if (steps != null) {
                strips.stepsProperty().set(steps);
            }
        } else if (panel instanceof LatentMapPanel mapPanel) {
            LatentMapViewModel map = mapPanel.viewModel();
            if (directions != null) {
                map.directionsProperty().set(directions);
            }
            if (extent != null) {
                map.extentProperty().set(extent);
            }
            if (grid != null) {
                map.sideProperty().set(grid);
            }
        } else if (panel instanceof ArithmeticPanel arithmeticPanel) {
            applyArithmetic(arithmeticPanel.viewModel());
        }
    }

    private void applyArithmetic(ArithmeticViewModel arithmetic) {
        if (view != null) {
            arithmetic.viewProperty().set(view);
        }
        if (java.util.Arrays.stream(slotClasses).anyMatch(java.util.Objects::nonNull)) {
            for (int slot = 0; slot < 3; slot++) {
                if (slotClasses[slot] == null) {
                    arithmetic.clear(slot);
                } else {
                    arithmetic.fillWithClass(slot, slotClasses[slot]);
                }
            }
        }
        AttributeSettings attribute = arithmetic.attribute();
        if (plus != null || minus != null) {
            attribute.fromClasses.set(true);
        }
        if (plus != null) {
            attribute.plus.set(plus);
        }
        if (minus != null) {
            attribute.minus.set(minus);
        }
        if (strength != null) {
            attribute.strength.set(strength);
        }
    }

    private static <T> LessonSetting<T> choice(String name, Map<String, T> byName, java.util.function.Consumer<T> apply) {
        return LessonSetting.choice(name, byName.keySet().stream().sorted().toList(), byName::get, apply);
    }
}
