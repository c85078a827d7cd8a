package io.latentlab.ui;

import io.latentlab.explore.LatentAxes;
import io.latentlab.explore.LatentMarginals;
import io.latentlab.explore.LatentModel;

/** What the sliders are now: the model, its axes once computed (null before), and whether they follow the principal directions. */
record SliderSetup(LatentModel model, LatentAxes axes, boolean principal) {

    LatentMarginals marginals() {
        return axes == null ? LatentMarginals.prior(model.latentSize()) : principal ? axes.principal() : axes.latent();
    }

    String name(int k) {
        return axes == null ? "z" + (k + 1) : axes.name(k, principal);
    }

    /** The latent vector at slider values {@code t}. */
    float[] latent(double[] t) {
        if (principal) {
            return axes.directions().toLatent(t);
        }
        float[] z = new float[t.length];
        for (int k = 0; k < t.length; k++) {
            z[k] = (float) t[k];
        }
        return z;
    }

    /** The slider values of latent vector {@code z}. */
    double[] coordinates(float[] z) {
        if (principal) {
            return axes.directions().coordinates(z);
        }
        double[] t = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            t[k] = z[k];
        }
        return t;
    }
}
