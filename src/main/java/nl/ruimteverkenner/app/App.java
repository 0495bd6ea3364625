package nl.ruimteverkenner.app;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.SettingsStore;
import nl.ruimteverkenner.settings.Settings;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.shell.StartupOverlay;
import nl.ruimteverkenner.ui.shell.WindowPlacement;

/**
 * The desktop application and composition root: loads the settings, shows the window at once (at its remembered
 * or default place, {@link WindowPlacement}) with the start-up progress ({@link StartupOverlay}), then builds the
 * main window's frame in it, configures the basemap (offline unless the user chose an online background), opens a
 * scenario, removes the progress when the map is ready, and saves the settings on exit. The settings and the
 * background maps are loaded on worker threads from {@code main()}; reading the scenario and the basemap follows
 * once the start-up card is on screen ({@link Preload}). Start-up
 * milestones and events go to {@link Startup}; {@link StartupHook}s found on the class path run once the frame is
 * in the window.
 */
public final class App extends Application {
    private static final Logger LOG = System.getLogger(App.class.getName());
    /** System property naming the scenario to open (tests, demos). */
    public static final String SCENARIO_PROPERTY = "ruimteverkenner.scenario";
    /** The scenario opened when nothing else is chosen, in order of preference. */
    public static final List<String> DEFAULT_SCENARIOS = List.of("voorontwerp-nota-ruimte-2024", "demo");

    private SettingsStore store;
    private Settings settings;
    private MainWindow window;
    private Stage stage;
    private StartupOverlay overlay;

    @Override
    public void start(Stage primaryStage) {
        Startup.milestone("JavaFX start()");
        this.stage = primaryStage;
        Preload preload = Preload.get(Optional.ofNullable(getParameters()).map(Parameters::getRaw).orElse(List.of()));
        store = preload.store();
        settings = preload.settings();
        Startup.milestone("settings loaded");
        // the window first, with the progress, then the frame and the map in it: never a silent wait
        overlay = new StartupOverlay();
        overlay.step(Messages.get("startup.map"));
        Scene scene = new Scene(overlay);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        WindowPlacement.restore(stage, settings.windowX, settings.windowY, settings.windowWidth, settings.windowHeight,
                settings.maximized);
        stage.setOnHidden(e -> saveSettings());
        stage.show();
        Startup.milestone("window shown");
        // The card's first frame is laid out in the first pulse, rendered on the render thread and handed to the
        // window through this thread's queue. The frame is built only at the third pulse: built at once, it held this
        // thread and the window stayed blank (white) until the frame was in. The card's turning indicator keeps the
        // pulses coming meanwhile; measured with a pixel watcher, the card was on screen 0.35-0.5 s after
        // window-shown (load 5), and without the indicator only after the frame.
        onNextPulse(scene, () -> {
            Startup.event(Startup.WINDOW_SHOWN);
            if (settings.maximized) {
                WindowPlacement.fillScreenIfNotMaximized(stage);
            }
            onNextPulse(scene, () -> onNextPulse(scene, () -> {
                // the card is on screen: the work the map needs starts beside the building of the frame (it waited
                // so as not to slow the window down)
                preload.windowShown();
                Platform.runLater(() -> build(preload));
            }));
        });
    }

    /** Builds the main window's frame into the shown window and opens the scenario (FX thread). */
    private void build(Preload preload) {
        try {
            Path dataDir = SettingsStore.defaultDataDir();
            Basemap basemap = Basemap.instance();
            basemap.setDataDir(dataDir);
            window = new MainWindow(settings, dataDir, Platform::runLater, Workers.pool(), preload.backgrounds());
            Startup.milestone("main window built");
            basemap.setOnlineFailureListener(reason -> Platform.runLater(
                    () -> window.statusBar().show(Messages.get("online.failed", reason))));
            // the frame becomes the window's content, the progress a card over its map
            overlay.overFrame();
            window.setStartupOverlay(overlay);
            stage.getScene().setRoot(window);
            // The JVM's splash image stays until the frame is on screen (a window manager may keep it above the
            // window until it is closed).
            onNextPulse(stage.getScene(), () -> Platform.runLater(Splash::close));
            // the map has the keyboard from the start (Home, +, −, 1 2 3 ...), not whatever control comes first
            window.mapPane().requestFocus();
            stage.setOnCloseRequest(window::onCloseRequest);
            window.restoreView(settings);
            for (StartupHook hook : ServiceLoader.load(StartupHook.class)) {
                hook.windowShown(stage, window);
            }
            store.keptAside().ifPresent(kept -> window.statusBar().show(Messages.get("settings.kept", kept)));
            preload.archiveProblem().ifPresent(problem -> Platform.runLater(() -> {
                window.statusBar().show(Messages.get("app.archiveFailed"));
                window.features().context().dialogs().showText(Messages.get("archive.open.title"), problem);
            }));
            Optional<Path> path = preload.scenarioPath();
            CompletableFuture<?> opened;
            if (path.isPresent()) {
                // recovered work is offered whether or not the scenario could be opened
                opened = window.features().scenario().open(path.get(), path.get(), preload.scenario().thenApply(Optional::orElseThrow));
                opened.whenComplete((load, err) -> Platform.runLater(() -> window.features().workshop().variants().offerRecovery()));
            } else {
                window.statusBar().show(Messages.get("status.noScenarioFound"));
                window.features().workshop().variants().offerRecovery();
                opened = CompletableFuture.completedFuture(null);
            }
            followProgress(opened);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.ERROR, "start-up failed", e);
            Splash.close();
            overlay.fail(Messages.get("startup.failed", String.valueOf(e.getMessage())), Platform::exit);
        }
    }

    /**
     * Shows the step start-up is at until the map is painted with its tiles, the scenario is shown
     * ({@link Startup#MAP_PAINTED}) and its schuurpunten are computed; then removes the progress and logs
     * {@link Startup#MAP_READY}.
     */
    private void followProgress(CompletableFuture<?> opened) {
        Basemap basemap = Basemap.instance();
        new AnimationTimer() {
            private boolean painted;
            private boolean ready;
            private int ticks;

            @Override
            public void handle(long now) {
                ticks++;
                if (ready) {
                    // the frame with the complete map has been laid out and goes to the screen
                    stop();
                    Startup.event(Startup.MAP_READY);
                    window.setStartupOverlay(null);
                    return;
                }
                if (!opened.isDone()) {
                    overlay.step(Messages.get("startup.scenario"));
                } else if (ticks < 3 || basemap.deliveredTiles() == 0 || basemap.pendingTiles() > 0) {
                    // (the first pulses lay the frame out, and the map asks for its tiles)
                    overlay.step(Messages.get("startup.map"));
                } else {
                    if (!painted) {
                        painted = true;
                        Startup.event(Startup.MAP_PAINTED);
                    }
                    if (window.features().schuurpunten().model().busyProperty().get()) {
                        double done = window.features().schuurpunten().model().progressProperty().get();
                        overlay.step(done < 0 ? Messages.get("startup.schuurpunten")
                                : Messages.get("startup.schuurpunten.progress", Math.round(done * 100)));
                    } else {
                        ready = true;
                    }
                }
            }
        }.start();
    }

    /** Runs {@code r} once, after the layout of the next pulse of {@code scene}. */
    private static void onNextPulse(Scene scene, Runnable r) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            r.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
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
