package io.latentlab.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layers of DESIGN.md, as rules: arrows point downward only, and only app and ui see JavaFX. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.latentlab");
    }

    @Test
    void onlyAppAndUiImportJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.latentlab.app..", "io.latentlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the engine is headless: the command line and the tests use it without a display")
                .check(classes);
    }

    @Test
    void layersPointDownwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("io.latentlab.app..")
                .layer("cli").definedBy("io.latentlab.cli..")
                .layer("ui").definedBy("io.latentlab.ui..")
                .layer("engine").definedBy("io.latentlab.train..", "io.latentlab.explore..",
                        "io.latentlab.density..", "io.latentlab.export..")
                .layer("model").definedBy("io.latentlab.model..")
                .layer("data").definedBy("io.latentlab.data..")
                .layer("nd4j").definedBy("io.latentlab.nd4j..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("app", "cli", "ui", "engine")
                .whereLayer("model").mayOnlyBeAccessedByLayers("app", "cli", "ui", "engine")
                .whereLayer("data").mayOnlyBeAccessedByLayers("app", "cli", "ui", "engine", "model")
                .whereLayer("nd4j").mayOnlyBeAccessedByLayers("app", "cli", "ui", "engine", "model", "data")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void trainExploreDensityAndExportDoNotDependOnEachOtherWithoutReason() {
        noClasses().that().resideInAnyPackage("io.latentlab.train..")
                .should().dependOnClassesThat().resideInAnyPackage("io.latentlab.export..")
                .check(classes);
    }
}
