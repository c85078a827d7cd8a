package io.latentlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/**
 * The application shell: menu bar and training toolbar on top, the workspaces in tabs (the toy
 * lab first), the status bar below. Installs the keyboard shortcuts on its scene and the
 * stylesheet on itself, and switches presentation-size text with a style class.
 */
public final class MainWindow extends BorderPane {

    private final ToyLabViewModel lab;
    private final ToyLabView toyLab;
    private final VaeViewModel vae = new VaeViewModel(ToyLabSetup.DEFAULT_SEED);
    private VaeView vaeView; // made when the VAE tab is first shown
    private ExploreView exploreView; // made when the Explore tab is first shown
    private final EmPlayerViewModel emPlayer = new EmPlayerViewModel();
    private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");
    private final DatasetFolderViewModel datasets;
    private final ImageLabViewModel images;
    private final ExploreViewModel explore;
    private final ThreeModelsViewModel threeModels;
    private final TabPane workspaces;
    private final Tab toyLabTab;
    private final Tab imagesTab;
    private final ToyLabFiles toyLabFiles;
    private final PretrainedMenu pretrained;
    private final java.util.Map<String, Tab> tabsByLessonName = new java.util.HashMap<>();
    private final LessonsViewModel lessons;
    private final PresentationMode presentation;
    private final RecentModels recent = new RecentModels();

