package nl.ruimteverkenner.ui.scenario;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioArchive;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.map.MapPane;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.UiContext;
import org.locationtech.jts.geom.Envelope;

/**
 * Opening scenarios (menu, tool bar, Ctrl+O) in the background, the window title, and the problems found
 * while loading (status bar button, *Meldingen bij laden*). Other features may guard opening (the workshop
 * asks about unsaved sketches) and hear about a scenario about to be shown.
 */
public final class ScenarioController implements FeatureController {
    private static final Logger LOG = System.getLogger("nl.ruimteverkenner.startup");
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final List<Runnable> openListeners = new ArrayList<>();
    private Function<String, CompletableFuture<Boolean>> openGuard = purpose -> CompletableFuture.completedFuture(true);

    public ScenarioController(UiContext ctx) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        ctx.status().problemsButton().setOnAction(e -> showProblems());
        vm.problems().addListener((ListChangeListener<Problem>) c -> updateProblems());
        vm.scenarioProperty().addListener((o, a, s) -> {
            if (s != null) {
                ctx.shell().setTitle(Messages.get("app.titleWithScenario", s.name()));
            }
        });
        ctx.shortcuts().document("file.open", Shortcuts.Group.GENERAL, openKey());
    }

    private static KeyCombination openKey() {
        return new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem open = new MenuItem(Messages.get("menu.open"));
        open.setAccelerator(openKey());
        open.setOnAction(e -> chooseScenario());
        MenuItem problems = new MenuItem(Messages.get("menu.problems"));
        problems.setOnAction(e -> showProblems());
        return List.of(new MenuEntry(Menu.FILE, open), new MenuEntry(Menu.FILE, problems));
    }

    @Override
    public List<Node> toolBarItems() {
        Button open = new Button(Messages.get("toolbar.open"));
        open.setOnAction(e -> chooseScenario());
        open.getStyleClass().add(FeatureController.PRESENTATION_HIDDEN);
        return List.of(open);
    }

    /**
     * Lets a feature decide whether another scenario may be opened now ({@code purpose} "open"); the guard
     * completes with false to stay.
     */
    public void setOpenGuard(Function<String, CompletableFuture<Boolean>> guard) {
        this.openGuard = guard;
    }

    /** Runs just before a newly opened scenario is shown (FX thread). */
    public void addOpenListener(Runnable r) {
        openListeners.add(r);
    }

    /** Asks for a scenario folder and opens it (after the guard agrees). */
    public void chooseScenario() {
        Path folder = vm.folderProperty().get();
        Path start = folder != null && folder.toAbsolutePath().getParent() != null
                ? folder.toAbsolutePath().getParent() : Path.of("scenarios");
        ctx.dialogs().chooseFolder(Messages.get("open.title"), start)
                .ifPresent(dir -> openGuarded(dir));
    }

    /**
     * Opens {@code path} when the guard agrees: a scenario folder, or a shared scenario ({@code .ruimte}), which
     * is first unpacked in the background into a new folder under {@code <data>/gedeeld}.
     */
    public void openGuarded(Path path) {
        openGuard.apply("open").thenAccept(ok -> {
            if (ok) {
                ctx.ui().execute(() -> {
                    if (ScenarioArchive.isArchive(path) && !Files.isDirectory(path)) {
                        openArchive(path);
                    } else {
                        open(path);
                    }
                });
            }
        });
    }

    /**
     * Unpacks the shared scenario {@code archive} in the background into a new folder under
     * {@code <data>/gedeeld} (never over existing work) and opens that folder. A refused or damaged archive is
     * reported in a dialog naming the archive and the entry; the open scenario stays. Completes with the new
     * folder, or exceptionally when it was refused. FX thread.
     */
    public CompletableFuture<Path> openArchive(Path archive) {
        ctx.status().startWork();
        ctx.status().show(Messages.get("status.unpacking", archive.getFileName()));
        CompletableFuture<Path> unpacked = CompletableFuture.supplyAsync(() -> {
            try {
                return ScenarioArchive.unpackShared(archive, ctx.dataDir());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, ctx.background());
        CompletableFuture<Path> result = new CompletableFuture<>();
        unpacked.whenComplete((folder, error) -> ctx.ui().execute(() -> {
            ctx.status().endWork();
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                String message = cause instanceof ScenarioArchive.ArchiveException ? cause.getMessage()
                        : Messages.get("archive.openFailed", archive, String.valueOf(cause.getMessage()));
                ctx.status().show(Messages.get("status.loadFailed", archive.getFileName()));
                ctx.dialogs().showText(Messages.get("archive.open.title"), message);
                result.completeExceptionally(cause);
                return;
            }
            ctx.status().show(Messages.get("status.unpacked", archive.getFileName(), folder));
            open(folder).whenComplete((load, e) -> {
                if (load != null && load.scenario().isPresent()) {
                    ctx.status().show(Messages.get("status.unpacked", archive.getFileName(), folder));
                }
                result.complete(folder);
            });
        }));
        return result;
    }

    /** Loads a scenario in the background and shows it; problems appear in the status bar. */
    public CompletableFuture<ScenarioLoad> open(Path path) {
        return open(path, path, CompletableFuture.supplyAsync(() -> new ScenarioReader().read(path), ctx.background()));
    }

    /**
     * Shows a scenario that is being read by {@code reading}; {@code home} becomes the scenario's folder
     * (where its choices are kept and variants saved; differs from {@code path} for recovered work).
     */
    public CompletableFuture<ScenarioLoad> open(Path path, Path home, CompletableFuture<ScenarioLoad> reading) {
        ctx.status().startWork();
        ctx.status().show(Messages.get("status.loading", path.getFileName()));
        CompletableFuture<ScenarioLoad> shown = new CompletableFuture<>();
        reading.whenComplete((load, error) -> ctx.ui().execute(() -> {
            ctx.status().endWork();
            if (error != null || load == null) {
                ctx.status().show(Messages.get("status.loadFailed", path));
            } else if (load.scenario().isEmpty()) {
                vm.problems().setAll(load.problems());
                ctx.status().show(Messages.get("status.loadFailed", path));
                showProblems();
            } else {
                // a scenario opened by the user shows its extent; the first one at start keeps a remembered view
                boolean fit = vm.getScenario() != null || Double.isNaN(ctx.settings().zoom);
                if (vm.getScenario() != null) {
                    vm.storeInto(ctx.settings());
                }
                LOG.log(Level.DEBUG, "scenario loaded");
                openListeners.forEach(Runnable::run);
                vm.folderProperty().set(home);
                ctx.settings().lastScenario = home.toAbsolutePath().toString();
                ctx.analysis().clear();
                vm.show(load, ctx.settings());
                if (fit) {
                    fitToExtent(load.scenario().get());
                }
            }
            if (error != null) {
                shown.completeExceptionally(error);
            } else {
                shown.complete(load);
            }
        }));
        return shown;
    }

    /** Fits the map to the scenario's features (the whole country when they cover most of it, or there are none). */
    private void fitToExtent(Scenario s) {
        Envelope env = new Envelope();
        s.features().forEach(f -> env.expandToInclude(f.geometry().getEnvelopeInternal()));
        Envelope nl = new Envelope(MapPane.NL_WEST, MapPane.NL_EAST, MapPane.NL_SOUTH, MapPane.NL_NORTH);
        Envelope inNl = env.intersection(nl);
        // a national scenario (its far North Sea claims included) opens on the whole country, a regional one on itself
        if (env.isNull() || env.getWidth() < 1e-6 || env.getHeight() < 1e-6 || inNl.getArea() > 0.5 * nl.getArea()) {
            ctx.map().showNetherlands();
            return;
        }
        double padX = env.getWidth() * 0.03;
        double padY = env.getHeight() * 0.03;
        ctx.map().fit(env.getMinX() - padX, env.getMinY() - padY, env.getMaxX() + padX, env.getMaxY() + padY);
    }

    private void updateProblems() {
        long errors = vm.problems().stream().filter(Problem::isError).count();
        long warnings = vm.problems().size() - errors;
        Button b = ctx.status().problemsButton();
        b.setVisible(!vm.problems().isEmpty());
        b.setText(Messages.get("status.problems", errors, warnings));
        b.getStyleClass().remove("has-errors");
        if (errors > 0) {
            b.getStyleClass().add("has-errors");
        }
    }

    /** Lists the problems found while loading. */
    public void showProblems() {
        List<String> lines = vm.problems().stream().map(Problem::describe).toList();
        Path folder = vm.folderProperty().get();
        ctx.dialogs().showList(Messages.get("problems.title"),
                Messages.get("problems.header", folder == null ? "" : folder.toString()),
                lines.isEmpty() ? List.of(Messages.get("problems.none")) : lines);
    }
}