package io.latentlab.model;

import io.latentlab.data.BadInputException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pretrained models that ship with Latent Lab: the {@code pretrained/} folder, found at run
 * time, and its {@code *.lab.zip} files as they are now, each with its card read alone.
 *
 * <p>The folder is looked for, in order: where the system property {@value #PROPERTY} points;
 * {@code pretrained/} in the working directory; and beside the jar or the classes folder and up
 * to three folders above it, so the packaged jar ({@code target/latentlab-0.1.0.jar}) and
 * {@code mvn javafx:run} from a fresh clone both find the project's folder.
 */
public final class PretrainedModels {

    public static final String PROPERTY = "latentlab.pretrained";
    public static final String FOLDER = "pretrained";
    /** The most files listed, so a wrong folder cannot flood a menu. */
    static final int MAX_FILES = 200;
    private static final int LEVELS_UP = 3;

    private PretrainedModels() {
    }

    /** The pretrained folder, if one is found. */
    public static Optional<Path> locate() {
        for (Path candidate : candidates()) {
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** The folders {@link #locate()} tries, in order; for a message saying where it looked. */
    public static List<Path> candidates() {
        Set<Path> tried = new LinkedHashSet<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            tried.add(Path.of(property).toAbsolutePath().normalize());
        }
        tried.add(Path.of(FOLDER).toAbsolutePath().normalize());
        try {
            var source = PretrainedModels.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path at = Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
                for (int up = 0; at != null && up <= LEVELS_UP; up++, at = at.getParent()) {
                    tried.add(at.resolve(FOLDER).normalize());
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // no code source location: the working directory and the property remain
        }
        return List.copyOf(tried);
    }

    /** One line for a menu when no folder is found. */
    public static String notFound() {
        return "No pretrained/ folder found next to Latent Lab; run it from the project folder or set -D" + PROPERTY + "=FOLDER";
    }

    /**
     * The model files in {@code folder}, by name, each with its card or what is wrong with it.
     * Reads only the cards: a few milliseconds a file.
     */
    public static List<PretrainedModel> list(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "*" + ModelFile.SUFFIX)) {
            for (Path file : all) {
                if (files.size() == MAX_FILES) {
                    break;
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new BadInputException(folder + " cannot be listed (" + ModelFile.oneLine(e) + "); check the folder and its permissions");
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString()));
        List<PretrainedModel> models = new ArrayList<>();
        for (Path file : files) {
            try {
                models.add(new PretrainedModel(file, ModelCards.peek(file), null));
            } catch (BadInputException e) {
                models.add(new PretrainedModel(file, null, e.getMessage()));
            }
        }
        return models;
    }

    /**
     * The model a teacher sees first: a VAE of MNIST digits with more than two latents (its
     * samples look like digits; the 2-D one's manifold map is one click away), else any image
     * model this version opens, else none.
     */
    public static Optional<PretrainedModel> first(List<PretrainedModel> models) {
        Comparator<PretrainedModel> preference = Comparator
                .comparing((PretrainedModel m) -> !"vae".equals(m.card().kind()))
                .thenComparing(m -> !"mnist".equals(m.card().dataset()))
                .thenComparing(m -> m.card().latentSize() <= 2)
                .thenComparing(m -> Math.abs(m.card().latentSize() - 20));
        return models.stream()
                .filter(m -> m.place() == ModelPlace.IMAGES)
                .min(preference);
    }
}
