package io.latentlab.ui;

import io.latentlab.export.AnimatedGif;
import io.latentlab.export.ImageGridImage;
import io.latentlab.export.ImageGridLayout;
import io.latentlab.export.MetricsCsv;
import io.latentlab.model.AtomicFile;
import io.latentlab.train.ImageGridSnapshot;
import io.latentlab.train.ImageMetricHistory;
import io.latentlab.train.ImageSeries;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Images tab's exports: the samples through time as a looping GIF, one frame per kept grid
 * with its iteration written under it ("Export animation…" beside the scrubber), and the chart's
 * series as CSV. Written in the background, atomically; the news is the tab's message line.
 */
public final class ImageLabExports {

    /** Frame scale of the animation: grids twice the size the CLI writes, for a projector. */
    static final int SCALE = 3;
    /** How long a frame shows, in hundredths of a second. */
    static final int DELAY_CS = 40;
    private static final int CAPTION_GREY = 0x20;

    private final BackgroundTasks tasks;
    private final Supplier<List<ImageGridSnapshot>> frames;
    private final Supplier<ImageMetricHistory.Points> history;
    private final Consumer<String> info;
    private final Consumer<String> error;

    ImageLabExports(BackgroundTasks tasks, Supplier<List<ImageGridSnapshot>> frames, Supplier<ImageMetricHistory.Points> history,
                    Consumer<String> info, Consumer<String> error) {
        this.tasks = tasks;
        this.frames = frames;
        this.history = history;
        this.info = info;
        this.error = error;
    }

    /** Whether there is a grid kept to animate. */
    public boolean hasFrames() {
        return !frames.get().isEmpty();
    }

    /** Writes the kept grids to {@code out} as a looping GIF, oldest first. */
    public void saveAnimation(Path out) {
        List<ImageGridSnapshot> kept = List.copyOf(frames.get());
        if (kept.isEmpty()) {
            error.accept("No samples kept yet to animate: press Play and train a little, then export.");
            return;
        }
        tasks.run(() -> {
            List<BufferedImage> images = new ArrayList<>(kept.size());
            for (ImageGridSnapshot grid : kept) {
                images.add(frame(grid));
            }
            byte[] gif = AnimatedGif.encode(images, DELAY_CS);
            AtomicFile.write(out, o -> o.write(gif));
            return gif.length;
        }, bytes -> info.accept(String.format(Locale.ROOT, "Saved %s: %d grids from iteration %,d to %,d, looping (%,d bytes).",
                out.getFileName(), kept.size(), kept.get(0).iteration(), kept.get(kept.size() - 1).iteration(), bytes)),
                e -> error.accept(UserMessages.failure("save " + out.getFileName(), e)));
    }

    /** Writes the chart's series to {@code out}: {@code iteration,<series>...} at {@code %.9g}. */
    public void saveMetrics(Path out) {
        ImageMetricHistory.Points points = history.get();
        if (points == null || points.size() == 0) {
            error.accept("No training figures yet to save: press Play or Step first.");
            return;
        }
        List<String> names = points.series().stream().map(ImageSeries::name).toList();
        tasks.run(() -> {
            MetricsCsv.writeSeries(out, names, points.iteration(), points.values());
            return points.size();
        }, rows -> info.accept(String.format(Locale.ROOT, "Saved %s: %d rows of %s.", out.getFileName(), rows,
                        String.join(", ", names))),
                e -> error.accept(UserMessages.failure("save " + out.getFileName(), e)));
    }

    /** One frame: the grid, and under it its iteration. */
    static BufferedImage frame(ImageGridSnapshot grid) {
        BufferedImage samples = ImageGridImage.draw(grid.samples(), grid.count(), grid.rows(), grid.cols(),
                new ImageGridLayout(grid.columns(), SCALE, ImageGridImage.GAP * 2, ImageGridLayout.GAP_GREY));
        int caption = 14 * SCALE / 2 + 12;
        BufferedImage frame = new BufferedImage(samples.getWidth(), samples.getHeight() + caption, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = frame.createGraphics();
        try {
            g.setColor(new Color(CAPTION_GREY, CAPTION_GREY, CAPTION_GREY));
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
            g.drawImage(samples, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14 * SCALE / 2));
            g.drawString(String.format(Locale.ROOT, "iteration %,d", grid.iteration()), 8, samples.getHeight() + caption - 8);
        } finally {
            g.dispose();
        }
        return frame;
    }
}
