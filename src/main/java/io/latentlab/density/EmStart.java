package io.latentlab.density;

/**
 * How an {@link EmRun} makes its first mixture: from k-means labels seeded by k-means++ (hard
 * responsibilities, scikit-learn's default), or the textbook random start: k data points drawn
 * at random as means, each with the whole data's covariance and an equal weight, so a class
 * sees EM pull broad components apart. (scikit-learn's own {@code 'random'}, uniform random
 * responsibilities, starts every component at the data's centre and often stops there at once.)
 */
public enum EmStart {
    KMEANS_PLUS_PLUS("k-means++"),
    RANDOM("random");

    private final String label;

    EmStart(String label) {
        this.label = label;
    }

    /** {@code k-means++} or {@code random}. */
    @Override
    public String toString() {
        return label;
    }
}
