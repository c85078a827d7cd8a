package io.latentlab.lesson;

import io.latentlab.data.BadInputException;
import io.latentlab.data.ShippedFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lessons that ship with Latent Lab: the {@code *.lesson.json} files in {@code assets/lessons/},
 * found at run time beside the app, in the order of their names (which start with a number).
 */
public final class Lessons {

    public static final Path RELATIVE = Path.of("assets", "lessons");
    public static final String PROPERTY = "latentlab.lessons";
    static final int MAX_FILES = 100;

    private Lessons() {
    }

    /** One file in the folder: its lesson, or what is wrong with it. */
    public record Listed(Path file, Lesson lesson, String problem) {

        public boolean readable() {
            return lesson != null;
        }
    }

    /** The lessons folder: where {@value #PROPERTY} points, else {@code assets/lessons} beside the app. */
    public static Optional<Path> locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            Path folder = Path.of(property);
            return Files.isDirectory(folder) ? Optional.of(folder.toAbsolutePath().normalize()) : Optional.empty();
        }
        return ShippedFolder.find(RELATIVE);
    }

    /** One line for a menu when no folder is found. */
    public static String notFound() {
        return "No " + RELATIVE + " folder found beside Latent Lab; run it from its folder, restore "
                + RELATIVE + " with git, or open a lesson file";
    }

    /** Every lesson file in {@code folder}, by name, each read and checked (a bad one says why). */
    public static List<Listed> list(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "*" + LessonFile.SUFFIX)) {
            for (Path file : all) {
                if (files.size() == MAX_FILES) {
                    break;
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the lessons in " + folder, e);
        }
        files.sort(null);
        List<Listed> listed = new ArrayList<>();
        for (Path file : files) {
            try {
                listed.add(new Listed(file, LessonFile.read(file), null));
            } catch (BadInputException e) {
                listed.add(new Listed(file, null, e.getMessage()));
            }
        }
        return listed;
    }
}
