package io.latentlab.ui;

import io.latentlab.model.GanShape;
import io.latentlab.model.HiddenLayers;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.Optimizer;
import io.latentlab.train.TrainingSession;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Locale;
import java.util.Objects;

/**
 * The toy lab's choices about the two networks, for the Networks section to bind to: each
 * network's hidden layers (how many, how wide, which activation) and optimizer, and the
 * discriminator steps per generator step.
 *
 * <p>The hidden layers need new networks: choosing them rebuilds the GAN and says so. The
 * optimizers and the D steps change live, from the next step on. What the trainer uses is read
 * back from the session every frame ({@link #follow}), so the controls show, for instance, the
 * five D steps that choosing the Wasserstein loss sets. All methods are for the FX thread.
 */
public final class NetworkSettingsModel {

    /** The D steps a person may choose. */
    public static final int MIN_DISCRIMINATOR_STEPS = 1;
    public static final int MAX_DISCRIMINATOR_STEPS = 10;

    private final ToyLabViewModel lab;
    private final ReadOnlyObjectWrapper<HiddenLayers> generator = new ReadOnlyObjectWrapper<>(this, "generator", HiddenLayers.TOY);
    private final ReadOnlyObjectWrapper<HiddenLayers> discriminator = new ReadOnlyObjectWrapper<>(this, "discriminator", HiddenLayers.TOY);
    private final ReadOnlyObjectWrapper<Optimizer> generatorOptimizer = new ReadOnlyObjectWrapper<>(this, "generatorOptimizer");
    private final ReadOnlyObjectWrapper<Optimizer> discriminatorOptimizer = new ReadOnlyObjectWrapper<>(this, "discriminatorOptimizer");
    private final ReadOnlyIntegerWrapper discriminatorSteps = new ReadOnlyIntegerWrapper(this, "discriminatorSteps");

    NetworkSettingsModel(ToyLabViewModel lab, GanHyperparameters start) {
        this.lab = Objects.requireNonNull(lab);
        follow(start);
    }

    /**
     * Shows the optimizers and D steps the trainer uses now; no command is sent. A choice the
     * trainer has not taken yet stays shown until the trainer reports it: settings published
     * before the command arrived must not put the old choice back (a Reset then would reapply it).
     */
    void follow(GanHyperparameters inForce) {
        if (awaitedOptimizers != null && awaitedOptimizers.equals(
                java.util.List.of(inForce.generatorOptimizer(), inForce.discriminatorOptimizer()))) {
            awaitedOptimizers = null;
        }
        if (awaitedSteps == inForce.discriminatorSteps()) {
            awaitedSteps = 0;
        }
        if (awaitedOptimizers == null) {
            generatorOptimizer.set(inForce.generatorOptimizer());
            discriminatorOptimizer.set(inForce.discriminatorOptimizer());
        }
        if (awaitedSteps == 0) {
            discriminatorSteps.set(Math.min(MAX_DISCRIMINATOR_STEPS, inForce.discriminatorSteps()));
        }
    }

    /** Shows whatever the trainer reports next, e.g. after a command that changes its settings itself. */
    void forgetAwaited() {
        awaitedOptimizers = null;
        awaitedSteps = 0;
    }

    /** The optimizers last chosen, until the trainer reports them in force; null when none is awaited. */
    private java.util.List<Optimizer> awaitedOptimizers;
    /** The D steps last chosen, until the trainer reports them in force; 0 when none is awaited. */
    private int awaitedSteps;

    /** Shows the hidden layers of a GAN opened from a file; no rebuild. */
    void showShape(GanShape shape) {
        generator.set(HiddenLayers.of(shape.generator()));
        discriminator.set(HiddenLayers.of(shape.discriminator()));
    }

    /** The settings a rebuild trains with: {@code settings} with these optimizers and D steps. */
    GanHyperparameters applyTo(GanHyperparameters settings) {
        return settings.withOptimizers(generatorOptimizer.get(), discriminatorOptimizer.get())
                .withDiscriminatorSteps(discriminatorSteps.get());
    }

    /** After a reset, the trainer takes the live choices again. */
    void reapply(TrainingSession session) {
        session.setOptimizers(generatorOptimizer.get(), discriminatorOptimizer.get());
        session.setDiscriminatorSteps(discriminatorSteps.get());
    }

    // ----- choices (rebuild) -----

    /** New generator networks with {@code layers}; training starts again. */
    public void chooseGenerator(HiddenLayers layers) {
        if (lab.session() == null || layers.equals(generator.get())) {
            return;
        }
        generator.set(layers);
        lab.replaceSession();
        lab.showInfo("Rebuilt the generator: " + layers.describe() + "; training starts again from iteration 0.");
    }

    /** A new discriminator with {@code layers}; training starts again. */
    public void chooseDiscriminator(HiddenLayers layers) {
        if (lab.session() == null || layers.equals(discriminator.get())) {
            return;
        }
        discriminator.set(layers);
        lab.replaceSession();
        lab.showInfo("Rebuilt the discriminator: " + layers.describe() + "; training starts again from iteration 0.");
    }

    // ----- choices (live) -----

    public void chooseGeneratorOptimizer(Optimizer optimizer) {
        chooseOptimizers(optimizer, discriminatorOptimizer.get(), "generator", optimizer);
    }

    public void chooseDiscriminatorOptimizer(Optimizer optimizer) {
        chooseOptimizers(generatorOptimizer.get(), optimizer, "discriminator", optimizer);
    }

    private void chooseOptimizers(Optimizer g, Optimizer d, String network, Optimizer chosen) {
        TrainingSession session = lab.session();
        if (session == null || (g == generatorOptimizer.get() && d == discriminatorOptimizer.get())) {
            return;
        }
        generatorOptimizer.set(g);
        discriminatorOptimizer.set(d);
        awaitedOptimizers = java.util.List.of(g, d);
        session.setOptimizers(g, d);
        lab.showInfo("The " + network + " now learns with " + ModelChoiceLabels.optimizer(chosen)
                + " from the next step on (its optimizer starts afresh); training goes on from iteration "
                + ToyLabViewModel.formatIteration(lab.iterationProperty().get()) + ".");
    }

    /** Discriminator steps per generator step, {@value #MIN_DISCRIMINATOR_STEPS} to {@value #MAX_DISCRIMINATOR_STEPS}, from the next iteration on. */
    public void chooseDiscriminatorSteps(int steps) {
        TrainingSession session = lab.session();
        if (session == null || steps == discriminatorSteps.get()) {
            return;
        }
        if (steps < MIN_DISCRIMINATOR_STEPS || steps > MAX_DISCRIMINATOR_STEPS) {
            lab.showError(String.format(Locale.ROOT, "D steps per G step must be %d to %d, not %d; choose again.",
                    MIN_DISCRIMINATOR_STEPS, MAX_DISCRIMINATOR_STEPS, steps));
            return;
        }
        discriminatorSteps.set(steps);
        awaitedSteps = steps;
        session.setDiscriminatorSteps(steps);
        lab.showInfo("The discriminator now takes " + steps + (steps == 1 ? " step" : " steps")
                + " per generator step, from the next iteration on.");
    }

    // ----- read-only properties -----

    public ReadOnlyObjectProperty<HiddenLayers> generatorProperty() {
        return generator.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HiddenLayers> discriminatorProperty() {
        return discriminator.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optimizer> generatorOptimizerProperty() {
        return generatorOptimizer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optimizer> discriminatorOptimizerProperty() {
        return discriminatorOptimizer.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty discriminatorStepsProperty() {
        return discriminatorSteps.getReadOnlyProperty();
    }
}
