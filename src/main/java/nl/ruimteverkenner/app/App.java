package nl.ruimteverkenner.app;

import java.awt.SplashScreen;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.SettingsStore;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.MainWindow;

/**
 * The desktop application and composition root: loads the settings, configures the basemap (offline
 * unless the user chose an online background), builds the main window, opens a scenario and saves the
 * settings on exit. Start-up milestones go to {@link Startup}; {@link StartupHook}s found on the class path run
 * once the window is shown.
 */
public final class App extends Application {
    /** System property naming the scenario to open (tests, demos). */
    public static final String SCENARIO_PROPERTY = "ruimteverkenner.scenario";
    /** The scenario opened when nothing else is chosen, in order of preference. */
    public static final List<String> DEFAULT_SCENARIOS = List.of("voorontwerp-nota-ruimte-2024", "demo");

    private SettingsStore store;
    private Settings settings;
    private MainWindow window;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        Startup.milestone("JavaFX start()");
        this.stage = primaryStage;
        Path dataDir = SettingsStore.defaultDataDir();
        Preload preload = Preload.get(Optional.ofNullable(getParameters()).map(Parameters::getRaw).orElse(List.of()));
        store = preload.store();
        settings = preload.settings();
        Startup.milestone("settings loaded");
        Basemap basemap = Basemap.instance();
        basemap.setDataDir(dataDir);
        window = new MainWindow(settings, dataDir, Platform::runLater, Workers.pool(), preload.backgrounds());
        Startup.milestone("main window built");
        basemap.setOnlineFailureListener(reason -> Platform.runLater(
                () -> window.statusBar().show(Messages.get("online.failed", reason))));
        Scene scene = new Scene(window, settings.windowWidth, settings.windowHeight);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        Startup.milestone("scene styled");
        restoreBounds();
        stage.setOnHidden(e -> saveSettings());
        stage.setOnCloseRequest(window::onCloseRequest);
        stage.show();
        Startup.milestone("window shown");
        closeSplash();
        Platform.runLater(() -> window.restoreView(settings));
        for (StartupHook hook : ServiceLoader.load(StartupHook.class)) {
            hook.windowShown(stage, window);
        }
        store.keptAside().ifPresent(kept -> window.statusBar().show(Messages.get("settings.kept", kept)));
        Optional<Path> path = preload.scenarioPath();
        preload.archiveProblem().ifPresent(problem -> Platform.runLater(() -> {
            window.statusBar().show(Messages.get("app.archiveFailed"));
            window.features().context().dialogs().showText(Messages.get("archive.open.title"), problem);
        }));
        if (path.isPresent()) {
            // recovered work is offered whether or not the scenario could be opened
            window.features().scenario().open(path.get(), path.get(), preload.scenario().thenApply(Optional::orElseThrow))
                    .whenComplete((load, err) -> Platform.runLater(() -> window.features().workshop().variants().offerRecovery()));
        } else {
            window.statusBar().show(Messages.get("status.noScenarioFound"));
            window.features().workshop().variants().offerRecovery();
        }
    }

    private void restoreBounds() {
        if (!Double.isNaN(settings.windowX) && !Double.isNaN(settings.windowY)) {
            Rectangle2D wanted = new Rectangle2D(settings.windowX, settings.windowY,
                    Math.max(400, settings.windowWidth), Math.max(300, settings.windowHeight));
            if (!Screen.getScreensForRectangle(wanted).isEmpty()) {
                stage.setX(settings.windowX);
                stage.setY(settings.windowY);
            }
        }
        stage.setMaximized(settings.maximized);
    }

    private void saveSettings() {
        if (window == null) {
            return;
        }
        window.storeInto(settings);
        settings.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            settings.windowX = stage.getX();
            settings.windowY = stage.getY();
            settings.windowWidth = stage.getWidth();
            settings.windowHeight = stage.getHeight();
        }
        store.save(settings);
    }

    /** The main window (for tests). */
    MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        saveSettings();
    }

    /**
     * Closes the launcher's splash image ({@code -splash:}, set by the installed app's launcher) once the window is
     * up: JavaFX does not close an AWT splash screen by itself.
     */
    private static void closeSplash() {
        try {
            SplashScreen splash = SplashScreen.getSplashScreen();
            if (splash != null) {
                splash.close();
            }
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // no splash screen here (HeadlessException is an UnsupportedOperationException)
        }
    }

    /** Where bundled scenarios are looked for: ./scenarios, and scenarios/ beside the jar. */
    static List<Path> scenarioRoots() {
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of("scenarios"));
        try {
            Path code = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isRegularFile(code) ? code.getParent() : code;
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("scenarios"))) {
                    roots.add(p.resolve("scenarios"));
                    break;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: only the working directory is searched
        }
        return roots;
    }
}
