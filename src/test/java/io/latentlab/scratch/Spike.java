package io.latentlab.scratch;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ModeCoverage;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.*;

public class Spike {
    public static void main(String[] a) {
        long t0 = System.nanoTime();
        Nd4jRuntime.init();
        System.out.println("init " + (System.nanoTime() - t0) / 1e6 + " ms " + Nd4jRuntime.describe());
        Gan gan = Gan.create(GanShape.toy2d(), 1234);
        GanTrainer tr = new GanTrainer(gan, GaussianRing.ring8(), GanHyperparameters.defaults(1234));
        for (int i = 0; i < 200; i++) tr.step(StepKind.BOTH);
        for (int b = 0; b < 3; b++) {
            long s = System.nanoTime();
            StepMetrics m = null;
            for (int i = 0; i < 1000; i++) m = tr.step(StepKind.BOTH);
            System.out.println("it/s " + 1000 / ((System.nanoTime() - s) / 1e9) + " " + m);
        }
        while (tr.iteration() < 5000) tr.step(StepKind.BOTH);
        float[] pts = tr.generate(gan.noise(2000, 99));
        System.out.println(ModeCoverage.of(pts, GaussianRing.ring8().modeCentres()).summary()
            + " " + java.util.Arrays.toString(ModeCoverage.of(pts, GaussianRing.ring8().modeCentres()).hitsPerMode()));
    }
}
