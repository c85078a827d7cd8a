package io.latentlab.model;

/**
 * Where a model file opens: the window's workspace for its kind, and the command a person uses
 * there, in the words the window shows.
 */
public enum ModelPlace {
    /** Toy GANs on 1-D and 2-D data. */
    TOY_LAB("the Toy lab", "File ▸ Open model…"),
    /** Models of images: VAEs and autoencoders. */
    IMAGES("the Images tab", "Open model… on that tab, or File ▸ Open pretrained");

    private final String title;
    private final String howToOpen;

    ModelPlace(String title, String howToOpen) {
        this.title = title;
        this.howToOpen = howToOpen;
    }

    /** "the Images tab". */
    public String title() {
        return title;
    }

    /** "File ▸ Open model…". */
    public String howToOpen() {
        return howToOpen;
    }
}
