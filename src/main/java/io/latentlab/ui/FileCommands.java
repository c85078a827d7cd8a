package io.latentlab.ui;

import io.latentlab.model.ModelFile;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The File menu's dialogs: asks where to read or write with a file chooser (remembering the
 * last folder), takes any picture on the FX thread, and hands the work to {@link ToyLabFiles}.
 */
public final class FileCommands {

    private static final FileChooser.ExtensionFilter MODEL_FILES =
            new FileChooser.ExtensionFilter("Latent Lab model (*" + ModelFile.SUFFIX + ")", "*" + ModelFile.SUFFIX);
    private static final FileChooser.ExtensionFilter CSV_FILES = new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv");
    private static final FileChooser.ExtensionFilter PNG_FILES = new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png");

    private final Node owner;
    private final ToyLabFiles files;
    private final Supplier<Node> plot;
    private File folder = new File(System.getProperty("user.home"));
    private DatasetFolderViewModel datasets;

    /** @param owner a node of the window the dialogs belong to; {@code plot} gives the plot "Scatter plot as PNG" pictures */
    public FileCommands(Node owner, ToyLabFiles files, Supplier<Node> plot) {
        this.owner = owner;
        this.files = files;
        this.plot = plot;
    }

    public void openModel() {
        FileChooser chooser = chooser("Open a model", MODEL_FILES);
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            folder = file.getParentFile();
            files.openModel(file.toPath());
        }
    }

    /** Where File ▸ Open dataset folder… sends the folder chosen. */
    public void setDatasets(DatasetFolderViewModel datasets) {
        this.datasets = datasets;
    }

    public void openDatasetFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a dataset folder (IDX files such as train-images-idx3-ubyte.gz)");
        if (folder != null && Files.isDirectory(folder.toPath())) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showDialog(window());
        if (chosen != null && datasets != null) {
            folder = chosen.getParentFile();
            datasets.open(chosen.toPath());
        }
    }

    public void saveModel() {
        saveAs("Save the model", files.defaultModelFileName(), MODEL_FILES, ModelFile.SUFFIX,
                path -> files.saveModel(path, picture()));
    }

    public void exportSamples() {
        saveAs("Export generated samples", "generated-samples.csv", CSV_FILES, ".csv", files::exportSamples);
    }

    public void exportLossHistory() {
        saveAs("Export the loss history", "loss-history.csv", CSV_FILES, ".csv", files::exportLossHistory);
    }

    public void exportScatter() {
        String name = plot.get() instanceof HistogramPlot ? "histogram.png" : "scatter.png";
        saveAs("Export the plot", name, PNG_FILES, ".png", path -> files.exportImage(path, picture()));
    }

    private void saveAs(String title, String name, FileChooser.ExtensionFilter filter, String suffix, Consumer<Path> action) {
        FileChooser chooser = chooser(title, filter);
        chooser.setInitialFileName(name);
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            folder = file.getParentFile();
            action.accept(ToyLabFiles.withSuffix(file.toPath(), suffix));
        }
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (folder != null && Files.isDirectory(folder.toPath())) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    /** The plot showing now (scatter or histogram) as it is on screen; cheap, so taken on the FX thread. */
    private WritableImage picture() {
        return plot.get().snapshot(new SnapshotParameters(), null);
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
