package io.latentlab.model;

import java.util.Locale;

/**
 * The convolutional GANs of the image models: the unconditional {@link #DCGAN} and the
 * class-conditional {@link #CGAN}, the same networks with the label fed to both (and conditional
 * batch normalisation in the generator).
 */
public enum ConvGanKind {
    DCGAN("dcgan", "deep convolutional GAN"),
    CGAN("cgan", "conditional GAN");

    private final String cliName;
    private final String label;

    ConvGanKind(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    /** The kind in model cards and on the command line. */
    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    public boolean conditional() {
        return this == CGAN;
    }

    /** By {@link #cliName()}, case-insensitive; null when it is neither. */
    public static ConvGanKind byNameOrNull(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ConvGanKind k : values()) {
            if (k.cliName.equals(key)) {
                return k;
            }
        }
        return null;
    }
}
