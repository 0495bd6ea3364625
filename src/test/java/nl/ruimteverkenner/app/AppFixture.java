package nl.ruimteverkenner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.io.GemeenteStore;
import nl.ruimteverkenner.io.RecoveryStore;

/**
 * An application test's own world: a fresh data folder and a copy of a bundled scenario in a work folder of its
 * own, named to the application through its system properties; each test starts the app without the settings,
 * gemeente boundaries or recovered work an earlier test left.
 */
final class AppFixture {
    private final Path home;
    private final Path work;
    private final Path scenario;

    private AppFixture(Path home, Path work, Path scenario) {
        this.home = home;
        this.work = work;
        this.scenario = scenario;
    }

    /** Creates the folders, copies {@code scenarioName} (a folder under the bundled scenarios) and sets the properties. */
    static AppFixture isolate(String name, String scenarioName) throws IOException {
        Path home = Files.createTempDirectory("rv-" + name + "-home");
        System.setProperty("ruimteverkenner.home", home.toString());
        Path work = Files.createTempDirectory("rv-" + name);
        Path copy = TestScenarios.copyTree(TestScenarios.scenarios().resolve(scenarioName), work.resolve(scenarioName));
        System.setProperty(App.SCENARIO_PROPERTY, copy.toString());
        return new AppFixture(home, work, copy);
    }

    /** The work folder, for the test's own files beside the scenario copy. */
    Path work() {
        return work;
    }

    /** The copy of the scenario the app opens. */
    Path scenario() {
        return scenario;
    }

    /** Starts the application in {@code stage} with a clean data folder. */
    App start(Stage stage) throws IOException {
        Files.deleteIfExists(home.resolve("settings.json"));
        Files.deleteIfExists(home.resolve(GemeenteStore.FILE));
        new RecoveryStore(home).clear();
        App app = new App();
        app.start(stage);
        return app;
    }

    /** Removes both folders and the scenario property. */
    void cleanUp() throws IOException {
        TestScenarios.deleteTree(work);
        TestScenarios.deleteTree(home);
        System.clearProperty(App.SCENARIO_PROPERTY);
    }
}
