package io.latentlab.ui;

import io.latentlab.train.TrainingState;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * How smooth the real window stays while a model trains with the explorer open, measured the way
 * a class uses it: the Images tab trains its model (Play), the Explore tab shows the Sliders panel,
 * and a latent slider moves {@value #MOVES_PER_SECOND} times a second; then the gaps between
 * pulses are measured with {@link PulseMonitor} for the given time and printed in the bench's
 * {@code name value unit} form ({@code pulse.max_gap_ms}, {@code pulse.p99_gap_ms},
 * {@code pulse.frames}, …; the CPU time the FX thread and Prism's render thread spent per frame,
 * which tells the window's own work from a machine too busy to run it), with the FX thread's commonest stacks during late frames
 * ({@link LatePulseWatch}) as {@code # } lines. Started by {@code --pulse-report SECONDS}.
 */
public final class PulseReport {

    /** The longest gap the window should ever show, and when a frame counts as late. */
    public static final double LATE_MS = 50;
    static final int MOVES_PER_SECOND = 5;
    static final double SET_UP_LIMIT_S = 180;

    private enum Phase { IMAGES_STARTING, IMAGES_PLAYING, EXPLORER_OPENING, MEASURING, DONE }

    private final MainWindow window;
    private final double seconds;
    private final PrintStream out;
    private final IntConsumer done;
    private final Timeline steps = new Timeline();
    private final PulseMonitor monitor = new PulseMonitor();
    private final FrameGaps gaps = new FrameGaps();
    private Timeline sliderMoves;
    private LatePulseWatch watch;
    private Phase phase = Phase.IMAGES_STARTING;
    private long setUpStartNs;
    private long measureStartNs;
    private long lastFrameNs;
    private long firstImageStep;
    private int moves;
    private int ticksWaiting;
    private long fxCpuStartNs;
    private long renderCpuStartNs;

    /**
     * @param seconds how long to measure, once training and the explorer run
     * @param out     where the figures go
     * @param done    called with the exit status once the report is printed (0), or set-up failed (1)
     */
    public PulseReport(MainWindow window, double seconds, PrintStream out, IntConsumer done) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("--pulse-report takes a number of seconds above 0, was " + seconds);
        }
        this.window = window;
        this.seconds = seconds;
        this.out = out;
        this.done = done;
    }

    /** Starts the Images tab's training and, once it runs, the explorer and the measurement. FX thread. */
    public void start() {
        setUpStartNs = System.nanoTime();
        window.showImagesTab();
        window.imageLabViewModel().open();
        steps.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> advance()));
        steps.setCycleCount(Animation.INDEFINITE);
        steps.play();
    }

    private void advance() {
        ImageLabViewModel images = window.imageLabViewModel();
        if (phase != Phase.MEASURING && (System.nanoTime() - setUpStartNs) / 1e9 > SET_UP_LIMIT_S) {
            fail("the Images tab or the explorer did not start within " + (int) SET_UP_LIMIT_S + " s (" + phase
                    + "); the Images tab says: " + images.messageProperty().get());
            return;
        }
        switch (phase) {
            case IMAGES_STARTING -> {
                TrainingState state = images.stateProperty().get();
                if (state == TrainingState.FAILED) {
                    fail("the Images tab cannot train: " + images.messageProperty().get());
                } else if (state == TrainingState.READY || state == TrainingState.PAUSED) {
                    images.play();
                    phase = Phase.IMAGES_PLAYING;
                }
            }
            case IMAGES_PLAYING -> {
                if (images.runningProperty().get()) {
                    select("#workspaces", "exploreTab");
                    phase = Phase.EXPLORER_OPENING;
                } else if (++ticksWaiting % 10 == 0) {
                    images.play(); // again: the tab may still have been opening its pretrained model
                }
            }
            case EXPLORER_OPENING -> {
                select("#explorePanels", "exploreSlidersTab");
                if (window.exploreViewModel().model() != null && window.lookup("#latentSlider0") instanceof Slider) {
                    measure();
                }
            }
            case MEASURING -> {
                if ((System.nanoTime() - measureStartNs) / 1e9 >= seconds) {
                    finish();
                }
            }
            case DONE -> steps.stop();
        }
    }

    private void select(String paneId, String tabId) {
        if (window.lookup(paneId) instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .filter(t -> !t.isSelected()).ifPresent((Tab t) -> tabs.getSelectionModel().select(t));
        }
    }

    private void measure() {
        phase = Phase.MEASURING;
        firstImageStep = window.imageLabViewModel().iterationProperty().get();
        watch = new LatePulseWatch(LATE_MS);
        monitor.setOnFrame(now -> {
            if (lastFrameNs != 0) {
                gaps.add(now - lastFrameNs);
            }
            lastFrameNs = now;
            watch.pulse(now);
        });
        sliderMoves = new Timeline(new KeyFrame(Duration.millis(1000.0 / MOVES_PER_SECOND), e -> moveSlider()));
        sliderMoves.setCycleCount(Animation.INDEFINITE);
        fxCpuStartNs = cpuNs(Thread.currentThread());
        renderCpuStartNs = cpuNs(renderer());
        measureStartNs = System.nanoTime();
        monitor.start();
        sliderMoves.play();
    }

    /** Moves z₁ and z₂ in turn along a slow wave, as a hand would. */
    private void moveSlider() {
        Node node = window.lookup("#latentSlider" + (moves % 2));
        if (node instanceof Slider slider) {
            double centre = (slider.getMin() + slider.getMax()) / 2;
            double reach = (slider.getMax() - slider.getMin()) * 0.4;
            slider.setValue(centre + reach * Math.sin(moves * 0.35));
            moves++;
        }
    }

    private void finish() {
        phase = Phase.DONE;
        monitor.stop();
        sliderMoves.stop();
        watch.close();
        steps.stop();
        double measured = (System.nanoTime() - measureStartNs) / 1e9;
        long imageSteps = window.imageLabViewModel().iterationProperty().get() - firstImageStep;
        double frames = Math.max(1, monitor.frames());
        double fxCpuMs = (cpuNs(Thread.currentThread()) - fxCpuStartNs) / 1e6;
        double renderCpuMs = (cpuNs(renderer()) - renderCpuStartNs) / 1e6;
        figure("pulse.seconds", measured, "s");
        figure("pulse.frames", monitor.frames(), "frames");
        figure("pulse.max_gap_ms", monitor.maxGapMillis(), "ms");
        figure("pulse.max_gap_after_1s_ms", gaps.maxMillisAfter(1), "ms"); // past the Sliders panel's first layout
        figure("pulse.p99_gap_ms", gaps.quantileMillis(0.99), "ms");
        figure("pulse.median_gap_ms", gaps.quantileMillis(0.5), "ms");
        figure("pulse.gaps_over_50ms", gaps.longerThan(LATE_MS), "frames");
        out.println("# gaps over " + (int) LATE_MS + " ms ended at (s): " + java.util.Arrays.stream(gaps.secondsOfGapsLongerThan(LATE_MS, 20))
                .mapToObj(t -> String.format(java.util.Locale.ROOT, "%.1f", t)).collect(java.util.stream.Collectors.joining(" ")));
        figure("pulse.slider_moves", moves, "moves");
        figure("pulse.image_steps", imageSteps, "steps");
        figure("pulse.fx_cpu_ms_per_frame", fxCpuMs / frames, "ms");
        figure("pulse.render_cpu_ms_per_frame", renderCpuMs / frames, "ms");
        out.printf(Locale.ROOT, "# pulse: %.0f s with the Images tab training (%d steps, %.0f steps/s) and the Sliders panel "
                        + "moving a slider %d times a second: longest gap between frames %.1f ms, p99 %.1f ms, %d of %d gaps over %.0f ms%n",
                measured, imageSteps, imageSteps / measured, MOVES_PER_SECOND, monitor.maxGapMillis(),
                gaps.quantileMillis(0.99), gaps.longerThan(LATE_MS), gaps.count(), LATE_MS);
        out.printf(Locale.ROOT, "# FX thread stacks while a frame was over %.0f ms late: %d samples%n", LATE_MS, watch.samples());
        for (Map.Entry<String, Integer> stack : watch.commonest(5)) {
            out.println("#   " + stack.getValue() + "x " + stack.getKey());
        }
        out.flush();
        done.accept(0);
    }

    /** CPU time the thread has used, in ns; 0 when unknown. */
    private static long cpuNs(Thread thread) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (thread == null || !threads.isThreadCpuTimeSupported()) {
            return 0;
        }
        return Math.max(0, threads.getThreadCpuTime(thread.getId()));
    }

    /** Prism's render thread, which draws what the FX thread laid out; null when not found. */
    private static Thread renderer() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElse(null);
    }

    private void figure(String name, double value, String unit) {
        String text = value == Math.rint(value) && !unit.equals("ms") && !unit.equals("s")
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.6g", value);
        out.println(name + " " + text + " " + unit);
    }

    private void fail(String why) {
        phase = Phase.DONE;
        steps.stop();
        if (watch != null) {
            watch.close();
        }
        System.err.println("pulse report: " + why);
        System.err.flush();
        done.accept(1);
    }
}
