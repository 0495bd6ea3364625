package nl.ruimteverkenner.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import nl.ruimteverkenner.app.Main;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.MainWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of STYLE.md: ui → map, analysis, io → model; model and io free of JavaFX; no package
 * cycles; benchmarks and tooling outside the application. Checks the compiled application classes only
 * ({@code target/classes}), not the tests and not the libraries (classes outside are known by name only:
 * {@code archunit.properties}), so it runs in about a second.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void theApplicationClassesAreImportedWithoutTheTests() {
        assertTrue(classes.contain(Main.class) && classes.contain(Scenario.class) && classes.contain(MainWindow.class),
                "target/classes was not imported: the rules below would check nothing");
        assertFalse(classes.contain(ArchitectureTest.class), "test classes are not part of the application");
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

    @Test
    void analysisDoesNotDependOnIo() {
        noClasses().that().resideInAPackage("nl.ruimteverkenner.analysis..")
                .should().dependOnClassesThat().resideInAPackage("nl.ruimteverkenner.io..")
                .check(classes);
    }

    @Test
    void benchmarksAndToolingAreNotPartOfTheApplication() {
        noClasses().should().resideInAPackage("nl.ruimteverkenner.bench..")
                .because("benchmarks and screenshot tooling live in src/bench, on the test class path only")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesTheStandardStreams() {
        noClasses().that().resideOutsideOfPackage("nl.ruimteverkenner.cli..")
                .should(ACCESS_STANDARD_STREAMS)
                // by name too: library classes are not resolved (archunit.properties), so a call to
                // IOException.printStackTrace() is not recognised as one to Throwable's
                .orShould().callMethodWhere(target(name("printStackTrace")))
                .because("the application logs; only the command line prints")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        // every package its own slice, ui's feature packages included: a feature may use the shell and the
        // features created before it, never the other way round
        slices().matching("nl.ruimteverkenner.(**)")
                .should().beFreeOfCycles()
                .check(classes);
    }
}
