package io.segmenta.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: ui -> app services -> core, and the core free of JavaFX and AWT. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.segmenta");
    }

    @Test
    void coreNeverUsesJavaFxOrAwt() {
        noClasses().that().resideInAPackage("io.segmenta.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                        "com.sun.javafx..")
                .because("the core must run headless on the command line and in tests (DESIGN.md)")
                .check(classes);
    }

    @Test
    void coreNeverDependsOnUiOrCli() {
        noClasses().that().resideInAPackage("io.segmenta.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.segmenta.ui..", "io.segmenta.cli..")
                .because("dependencies point one way only: ui -> services -> core")
                .check(classes);
    }

    @Test
    void commandLineNeverUsesTheUi() {
        noClasses().that().resideInAPackage("io.segmenta.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.segmenta.ui..", "javafx..")
                .because("the command line runs without a display")
                .check(classes);
    }

    @Test
    void theServerNeverUsesTheUiOrTheCommandLine() {
        noClasses().that().resideInAPackage("io.segmenta.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("io.segmenta.ui..", "io.segmenta.cli..", "javafx..",
                        "java.awt..")
                .because("segmenta serve runs headless on a server, over the core only")
                .check(classes);
    }

    @Test
    void coreNeverUsesTheServer() {
        noClasses().that().resideInAPackage("io.segmenta.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.segmenta.serve..", "io.javalin..",
                        "org.eclipse.jetty..")
                .because("the server is built on the core, not the other way round")
                .check(classes);
    }

    @Test
    void nothingHereUsesSpark() {
        noClasses().that().resideInAPackage("io.segmenta..")
                .should().dependOnClassesThat().resideInAnyPackage("io.segmenta.spark..", "org.apache.spark..",
                        "scala..")
                .because("the Spark job (spark/, io.segmenta.spark) is built on the core, never the other way round; "
                        + "the desktop jar carries no byte of Spark (its own LayeringTest keeps it to the core)")
                .check(classes);
    }

    @Test
    void uiDoesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("io.segmenta.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.segmenta.cli..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchSceneNodes() {
        noClasses().that().resideInAPackage("io.segmenta.ui..").and().haveNameMatching(".*ViewModel(\\$.*)?")
                .should().dependOnClassesThat(resideInAPackage("javafx.scene..")
                        .or(assignableTo(javafx.scene.Node.class))
                        .or(assignableTo(javafx.stage.Window.class)))
                .because("a view-model holds state and composes text; the FXML view and its controller own the "
                        + "nodes, colours and windows and bind to it, so a view-model can be tested without a scene")
                .check(classes);
    }
}
