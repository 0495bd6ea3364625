package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.io.ScenarioArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app started with a shared scenario as its only argument (a file association) opens it, unpacked; the scenario
 * is read once the window is shown.
 */
class PreloadArchiveTest {
    @TempDir
    Path home;
    private String previousHome;
    private String previousScenario;

    @BeforeEach
    void isolate() {
        previousHome = System.getProperty("ruimteverkenner.home");
        previousScenario = System.getProperty(App.SCENARIO_PROPERTY);
        System.setProperty("ruimteverkenner.home", home.toString());
        System.clearProperty(App.SCENARIO_PROPERTY);
    }

    @AfterEach
    void restore() {
        restore("ruimteverkenner.home", previousHome);
        restore(App.SCENARIO_PROPERTY, previousScenario);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void aSharedScenarioArgumentIsUnpackedIntoTheDataFolderAndChosen() throws Exception {
        Path file = home.resolve("demo.ruimte");
        ScenarioArchive.write(TestScenarios.scenarios().resolve("demo"), file, false);
        Preload preload = Preload.get(List.of(file.toString()));
        assertEquals(Optional.of(home.resolve("gedeeld/demo")), preload.scenarioPath());
        assertEquals(Optional.empty(), preload.archiveProblem());
        preload.windowShown();
        assertTrue(preload.scenario().join().orElseThrow().isValid());
    }

    @Test
    void theScenarioAndTheBasemapWaitUntilTheWindowIsShown() throws Exception {
        Path file = home.resolve("demo.ruimte");
        ScenarioArchive.write(TestScenarios.scenarios().resolve("demo"), file, false);
        AtomicInteger tasks = new AtomicInteger();
        Preload preload = new Preload(new String[] {file.toString()}, r -> {
            tasks.incrementAndGet();
            Workers.pool().execute(r);
        });
        assertEquals(Optional.of(home.resolve("gedeeld/demo")), preload.scenarioPath());
        preload.backgrounds();
        // only the settings and the background maps so far: JavaFX's start has the processor
        assertEquals(2, tasks.get());
        assertFalse(preload.scenario().isDone());
        preload.windowShown();
        // then the scenario, the basemap and the projection
        assertEquals(5, tasks.get());
        assertTrue(preload.scenario().get(60, TimeUnit.SECONDS).orElseThrow().isValid());
    }

    @Test
    void aRefusedArchiveIsExplainedAndAnotherScenarioOpens() throws Exception {
        Path file = home.resolve("kapot.ruimte");
        Files.writeString(file, "geen zip");
        Preload preload = Preload.get(List.of(file.toString()));
        assertTrue(preload.archiveProblem().orElseThrow().contains("kapot.ruimte"), preload.archiveProblem().toString());
        assertTrue(preload.scenarioPath().isEmpty() || !preload.scenarioPath().get().startsWith(home));
        assertTrue(!Files.exists(home.resolve("gedeeld")) || Files.list(home.resolve("gedeeld")).findAny().isEmpty());
    }
}
