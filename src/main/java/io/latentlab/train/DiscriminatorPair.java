package io.latentlab.train;

/**
 * The discriminator's step on a real and a fake batch, the two passes run side by side: the real
 * one on the calling thread through D's own lean path, the fake one on a step thread through a
 * second lean path over the same network (its own patch buffers and gradient array). They are
 * independent until the update, so each runs whole on one thread instead of every loop and
 * product being split between two.
 *
 * <p>It computes exactly what the one-after-the-other step does: each pass's arithmetic does not
 * depend on the threads ({@link StepThreadsTest}), the batch normalisation's running statistics
 * move by the real batch and then the fake one, as before, and the gradients are summed once.
 */
final class DiscriminatorPair {

    /** The discriminator's loss on the outputs (real rows, then fake), writing its gradient into {@code delta}. */
    @FunctionalInterface
    interface Loss {
        double[] apply(float[] outputs, float[] delta);
    }

    private final ConvStack first;
    private final ConvStack second;
    private final StepThreads threads;

    DiscriminatorPair(ConvStack first, ConvStack second, StepThreads threads) {
        if (threads.threads() < 2) {
            throw new IllegalArgumentException("a pair of passes needs 2 threads, got " + threads.threads());
        }
        this.first = first;
        this.second = second;
        this.threads = threads;
    }

    /**
     * Forward and backward of {@code real} and {@code fake} (inputs set), parameter gradients of
     * both summed into {@code first.gradients()}; returns what {@code loss} returns.
     */
    double[] step(ConvStack.Pass real, ConvStack.Pass fake, int[] labels, int rows, Loss loss) {
        float[] outputs = new float[2 * rows];
        float[] delta = new float[2 * rows];
        first.useThreads(StepThreads.SINGLE);
        second.useThreads(StepThreads.SINGLE);
        first.deferStatistics(true);
        second.deferStatistics(true);
        try {
            both((stack, pass, at) -> System.arraycopy(stack.forward(pass, true, labels).toArray(), 0, outputs, at, rows),
                    real, fake, rows);
            first.commitStatistics(real);
            second.commitStatistics(fake);
            double[] result = loss.apply(outputs, delta);
            both((stack, pass, at) -> {
                float[] part = new float[rows];
                System.arraycopy(delta, at, part, 0, rows);
                pass.outputDelta().set(part);
                stack.backward(pass, true, false, labels);
            }, real, fake, rows);
            first.gradients().addi(second.gradients());
            return result;
        } finally {
            first.deferStatistics(false);
            second.deferStatistics(false);
            first.useThreads(threads);
            second.useThreads(threads);
        }
    }

    /** Re-reads the parameters into the second path after D's update (the first is D's own, packed by its trainer). */
    void packSecond() {
        second.pack();
    }

    @FunctionalInterface
    private interface PassWork {
        void run(ConvStack stack, ConvStack.Pass pass, int outputAt);
    }

    /** {@code work} on the real pass (first path, outputs from row 0) and the fake pass (second path, from row {@code rows}) at once. */
    private void both(PassWork work, ConvStack.Pass real, ConvStack.Pass fake, int rows) {
        threads.split(2, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (i == 0) {
                    work.run(first, real, 0);
                } else {
                    work.run(second, fake, rows);
                }
            }
        });
    }
}
