package io.latentlab.explore;

/**
 * One of the images nearest to a query: its index in the searched set, its label (−1 without),
 * and its pixel L2 distance to the query (pixels in [0, 1]).
 */
public record Neighbour(int index, int label, double distance) {
}