    /**
     * @param lab   the toy lab's view model, attached to its session now or later
     * @param tasks where file work runs
     * @param quit  what File ▸ Quit does
     */
    public MainWindow(ToyLabViewModel lab, BackgroundTasks tasks, Runnable quit) {
        this.lab = lab;
        getStyleClass().add(Styles.MAIN_WINDOW);
        getStylesheets().add(Styles.stylesheetUrl());

        toyLab = new ToyLabView(lab);
        toyLabTab = new Tab("Toy lab", toyLab);
        toyLabTab.setId("toyLabTab");
        toyLabTab.setClosable(false);
        Tab vaeTab = new Tab("VAE");
        vaeTab.setId("vaeTab");
        vaeTab.setClosable(false);
        vaeTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                vae.open(); // the VAE's worker starts when the tab is first shown
            }
        });
        Tab emTab = new Tab("Mixtures (EM)");
        emTab.setId("emTab");
        emTab.setClosable(false);
        emTab.selectedProperty().addListener((o, was, is) -> emPlayer.setActive(is));
        images = new ImageLabViewModel(tasks, ToyLabSetup.DEFAULT_SEED);
        explore = new ExploreViewModel(tasks);
        imagesTab = new Tab("Images", new ImageLabView(images));
        imagesTab.setId("imagesTab");
        imagesTab.setClosable(false);
        imagesTab.selectedProperty().addListener((o, was, is) -> {
            images.setShown(is);
            if (is) {
                images.open(); // the image worker starts when the tab is first shown
            }
        });
        Tab exploreTab = new Tab("Explore");
        exploreTab.setId("exploreTab");
        exploreTab.setClosable(false);
        threeModels = new ThreeModelsViewModel(tasks);
        Tab threeModelsTab = new Tab("Three models");
        threeModelsTab.setId("threeModelsTab");
        threeModelsTab.setClosable(false);
        threeModelsTab.setTooltip(new javafx.scene.control.Tooltip(
                "A classifier p(y | x), a generative model p(x) and a conditional one p(x | y) on the same labelled data"));
        workspaces = new TabPane(toyLabTab, vaeTab, emTab, imagesTab, exploreTab, threeModelsTab);
        LazyTabContent.install(threeModelsTab, () -> new ThreeModelsView(threeModels));
        LazyTabContent.install(exploreTab, this::exploreView);
        LazyTabContent.install(vaeTab, this::vaeView);
        LazyTabContent.install(emTab, () -> new EmPlayerView(emPlayer));
        workspaces.setId("workspaces");
        images.setShown(imagesTab.isSelected());
        tabsByLessonName.putAll(java.util.Map.of("toy-lab", toyLabTab, "vae", vaeTab, "mixtures", emTab,
                "images", imagesTab, "explore", exploreTab, "three-models", threeModelsTab));
        lessons = new LessonsViewModel(tasks, this::showWorkspace);
        lessons.addStage(new ToyLabLessonStage(lab));
        lessons.addStage(new EmLessonStage(emPlayer));
        lessons.addStage(new ThreeModelsLessonStage(threeModels));
        lessons.addStage(new ImagesLessonStage(images));
        lessons.addStage(new ExploreLessonStage(explore, this::exploreView));

        toyLabFiles = new ToyLabFiles(lab, tasks);
        FileCommands files = new FileCommands(this, toyLabFiles, toyLab::plot);
        // a dataset folder is for the image models: its outcome shows on the Images tab too, not only in the toy lab's status bar
        datasets = new DatasetFolderViewModel(tasks, text -> {
            lab.showInfo(text);
            images.showInfo(text);
            explore.showInfo(text);
        }, text -> {
            lab.showError(text);
            images.showError(text);
            explore.showError(text);
        });
        files.setDatasets(datasets);
        images.followDatasetFolder(datasets.openedProperty());
        explore.followDatasetFolder(datasets.openedProperty());
        presentation = new PresentationMode(this, largeText);
        HelpDialogs help = new HelpDialogs(this, presentation.largeTextShown(), lab.backendProperty());
        MainMenuBar menus = new MainMenuBar(lab, files, help, largeText, quit);
        pretrained = new PretrainedMenu(tasks, io.latentlab.model.PretrainedModels::locate, this::openPretrained);
        menus.getMenus().get(0).getItems().add(1, pretrained); // File ▸ Open pretrained, under Open model…
        menus.getMenus().add(menus.getMenus().size() - 1, new LessonMenu(tasks, io.latentlab.lesson.Lessons::locate, lessons,
                () -> getScene() == null ? null : getScene().getWindow())); // Lessons, before Help
        toyLabFiles.onModelFile(recent::add);
        images.onModelFile(recent::add);
        explore.onModelFile(recent::add);
        menus.getMenus().get(0).getItems().add(2, new OpenRecentMenu(recent, tasks, this::openPretrained, text -> {
            lab.showError(text);
            images.showError(text);
            explore.showError(text);
        }));
        javafx.scene.control.CheckMenuItem fullScreen = new javafx.scene.control.CheckMenuItem("Full screen");
        menus.getMenus().get(1).getItems().addAll(PresentationMenuItems.of(presentation, this::stage, fullScreen));
        TrainingToolbar toolbar = new TrainingToolbar(lab);
        // the toolbar and the status bar are the toy lab's: the other tabs have their own controls
        StatusBar status = new StatusBar(lab);
        for (javafx.scene.Node toyLabOnly : new javafx.scene.Node[] {toolbar, status}) {
            toyLabOnly.visibleProperty().bind(toyLabTab.selectedProperty());
            toyLabOnly.managedProperty().bind(toyLabTab.selectedProperty());
        }
        setTop(new VBox(menus, toolbar));
        setCenter(new LessonSplit(workspaces, new LessonPane(lessons)));
        setBottom(status);

        // Clicking a plot takes the focus out of a text field, so the single-key shortcuts work again.
        toyLab.scatter().setOnMousePressed(e -> requestFocus());
        toyLab.histogram().setOnMousePressed(e -> requestFocus());
        toyLab.lossChart().setOnMousePressed(e -> requestFocus());
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && old == null) {
                KeyboardShortcuts.install(scene, lab, toyLabTab::isSelected);
                TabShortcuts.install(scene, VaeShortcuts.KEYS, vae, vaeTab::isSelected);
                TabShortcuts.install(scene, ImageShortcuts.KEYS, images, imagesTab::isSelected);
                EmKeyboardShortcuts.install(scene, emPlayer, emTab::isSelected);
                scene.getAccelerators().put(PresentationMenuItems.PRESENTATION_KEYS,
                        () -> presentation.presentationProperty().set(!presentation.presentationProperty().get()));
                scene.windowProperty().addListener((w, was, window) -> {
                    if (window instanceof javafx.stage.Stage stage) {
                        PresentationMenuItems.follow(fullScreen, stage);
                    }
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> requestFocus());
                    }
                });
            }
        });
    }

    /** Brings the Images tab to the front (its session starts when first shown). */
    public void showImagesTab() {
        boolean opening = getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing();
        workspaces.getSelectionModel().select(imagesTab);
        if (opening) {
            LazyTabContent.install(toyLabTab, () -> toyLab); // the window opens on the Images tab: the toy lab joins the scene when first shown
        }
    }

    /** File ▸ Open pretrained ▸ a model: opens it in the tab its kind belongs to, or says why it cannot. */
    void openPretrained(io.latentlab.model.PretrainedModel model) {
        io.latentlab.model.ModelPlace place = model.place();
        if (place == io.latentlab.model.ModelPlace.TOY_LAB) {
            workspaces.getSelectionModel().select(toyLabTab);
            toyLabFiles.openModel(model.file());
        } else if (place == io.latentlab.model.ModelPlace.IMAGES) {
            showImagesTab();
            images.openModel(model.file());
        } else {
            String line = model.card() == null ? model.problem()
                    : io.latentlab.model.ModelKinds.cannotOpen(String.valueOf(model.file().getFileName()), model.card());
            if (model.card() != null && model.card().dataShape().length == 1) {
                workspaces.getSelectionModel().select(toyLabTab);
                lab.showError(line);
            } else {
                showImagesTab();
                images.showError(line);
            }
        }
    }

    /** Brings the workspace a lesson names ("toy-lab", "images", …) to the front. */
    void showWorkspace(String lessonName) {
        Tab tab = tabsByLessonName.get(lessonName);
        if (tab == imagesTab) {
            showImagesTab();
        } else if (tab != null) {
            workspaces.getSelectionModel().select(tab);
        }
    }

    /** The lessons: what the Lessons menu opens and the lesson pane shows. */
    public LessonsViewModel lessons() {
        return lessons;
    }

    /** File ▸ Open pretrained. */
    public PretrainedMenu pretrainedMenu() {
        return pretrained;
    }

    /** The window's stage, or null before it has one. */
    javafx.stage.Stage stage() {
        return getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage s ? s : null;
    }

    /** Presentation mode, high contrast and larger text: View ▸ Presentation mode (F5). */
    public PresentationMode presentationMode() {
        return presentation;
    }

    /** File ▸ Open recent's list. */
    public RecentModels recentModels() {
        return recent;
    }

    /** The workspace tabs (Toy lab, VAE, Mixtures (EM), Images, Explore). */
    public TabPane workspaces() {
        return workspaces;
    }

    /** Presentation-size text, for a projector; View ▸ Larger text. */
    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    public ToyLabViewModel toyLabViewModel() {
        return lab;
    }

    /** The VAE workspace's view model; the app closes it on exit. */
    public VaeViewModel vaeViewModel() {
        return vae;
    }

    public VaeView vaeView() {
        if (vaeView == null) {
            vaeView = new VaeView(vae);
        }
        return vaeView;
    }

    /** The Explore tab's view, made on first use (when the tab is first shown, or a lesson needs its panels). */
    ExploreView exploreView() {
        if (exploreView == null) {
            exploreView = new ExploreView(explore);
        }
        return exploreView;
    }

    /** The image dataset opened with File ▸ Open dataset folder…, for the image models. */
    public DatasetFolderViewModel datasetFolderViewModel() {
        return datasets;
    }

    public ToyLabView toyLabView() {
        return toyLab;
    }

    /** The Images workspace's view model; the app closes it on exit. */
    public ImageLabViewModel imageLabViewModel() {
        return images;
    }

    /** The Explore workspace's view model; the app closes it on exit. */
    public ExploreViewModel exploreViewModel() {
        return explore;
    }

    /** The "Three models" workspace's view model (p(y | x), p(x), p(x | y)), for lessons to set up. */
    public ThreeModelsViewModel threeModelsViewModel() {
        return threeModels;
    }

    /** The "Mixtures (EM)" workspace's view model; close it when the window goes. */
    public EmPlayerViewModel emPlayerViewModel() {
        return emPlayer;
    }
}
