package io.latentlab.ui;

import io.latentlab.model.ModelFile;
import io.latentlab.model.PretrainedModels;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A pretrained model as a lesson names it: a file name in the {@code pretrained/} folder
 * ("mnist-vae-20.lab.zip"), never a path, so a lesson file cannot point anywhere else.
 */
final class PretrainedChoice {

    private PretrainedChoice() {
    }

    /** The model files' names in the pretrained folder, sorted; empty when there is no folder. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        Path folder = PretrainedModels.locate().orElse(null);
        if (folder == null) {
            return names;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "*" + ModelFile.SUFFIX)) {
            for (Path file : all) {
                names.add(String.valueOf(file.getFileName()));
            }
        } catch (IOException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    /** The file named {@code name} in the pretrained folder; {@code name} is one of {@link #names()}. */
    static Path file(String name) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("no pretrained model " + name);
        }
        return PretrainedModels.locate().orElseThrow().resolve(name);
    }
}
