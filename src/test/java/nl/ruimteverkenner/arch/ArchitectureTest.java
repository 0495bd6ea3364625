package nl.ruimteverkenner.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md: ui → map, analysis, io → model; model and io free of JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ruimteverkenner");
    }

    @Test
    void modelDependsOnNothingButJts() {
        noClasses().that().resideInAPackage("nl.ruimteverkenner.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "com.gluonhq..",
                        "nl.ruimteverkenner.io..", "nl.ruimteverkenner.ui..", "nl.ruimteverkenner.map..",
                        "nl.ruimteverkenner.analysis..", "nl.ruimteverkenner.app..")
                .check(classes);
    }

    @Test
    void headlessPackagesDoNotTouchJavaFx() {
        noClasses().that().resideInAnyPackage("nl.ruimteverkenner.model..", "nl.ruimteverkenner.io..",
                        "nl.ruimteverkenner.analysis..", "nl.ruimteverkenner.geo..", "nl.ruimteverkenner.cli..",
                        "nl.ruimteverkenner.i18n..", "nl.ruimteverkenner.settings..", "nl.ruimteverkenner.report..",
                        "nl.ruimteverkenner.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
                .check(classes);
    }

    @Test
    void jacksonStaysInsideIo() {
        noClasses().that().resideOutsideOfPackage("nl.ruimteverkenner.io..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
                .check(classes);
    }

    @Test
    void databaseAccessStaysInsideIo() {
        noClasses().that().resideOutsideOfPackage("nl.ruimteverkenner.io..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("nl.ruimteverkenner.io..", "nl.ruimteverkenner.analysis..",
                        "nl.ruimteverkenner.map..", "nl.ruimteverkenner.basemap..", "nl.ruimteverkenner.geo..",
                        "nl.ruimteverkenner.report..", "nl.ruimteverkenner.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.ruimteverkenner.ui..", "nl.ruimteverkenner.app..")
                .check(classes);
    }
}
