package io.segmenta.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Spark job is built on Segmenta's core only: not on the window, the command line or the server. */
class JobLayeringTest {
    @Test
    void theJobUsesTheCoreOnly() {
        noClasses().that().resideInAPackage("io.segmenta.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("io.segmenta.ui..", "io.segmenta.cli..",
                        "io.segmenta.serve..", "io.segmenta.bench..", "javafx..", "java.awt..")
                .because("the job runs on cluster executors with the core's preparation and model file, nothing else")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.segmenta.spark"));
    }
}
