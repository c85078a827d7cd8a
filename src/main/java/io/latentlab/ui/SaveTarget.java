package io.latentlab.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/**
 * Where to save an export: the app asks with a file chooser, a test answers with a path, so no
 * dialog opens in tests.
 */
@FunctionalInterface
interface SaveTarget {

    /**
     * The file to write, or null when the person cancels.
     *
     * @param kind      what is saved, e.g. "PNG image"
     * @param extension the file extension without the dot, e.g. {@code png}
     */
    Path choose(Window owner, String title, String suggestedName, String kind, String extension);

    /** A save dialog that starts in the folder last saved to. */
    static SaveTarget fileChooser() {
        File[] last = new File[1];
        return (owner, title, suggestedName, kind, extension) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " (*." + extension + ")", "*." + extension));
            if (last[0] != null && last[0].isDirectory()) {
                chooser.setInitialDirectory(last[0]);
            }
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return null;
            }
            last[0] = file.getParentFile();
            String name = file.getName();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file.toPath()
                    : file.toPath().resolveSibling(name + "." + extension);
        };
    }
}
