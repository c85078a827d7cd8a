package io.latentlab.train;

/** The shape of a {@link SoftmaxClassifier}: how many hidden units lie between x and p(y | x). */
public enum ClassifierKind {

    /** No hidden layer: softmax of a linear function of x, so the boundaries are straight lines. */
    LOGISTIC("Logistic regression (a line)", 0),
    /** One hidden layer of 32 tanh units: curved boundaries. */
    NEURAL_NET("Neural net (32 tanh)", 32);

    private final String title;
    private final int hidden;

    ClassifierKind(String title, int hidden) {
        this.title = title;
        this.hidden = hidden;
    }

    /** The number of hidden units (0: none). */
    public int hidden() {
        return hidden;
    }

    @Override
    public String toString() {
        return title;
    }
}
