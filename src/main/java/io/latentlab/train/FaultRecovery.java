package io.latentlab.train;

import java.util.concurrent.atomic.AtomicReference;

/**
 * What a training session does after each step: when the step was healthy, keep a checkpoint of
 * the parameters if one is due ({@link CheckpointRing}); when it was not ({@link StepHealth}),
 * put back the newest finite checkpoint, restart the optimisers and publish a
 * {@link TrainingFault} for the session to pause with. A due checkpoint whose parameters are
 * not finite is a fault too (an update overflowed although the loss before it was finite).
 *
 * <p>The worker calls everything but {@link #latest()} and {@link #count()}.
 */
public final class FaultRecovery {

    private final CheckpointRing ring;
    private final AtomicReference<TrainingFault> latest = new AtomicReference<>();
    private volatile int count;

    public FaultRecovery(CheckpointRing ring) {
        this.ring = ring;
    }

    public static FaultRecovery standard() {
        return new FaultRecovery(CheckpointRing.standard());
    }

    /** A new model (built, reset, opened): forget the old checkpoints and keep its starting parameters. */
    public void restart(long iteration, CheckpointedParameters model) {
        ring.clear();
        latest.set(null);
        ring.take(iteration, model.parameterArrays());
    }

    /**
     * After the step that made {@code iteration}: null when all is well, otherwise the fault, with
     * the parameters already put back.
     */
    public TrainingFault afterStep(long iteration, StepHealth.Problem problem, CheckpointedParameters model,
                                   String learningRates) {
        if (problem == null) {
            if (!ring.due(iteration) || ring.take(iteration, model.parameterArrays())) {
                return null;
            }
            problem = new StepHealth.Problem("a parameter", Float.NaN, false);
        }
        CheckpointRing.Checkpoint back = ring.restoreNewestFinite(model.parameterArrays());
        if (back != null) {
            model.parametersRestored();
        }
        TrainingFault fault = new TrainingFault(iteration, problem, back == null ? -1 : back.iteration(), learningRates);
        latest.set(fault);
        count++;
        return fault;
    }

    /** The latest fault since the model was built, or null (any thread). */
    public TrainingFault latest() {
        return latest.get();
    }

    /** Faults since the session began (any thread). */
    public int count() {
        return count;
    }

    /** The checkpoints kept now, oldest first (copies; call on the worker). */
    public java.util.List<CheckpointRing.Checkpoint> checkpoints() {
        return ring.checkpoints();
    }
}
