package io.latentlab.cli;

import io.latentlab.export.GFormat;
import io.latentlab.model.ModelCard;

/** What {@code info} says of an image autoencoder beyond the card's fields: its negative ELBO, in words. */
final class ImageModelInfo {

    private ImageModelInfo() {
    }

    /**
     * {@code test-set negative ELBO: 104.8 nats per image (...)} from the card's metrics; the
     * training-set figure when the model was trained without test images; a plain autoencoder's
     * figure is its reconstruction cross-entropy.
     */
    static String negativeElbo(ModelCard card) {
        String how = String.valueOf(card.hyperparameters().getOrDefault("evaluation", "single-sample estimate"));
        for (String split : new String[] {"test", "train"}) {
            Double value = card.metrics().get(split + "_neg_elbo_nats");
            if (value != null) {
                Double kl = card.metrics().get(split + "_kl_nats");
                Double rec = card.metrics().get(split + "_reconstruction_nats");
                String what = "ae".equals(card.kind()) ? "reconstruction cross-entropy"
                        : "cvae".equals(card.kind()) ? "negative ELBO (conditional, given each image's label)" : "negative ELBO";
                return split + "-set " + what + ": " + GFormat.g(value, 5) + " nats per image (Bernoulli, summed over pixels"
                        + (rec == null || kl == null ? "" : "; reconstruction " + GFormat.g(rec, 5) + " + KL " + GFormat.g(kl, 4))
                        + "; " + how + ")";
            }
        }
        return "test-set negative ELBO: not recorded on the card";
    }
}
