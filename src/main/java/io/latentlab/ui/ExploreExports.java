package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;
import io.latentlab.export.AnimatedGif;
import io.latentlab.export.ExploredImagesPng;
import io.latentlab.export.ImageGridLayout;
import io.latentlab.export.LatentWalkGif;
import io.latentlab.model.AtomicFile;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The Explore tab's exports of what a panel shows ({@link ExplorePanel#shown()}): an image grid
 * PNG whose metadata lets {@code latentlab} remake it bit for bit, a looping GIF of a latent walk
 * through it, and the picture on the clipboard; with the settings they share (scale, padding,
 * background, columns; the walk's frames and delay). Decoding and writing run on the explorer
 * thread; the news comes back as the tab's message line. For the FX thread.
 */
public final class ExploreExports {

    /** Export scale: big enough for a projector. */
    public static final int DEFAULT_SCALE = 4;

    private final ExploreViewModel explore;
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", DEFAULT_SCALE);
    private final IntegerProperty padding = new SimpleIntegerProperty(this, "padding", 4);
    private final IntegerProperty background = new SimpleIntegerProperty(this, "background", ImageGridLayout.GAP_GREY);
    private final IntegerProperty columns = new SimpleIntegerProperty(this, "columns", 0);
    private final IntegerProperty walkScale = new SimpleIntegerProperty(this, "walkScale", 8);
    private final IntegerProperty framesPerLeg = new SimpleIntegerProperty(this, "framesPerLeg", 12);
    private final IntegerProperty delayCs = new SimpleIntegerProperty(this, "delayCs", 8);

    ExploreExports(ExploreViewModel explore) {
        this.explore = explore;
    }

    /** Screen pixels per image pixel, 1..{@value ImageGridLayout#MAX_SCALE}. */
    public IntegerProperty scaleProperty() {
        return scale;
    }

    /** Pixels around and between images, 0..{@value ImageGridLayout#MAX_PADDING}. */
    public IntegerProperty paddingProperty() {
        return padding;
    }

    /** The colour around the images, 0xRRGGBB. */
    public IntegerProperty backgroundProperty() {
        return background;
    }

    /** Images a row; 0 keeps the panel's own columns. */
    public IntegerProperty columnsProperty() {
        return columns;
    }

    /** Screen pixels per image pixel in a walk's frames (one picture each, so bigger than a grid's). */
    public IntegerProperty walkScaleProperty() {
        return walkScale;
    }

    /** Frames from one key vector of a walk to the next. */
    public IntegerProperty framesPerLegProperty() {
        return framesPerLeg;
    }

    /** How long a walk's frame shows, in hundredths of a second. */
    public IntegerProperty delayCsProperty() {
        return delayCs;
    }

    /** The layout for {@code shown} with the settings now. */
    public ImageGridLayout layout(ExploredImages shown) {
        int across = columns.get() > 0 ? Math.min(columns.get(), shown.count()) : shown.columns();
        return new ImageGridLayout(across, clamp(scale.get(), 1, ImageGridLayout.MAX_SCALE),
                clamp(padding.get(), 0, ImageGridLayout.MAX_PADDING), background.get() & 0xFFFFFF);
    }

    /** A file name for {@code shown}: the model's name and the panel's title, e.g. {@code mnist-vae-20-slerp-strip.png}. */
    public static String suggestedName(ExploredImages shown, String extension) {
        String model = shown.model().name().replaceFirst("\\.lab\\.zip$", "");
        String title = shown.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return model + (title.isEmpty() ? "" : "-" + title) + "." + extension;
    }

    /** Saves {@code shown} as a PNG grid at {@code out}, with the metadata and command that remake it. */
    public void saveGrid(ExploredImages shown, Path out) {
        Path modelFile = explore.modelFileOf(shown.model());
        ImageGridLayout layout = layout(shown);
        inBackground("save " + out.getFileName(), () -> ExploredImagesPng.write(shown, layout, modelFile, out),
                recipe -> explore.showInfo("Saved " + out.getFileName() + " (" + shown.count() + " images). "
                        + (recipe.command() == null ? "The model is not a file, so no command remakes it."
                        : "Remake it with: " + recipe.command())));
    }

    /** Saves a looping GIF of a walk through {@code shown} at {@code out}. */
    public void saveWalk(ExploredImages shown, Path out) {
        ImageGridLayout grid = layout(shown);
        ImageGridLayout layout = new ImageGridLayout(1, clamp(walkScale.get(), 1, ImageGridLayout.MAX_SCALE), grid.padding(),
                grid.background());
        int legs = framesPerLeg.get();
        int delay = clamp(delayCs.get(), AnimatedGif.MIN_DELAY_CS, AnimatedGif.MAX_DELAY_CS);
        inBackground("save " + out.getFileName(), () -> {
            byte[] gif = LatentWalkGif.make(shown, layout, legs, delay);
            AtomicFile.write(out, o -> o.write(gif));
            return gif.length;
        }, bytes -> explore.showInfo(String.format(Locale.ROOT, "Saved %s: a looping walk, %d frames a leg, %.2f s a frame (%,d bytes).",
                out.getFileName(), legs, delay / 100.0, bytes)));
    }

    /** Puts the picture of {@code shown} on the clipboard, laid out as a saved grid would be. */
    public void copyImage(ExploredImages shown) {
        ImageGridLayout layout = layout(shown);
        inBackground("copy the image", () -> ExploredImagesPng.image(shown, layout), image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(content);
            explore.showInfo(String.format(Locale.ROOT, "Copied %s to the clipboard (%d×%d pixels).", shown.title(),
                    image.getWidth(), image.getHeight()));
        });
    }

    /** What a panel that shows nothing says. */
    void nothingShown(String panel) {
        explore.showError("The " + panel + " panel shows nothing to export yet: make a picture there first, or choose another panel.");
    }

    /** Says why an export cannot be made, on the tab's message line. */
    void refuse(String text) {
        explore.showError(text);
    }

    private <T> void inBackground(String doing, Callable<T> work, Consumer<T> done) {
        explore.explorerThread().execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | LinkageError e) {
                Platform.runLater(() -> explore.showError(UserMessages.failure(doing, e)));
                return;
            }
            Platform.runLater(() -> done.accept(result));
        });
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
