package io.latentlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which IDX files of a dataset folder are which: the MNIST family names them
 * {@code train-images-idx3-ubyte.gz}, {@code t10k-labels-idx1-ubyte} or, in some copies,
 * {@code train-images.idx3-ubyte}; {@code test-} may stand for {@code t10k-}, and a prefix such as
 * {@code emnist-digits-} may come first. A missing file is null; two candidates for one role fail.
 */
record DatasetFolderFiles(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {

    private static final Pattern NAME = Pattern.compile(
            "(?:.*-)?(train|t10k|test)-(images|labels)[-.]idx([13])-ubyte(?:\\.gz)?", Pattern.CASE_INSENSITIVE);

    static DatasetFolderFiles find(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + " is not a folder; choose the folder that holds the dataset's IDX files");
        }
        Path[] roles = new Path[4];
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : (Iterable<Path>) list.sorted()::iterator) {
                Matcher m = NAME.matcher(String.valueOf(file.getFileName()));
                if (!Files.isRegularFile(file) || !m.matches()) {
                    continue;
                }
                boolean train = m.group(1).toLowerCase(Locale.ROOT).equals("train");
                boolean images = m.group(2).toLowerCase(Locale.ROOT).equals("images");
                int role = (train ? 0 : 2) + (images ? 0 : 1);
                if (roles[role] != null) {
                    throw new BadInputException(folder.getFileName() + " holds two " + (train ? "training " : "test ")
                            + (images ? "image" : "label") + " files, " + roles[role].getFileName() + " and " + file.getFileName()
                            + "; keep one dataset per folder");
                }
                roles[role] = file;
            }
        } catch (IOException e) {
            throw new BadInputException(folder + " cannot be listed (" + e.getMessage() + "); check the folder and its permissions");
        }
        for (int images : new int[] {0, 2}) {
            if (roles[images] == null && roles[images + 1] != null) {
                throw new BadInputException(folder.getFileName() + " holds " + roles[images + 1].getFileName()
                        + " but not its image file; download the " + (images == 0 ? "training" : "test") + " images too");
            }
        }
        if (roles[0] == null && roles[2] == null) {
            throw new BadInputException(folder.getFileName() + " holds no IDX image files (such as train-images-idx3-ubyte.gz"
                    + " or t10k-images-idx3-ubyte.gz); choose the folder you downloaded the dataset into");
        }
        return new DatasetFolderFiles(roles[0], roles[1], roles[2], roles[3]);
    }
}
