package io.latentlab.data;

/**
 * Where a set of images comes from (a folder of IDX files, a bundled dataset, a generator),
 * kept apart from what trains on them: the image models take an {@link ImageSet} and do not
 * care which source made it.
 */
public interface ImageSource {

    /** What a person calls the source, e.g. "MNIST training set in /data/mnist". */
    String describe();

    /** Reads the images; a {@link BadInputException} saying what is wrong and what to do when it cannot. */
    ImageSet load();
}
