package io.latentlab.cli;

import io.latentlab.data.DatasetFolder;
import io.latentlab.data.IdxFile;
import io.latentlab.data.ImageDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.export.GFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code latentlab info} says about image data: an IDX file (count and, for images,
 * rows×cols and the mean pixel value; for labels, the classes and how many of each) or a dataset
 * folder (each set found in it, checked as the app loads it: images and labels must agree).
 */
final class IdxInfo {

    private IdxInfo() {
    }

    /** Whether {@code file} looks like IDX data: by name, or by its first bytes (gzip, or an IDX magic number). */
    static boolean looksLikeIdx(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.contains("idx1-ubyte") || name.contains("idx3-ubyte")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            boolean gzip = head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b;
            boolean idx = head.length == 4 && head[0] == 0 && head[1] == 0 && head[2] == 0x08 && (head[3] == 1 || head[3] == 3);
            return gzip || idx;
        } catch (IOException e) {
            return false;
        }
    }

    static void describeFile(Path file, PrintWriter out) {
        IdxFile idx = IdxFile.read(file);
        out.println("file: " + file);
        out.println("type: IDX " + idx.kind() + (idx.gzip() ? " (gzip)" : ""));
        out.println("count: " + idx.count());
        if (idx.isImages()) {
            out.println("shape: " + idx.rows() + "×" + idx.cols());
            out.println("mean pixel: " + GFormat.g9(mean(idx.pixels())));
        } else {
            describeLabels(idx.labels(), out);
        }
    }

    static void describeFolder(Path folder, PrintWriter out) {
        DatasetFolder found = ImageDatasets.openFolder(folder);
        out.println("folder: " + folder);
        out.println("type: IDX dataset folder");
        describeSet("train", found.train(), out);
        describeSet("test", found.test(), out);
    }

    private static void describeSet(String split, ImageSet set, PrintWriter out) {
        if (set == null) {
            out.println(split + ": none");
            return;
        }
        out.println(split + ": " + set.count() + " images of " + set.rows() + "×" + set.cols()
                + ", mean pixel " + GFormat.g9(mean(set.pixelsView())));
        if (set.hasLabels()) {
            out.println(split + " label counts: " + joined(histogram(set.labels(), set.classes())));
        } else {
            out.println(split + " labels: none");
        }
    }

    private static void describeLabels(int[] labels, PrintWriter out) {
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        out.println("classes: " + classes);
        out.println("label counts: " + joined(histogram(labels, classes)));
    }

    private static int[] histogram(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    private static String joined(int[] counts) {
        return Arrays.stream(counts).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    }

    private static double mean(float[] pixels) {
        double sum = 0;
        for (float p : pixels) {
            sum += p;
        }
        return pixels.length == 0 ? 0 : sum / pixels.length;
    }
}
