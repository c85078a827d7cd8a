package io.latentlab.ui;

/** Which two directions the Map panel's plane runs along. */
enum MapDirections {

    /** Two latent dimensions, chosen by number. */
    DIMENSIONS("Two latent dimensions", "dimensions"),
    /** The two directions in which the encoded test set varies most. */
    PRINCIPAL("Principal directions of the test set", "principal"),
    /** Two random orthogonal directions, from a seed. */
    RANDOM("Random directions", "random");

    private final String title;
    private final String recipeName;

    MapDirections(String title, String recipeName) {
        this.title = title;
        this.recipeName = recipeName;
    }

    /** The name in exported recipes: {@code dimensions}, {@code principal}, {@code random}. */
    String recipeName() {
        return recipeName;
    }

    @Override
    public String toString() {
        return title;
    }
}
