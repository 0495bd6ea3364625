package nl.ruimteverkenner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.BackgroundsConfig;
import nl.ruimteverkenner.io.ScenarioArchive;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.SettingsStore;
import nl.ruimteverkenner.settings.Settings;

/**
 * Work started in {@code main()} while JavaFX starts: loading the settings (and with them choosing the language
 * of the texts, {@link Language#forApp}), the background maps and the choice of the scenario to open. The heavier
 * work the first map needs (reading the scenario, the projection, the basemap data and its first tiles) waits until
 * the window shows the start-up card ({@link #windowShown()}): on two cores it would otherwise take the processor
 * from JavaFX's start and the window. It then runs beside the building of the main window. Holds no JavaFX classes.
 */
final class Preload {
    private static volatile CompletableFuture<Preload> current;

    private final SettingsStore store;
    private final CompletableFuture<Settings> settings;
    private final CompletableFuture<Optional<Path>> scenarioPath;
    private final CompletableFuture<Optional<ScenarioLoad>> scenario;
    private final CompletableFuture<BackgroundsConfig.Loaded> backgrounds;
    /** Completed when the start-up card is on screen: the heavier work starts then. */
    private final CompletableFuture<Void> shown = new CompletableFuture<>();
    private volatile String archiveProblem;

    /** Preloads for a GUI start with these arguments, on {@code workers}. */
    Preload(String[] args, Executor workers) {
        store = new SettingsStore(SettingsStore.defaultDataDir().resolve("settings.json"));
        settings = CompletableFuture.supplyAsync(() -> {
            Settings s = store.load();
            // the language is set before any text is made (the shared-scenario message below included)
            Messages.use(Language.forApp(s.language));
            return s;
        }, workers);
        backgrounds = CompletableFuture.supplyAsync(() -> BackgroundsConfig.load(SettingsStore.defaultDataDir()), workers);
        scenarioPath = settings.thenApply(s -> choose(s, args));
        scenario = scenarioPath.thenCombine(shown, (p, v) -> p).thenApplyAsync(p -> {
            Optional<ScenarioLoad> load = p.map(new ScenarioReader()::read);
            Startup.milestone("scenario read");
            return load;
        }, workers);
        // Load the basemap and render one tile per start-up zoom level: builds the simplified geometry and
        // loads the fonts before the map asks for its first tiles.
        shown.thenRunAsync(() -> {
            var r = Basemap.instance().renderer();
            r.render(7, 65, 42);
            r.render(8, 131, 84);
            Startup.milestone("basemap tiles prerendered");
        }, workers);
        // Proj4J reads its datum files on first use; do that here rather than on the FX thread.
        shown.thenRunAsync(() -> {
            RdNew.toWgs84(155_000, 463_000);
            Provinces.all();
            Startup.milestone("projection and provinces ready");
        }, workers);
    }

    /**
     * The start-up card is on screen: starts reading the scenario, the projection and the basemap (once; any
     * thread). Until then they wait, so that JavaFX's start and the window have the processor.
     */
    void windowShown() {
        shown.complete(null);
    }

    /**
     * Starts preloading for a GUI start with these arguments, on a thread of its own: setting the work up loads the
     * classes of the settings, the reader and the basemap (about half a second on two busy cores), which would
     * otherwise delay the start of JavaFX in {@code main()}.
     */
    static void start(String[] args) {
        CompletableFuture<Preload> p = new CompletableFuture<>();
        current = p;
        Thread t = new Thread(() -> {
            try {
                p.complete(new Preload(args, Workers.pool()));
            } catch (RuntimeException | Error e) {
                p.completeExceptionally(e);
                throw e;
            }
        }, "preload");
        t.setDaemon(true);
        t.start();
    }

    /** The preload started by {@code main()}, or a new one (tests start the App directly). */
    static Preload get(List<String> args) {
        CompletableFuture<Preload> p = current;
        return p != null ? p.join() : new Preload(args.toArray(new String[0]), Workers.pool());
    }

    SettingsStore store() {
        return store;
    }

    Settings settings() {
        return settings.join();
    }

    /** The background maps to choose from (the data folder's {@code backgrounds.json} or the bundled list). */
    BackgroundsConfig.Loaded backgrounds() {
        return backgrounds.join();
    }

    Optional<Path> scenarioPath() {
        return scenarioPath.join();
    }

    CompletableFuture<Optional<ScenarioLoad>> scenario() {
        return scenario;
    }

    /** Why a shared scenario given on the command line could not be opened (Dutch), if it could not. */
    Optional<String> archiveProblem() {
        scenarioPath.join();
        return Optional.ofNullable(archiveProblem);
    }

    /**
     * The scenario to open: the system property, an argument (a shared scenario is unpacked here, on a worker,
     * into a new folder under {@code <data>/gedeeld}), the last one opened, or a bundled one.
     */
    private Optional<Path> choose(Settings settings, String[] args) {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty(App.SCENARIO_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        for (String a : args) {
            if (!a.startsWith("-")) {
                Path p = Path.of(a);
                if (ScenarioArchive.isArchive(p) && Files.isRegularFile(p)) {
                    try {
                        candidates.add(ScenarioArchive.unpackShared(p, SettingsStore.defaultDataDir()));
                    } catch (IOException e) {
                        archiveProblem = e instanceof ScenarioArchive.ArchiveException ? e.getMessage()
                                : Messages.get("archive.openFailed", p, String.valueOf(e.getMessage()));
                    }
                } else {
                    candidates.add(p);
                }
            }
        }
        if (!settings.lastScenario.isBlank()) {
            candidates.add(Path.of(settings.lastScenario));
        }
        for (Path base : App.scenarioRoots()) {
            for (String name : App.DEFAULT_SCENARIOS) {
                candidates.add(base.resolve(name));
            }
        }
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("scenario.json"))).findFirst();
    }
}
