package io.latentlab.explore;

import java.util.Locale;

/**
 * The two ways a slider per dimension can move through a model's latent space, with where the data
 * lies along each: the latent coordinates themselves (z₁ … z_d), and the principal directions
 * (PC1 … PC_d, most variance first). For a model with an encoded test set each coordinate has its
 * marginal density; a GAN has none (its principal directions come from its generator).
 *
 * @param model      the model
 * @param latent     ranges and densities of the latent coordinates
 * @param directions the principal directions
 * @param principal  ranges and densities of the principal coordinates (counted in standard deviations)
 */
public record LatentAxes(LatentModel model, LatentMarginals latent, PrincipalDirections directions, LatentMarginals principal) {

    /** Computes the axes of {@code model}; {@code encoded} is its encoded test set, or null (a GAN). Seconds of work: not on a UI thread. */
    public static LatentAxes of(LatentModel model, EncodedImages encoded) {
        int d = model.latentSize();
        PrincipalDirections directions = PrincipalDirections.of(model, encoded);
        if (encoded == null) {
            return new LatentAxes(model, LatentMarginals.prior(d), directions, LatentMarginals.prior(d));
        }
        float[] coordinates = directions.coordinates(encoded.z(), encoded.count());
        return new LatentAxes(model, LatentMarginals.of(encoded.z(), encoded.count(), d), directions,
                LatentMarginals.of(coordinates, encoded.count(), d));
    }

    /** The name of slider k: {@code z3}, or {@code PC1 (34.2% of variance)}. */
    public String name(int k, boolean principalDirections) {
        return principalDirections
                ? String.format(Locale.ROOT, "PC%d (%.1f%% of variance)", k + 1, 100 * directions.share(k))
                : "z" + (k + 1);
    }
}
