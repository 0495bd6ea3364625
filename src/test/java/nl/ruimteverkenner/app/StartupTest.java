package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.SettingsStore;
import nl.ruimteverkenner.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starting the application, headless: the window is shown with the start-up progress before the frame is built,
 * at its remembered bounds made to fit the screen; the progress names its step and goes away when the map is
 * ready; both start-up events are logged in order; a dialog the application opens is owned by the main window and
 * centred over it.
 */
class StartupTest extends ApplicationTest {
    private static final Logger STARTUP = Logger.getLogger(Startup.LOGGER_NAME);
    private static final List<String> LOGGED = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord r) {
            LOGGED.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static Level levelBefore;
    private static Path home;
    private static Path scenarioCopy;
    private App app;
    private Stage stage;
    /** What the window showed when {@code start} returned: the progress's step, and whether the frame was built. */
    private String stepAtStart;
    private boolean builtAtStart;

    @BeforeAll
    static void isolate() throws IOException {
        home = Files.createTempDirectory("rv-startup-home");
        System.setProperty("ruimteverkenner.home", home.toString());
        scenarioCopy = TestScenarios.copyTree(TestScenarios.scenarios().resolve("demo"),
                Files.createTempDirectory("rv-startup").resolve("demo"));
        System.setProperty(App.SCENARIO_PROPERTY, scenarioCopy.toString());
        levelBefore = STARTUP.getLevel();
        STARTUP.setLevel(Level.ALL);
        STARTUP.addHandler(CAPTURE);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        STARTUP.removeHandler(CAPTURE);
        STARTUP.setLevel(levelBefore);
        TestScenarios.deleteTree(scenarioCopy.getParent());
        TestScenarios.deleteTree(home);
        System.clearProperty(App.SCENARIO_PROPERTY);
    }

    @Override
    public void start(Stage stage) {
        // remembered on a larger screen, partly to the left of this one
        Settings s = new Settings();
        s.windowX = -200;
        s.windowY = 50;
        s.windowWidth = 3000;
        s.windowHeight = 700;
        new SettingsStore(SettingsStore.defaultDataDir().resolve("settings.json")).save(s);
        LOGGED.clear();
        this.stage = stage;
        app = new App();
        app.start(stage);
        stepAtStart = ((Label) stage.getScene().lookup("#startup-step")).getText();
        builtAtStart = app.window() != null;
    }

    private void awaitMapReady() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> LOGGED.stream().anyMatch(m -> m.startsWith(Startup.MAP_READY + " ")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long eventTime(String event) {
        String line = LOGGED.stream().filter(m -> m.startsWith(event + " ")).findFirst().orElseThrow(() -> new AssertionError(
                event + " not logged: " + LOGGED));
        assertTrue(line.matches(event + " \\d+"), line);
        return Long.parseLong(line.substring(event.length() + 1));
    }

    @Test
    void theWindowShowsTheProgressFirstAndTheMapWhenReady() throws Exception {
        assertTrue(stage.isShowing(), "shown before start() returned");
        assertFalse(builtAtStart, "the frame is built after the window is on screen");
        assertEquals(Messages.get("startup.map"), stepAtStart);
        awaitMapReady();
        assertNotNull(app.window().viewModel().getScenario(), "the scenario is open when the map is ready");
        assertFalse(app.window().features().schuurpunten().model().busyProperty().get(), "and its schuurpunten computed");
        assertTrue(stage.getScene().lookup("#startup-overlay") == null, "the progress is gone");
        long window = eventTime(Startup.WINDOW_SHOWN);
        long painted = eventTime(Startup.MAP_PAINTED);
        long map = eventTime(Startup.MAP_READY);
        assertTrue(window > 0 && window <= painted && painted <= map, window + ", " + painted + ", " + map);
        assertTrue(LOGGED.indexOf(Startup.WINDOW_SHOWN + " " + window) < LOGGED.indexOf(Startup.MAP_PAINTED + " " + painted));
        assertTrue(LOGGED.indexOf(Startup.MAP_PAINTED + " " + painted) < LOGGED.indexOf(Startup.MAP_READY + " " + map));
    }

    @Test
    void rememberedBoundsAreMadeToFitTheScreen() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // wider than the screen: as wide as the screen, at its left edge; the rest as remembered
        assertEquals(screen.getMinX(), stage.getX(), 0.5);
        assertEquals(50, stage.getY(), 0.5);
        assertEquals(screen.getWidth(), stage.getWidth(), 0.5);
        assertEquals(700, stage.getHeight(), 0.5);
        awaitMapReady();
    }

    @Test
    void aDialogOfTheApplicationIsOwnedByTheMainWindowAndCentredOverIt() throws Exception {
        awaitMapReady();
        // Help › Over Ruimteverkenner
        javafx.scene.control.MenuItem about = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> Messages.get("menu.about").equals(i.getText()))
                .findFirst().orElseThrow();
        // shrink and move the main window, so centred over it differs from centred on the screen
        interact(() -> {
            stage.setX(40);
            stage.setY(60);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        interact(about::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElseThrow(() -> new AssertionError("no dialog shown"));
        assertSame(stage, ((Stage) dialog).getOwner());
        assertTrue(dialog.getWidth() < stage.getWidth() && dialog.getHeight() < stage.getHeight(), "sized to its content");
        assertEquals(stage.getX() + stage.getWidth() / 2, dialog.getX() + dialog.getWidth() / 2, 1.5);
        assertEquals(stage.getY() + stage.getHeight() / 2, dialog.getY() + dialog.getHeight() / 2, 1.5);
        interact(((Stage) dialog)::close);
    }
}
