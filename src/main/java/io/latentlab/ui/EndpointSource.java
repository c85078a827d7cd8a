package io.latentlab.ui;

/** Where an interpolation's endpoints come from. */
enum EndpointSource {
    DRAWS("Random draws"), SAMPLES("Pick from samples"), TEST_IMAGES("Pick test images");

    private final String label;

    EndpointSource(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
