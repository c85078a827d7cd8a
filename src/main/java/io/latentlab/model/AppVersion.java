package io.latentlab.model;

/** The version of Latent Lab, written into model cards. */
public final class AppVersion {

    public static final String VERSION = "0.1.0";

    private AppVersion() {
    }
}
