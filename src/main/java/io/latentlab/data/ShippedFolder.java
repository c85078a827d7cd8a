package io.latentlab.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A folder the app ships beside its code ({@code assets/datasets}, {@code assets/lessons}), found
 * at run time: in the working directory or beside the code and up to three folders above either
 * (the project root holds {@code assets/}; the jar {@code target/latentlab-0.1.0.jar} and
 * {@code target/classes} sit one folder below it; an installed app keeps {@code assets/} beside
 * its jar).
 */
public final class ShippedFolder {

    private static final int PARENTS = 3;

    private ShippedFolder() {
    }

    /** The first folder {@code relative} under one of {@link #starts()} or their parents. */
    public static Optional<Path> find(Path relative) {
        return find(relative, starts());
    }

    /** The first of {@code starts} and up to three of their parents that holds {@code relative}. */
    public static Optional<Path> find(Path relative, List<Path> starts) {
        for (Path start : starts) {
            Path at = start.toAbsolutePath().normalize();
            for (int up = 0; up <= PARENTS && at != null; up++, at = at.getParent()) {
                if (Files.isDirectory(at.resolve(relative))) {
                    return Optional.of(at.resolve(relative));
                }
            }
        }
        return Optional.empty();
    }

    /** Where the search starts: the working directory, then the code's folder. */
    public static List<Path> starts() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            var source = ShippedFolder.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path code = Path.of(source.getLocation().toURI());
                starts.add(Files.isDirectory(code) ? code : code.getParent());
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // no code location (an unusual class loader): the working directory is all there is to search
        }
        return starts;
    }
}
