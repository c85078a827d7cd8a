package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.explore.AttributeVector;
import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.LatentModel;
import io.latentlab.model.LatentImages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The attribute vector's settings: from two classes ("7" minus "1", the encoded test images of
 * each) or from slots A and B; plain or bias-corrected (balanced by ink, see {@link AttributeVector});
 * its strength (−3..3); and the sample it is applied to (slot C's average, else a seeded draw).
 * {@link #request} captures them on the FX thread; the request's {@link Request#row} does the
 * work on the explorer thread.
 */
final class AttributeSettings {

    /** Pictures in the attribute row: strengths 0, s/6, …, s. */
    static final int ROW = 7;
    /** Ink levels balanced: terciles of the pictures' mean pixel value. */
    static final int INK_LEVELS = 3;

    final BooleanProperty fromClasses = new SimpleBooleanProperty(this, "fromClasses", true);
    final IntegerProperty plus = new SimpleIntegerProperty(this, "plus", 7);
    final IntegerProperty minus = new SimpleIntegerProperty(this, "minus", 1);
    final BooleanProperty balanced = new SimpleBooleanProperty(this, "balanced", false);
    final DoubleProperty strength = new SimpleDoubleProperty(this, "strength", 2);
    final IntegerProperty sampleSeed = new SimpleIntegerProperty(this, "sampleSeed", 1);

    /** The row decoded: its latent vectors (null when there is no vector), the strengths, and a line saying how it was made or why not. */
    record Row(float[] z, double[] strengths, String note) {
    }

    /** The settings as they are now, with what they need, for the explorer thread. */
    record Request(boolean fromClasses, int plus, int minus, String plusName, String minusName, boolean balanced, double strength,
                   long seed, int latentSize, int pixels, LatentGroup slotA, LatentGroup slotB, EncodedImages encoded,
                   float[] images, String missing) {

        /** The sample moved along the attribute vector at each strength; applied to {@code slotC} when it is set. */
        Row row(float[] slotC) {
            double[] strengths = new double[ROW];
            for (int k = 0; k < ROW; k++) {
                strengths[k] = strength * k / (ROW - 1);
            }
            if (missing != null) {
                return new Row(null, strengths, missing);
            }
            LatentGroup with;
            LatentGroup without;
            String what;
            if (fromClasses) {
                with = LatentGroup.ofClass(plusName, encoded.z(), encoded.labels(), images, latentSize, pixels, plus);
                without = LatentGroup.ofClass(minusName, encoded.z(), encoded.labels(), images, latentSize, pixels, minus);
                what = "\"" + plusName + "\" minus \"" + minusName + "\"";
            } else {
                with = slotA;
                without = slotB;
                what = "A minus B";
            }
            float[] vector;
            try {
                vector = balanced ? balancedByInk(with, without) : AttributeVector.meanDifference(with.members(), without.members(), latentSize);
            } catch (IllegalArgumentException e) {
                return new Row(null, strengths, e.getMessage());
            }
            float[] sample = slotC != null ? slotC : LatentImages.priorDraws(1, latentSize, seed);
            String on = slotC != null ? "slot C's average" : "draw " + seed;
            double length = 0;
            for (float v : vector) {
                length += v * v;
            }
            String note = String.format(Locale.ROOT, "%s%s, |v| = %.2f, on %s at strengths 0 to %.1f", what,
                    balanced ? " balanced by ink" : "", Math.sqrt(length), on, strength);
            return new Row(AttributeVector.applied(sample, vector, strengths), strengths, note);
        }

        private float[] balancedByInk(LatentGroup with, LatentGroup without) {
            double[] inks = new double[with.count() + without.count()];
            for (int k = 0; k < with.count(); k++) {
                inks[k] = with.inks()[k];
            }
            for (int k = 0; k < without.count(); k++) {
                inks[with.count() + k] = without.inks()[k];
            }
            int[] levels = AttributeVector.quantileLevels(inks, INK_LEVELS);
            return AttributeVector.balanced(with.members(), java.util.Arrays.copyOf(levels, with.count()), without.members(),
                    java.util.Arrays.copyOfRange(levels, with.count(), levels.length), latentSize);
        }
    }

    /** Captures the settings; {@code missing} is set when a part is missing (no encoder, an empty slot). */
    Request request(LatentModel model, LatentGroup[] slots, EncodedImages encoded, ImageSet images, IntFunction<String> className) {
        String missing = null;
        boolean classes = fromClasses.get();
        if (classes && !model.encodes()) {
            missing = model.name() + " has no encoder to average classes: take the attribute from slots A and B.";
        } else if (classes && (encoded == null || images == null || encoded.labels() == null)) {
            missing = "The test images are still being encoded.";
        } else if (classes && plus.get() == minus.get()) {
            missing = "Choose two different classes for the attribute vector.";
        } else if (!classes && (slots[0] == null || slots[1] == null)) {
            missing = "Fill slots A and B to take the attribute vector from them.";
        }
        return new Request(classes, plus.get(), minus.get(), className.apply(plus.get()), className.apply(minus.get()), balanced.get(),
                strength.get(), sampleSeed.get(), model.latentSize(), model.pixels(), slots[0], slots[1], encoded,
                images == null ? null : images.pixelsView(), missing);
    }
}
