package nl.ruimteverkenner.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.ScenarioDiff;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.VariantIndex;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.compare.ComparePanel.Target;
import nl.ruimteverkenner.ui.map.MapPane;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.LazyTab;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;

/**
 * Before and after: the original scenario on the left, on the right the open scenario with its sketches or
 * one of its saved variants (each at a horizon of its own), as two synchronised maps (swipe or side by side)
 * in the map's place, and what differs, computed in the background. The original is the scenario as it was
 * saved (read from its folder), so sketches only show on the right. The open scenario uses the shared
 * analysis engine; the original and saved variants get engines of their own, kept while the scenario stays
 * open. Every choice in the panel takes effect at once.
 */
public final class CompareController implements FeatureController {
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final BooleanSupplier unsavedWork;
    private final ComparePane pane = new ComparePane();
    private final ComparePanel panel;
    private final Tab tab;
    /** Scenarios read from disk (the original, saved variants) and their engines; for one open scenario. */
    private final ScenarioCache loaded;
    private final SessionReportController sessionReport;
    private long generation;

    /** The two sides of a comparison; {@code original} is false when the original could not be found. */
    private record Sides(Scenario left, SchuurpuntEngine leftEngine, Scenario right, SchuurpuntEngine rightEngine,
                         boolean original) {
    }

    /**
     * @param unsavedWork whether the open scenario has sketches or edits not saved as a variant (it then differs
     *                    from the original on disk)
     */
    public CompareController(UiContext ctx, BooleanSupplier unsavedWork) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.unsavedWork = unsavedWork;
        this.loaded = new ScenarioCache(ctx.analysis());
        this.sessionReport = new SessionReportController(ctx, unsavedWork, loaded, this::chosenTarget);
        panel = new ComparePanel(this::start, this::stop, this::chooseVariant, pane::setMode, this::refresh, pane::zoomTo);
        tab = LazyTab.of(Messages.get("compare.tab"), "tab-compare", () -> {
            // the panel keeps its lists readable; on a low window it scrolls
            ScrollPane scroll = new ScrollPane(panel);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            return scroll;
        });
        tab.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                refreshTargets();
            }
        });
        vm.scenarioProperty().addListener((o, a, s) -> {
            if (s == null || a == null || !a.id().equals(s.id())) {
                loaded.clear();
                refreshTargets();
            }
            if (s == null) {
                panel.setStarted(false);
            } else {
                refresh();
            }
        });
        vm.folderProperty().addListener((o, a, f) -> {
            loaded.clear();
            refreshTargets();
        });
    }

    @Override
    public List<Tab> sideTabs() {
        return List.of(tab);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return sessionReport.menuEntries();
    }

    private Target chosenTarget() {
        return panel.target();
    }

    /** Writing the workshop session report. */
    public SessionReportController sessionReport() {
        return sessionReport;
    }

    public ComparePane pane() {
        return pane;
    }

    public ComparePanel panel() {
        return panel;
    }

    private void chooseVariant() {
        Path folder = vm.folderProperty().get();
        Path start = folder == null ? null : folder.toAbsolutePath().getParent();
        ctx.dialogs().chooseFolder(Messages.get("compare.pickVariant"), start).ifPresent(this::useVariant);
    }

    /** Reads a variant in the background and compares against it on the right (chosen in the list). */
    public CompletableFuture<Optional<String>> useVariant(Path folder) {
        Path key = ScenarioCache.key(folder);
        ctx.status().startWork();
        return CompletableFuture.supplyAsync(() -> loaded.load(key).map(l -> new Picked(l.scenario().name(), null))
                        .orElseGet(() -> new Picked(null, new ScenarioReader().read(key))), ctx.background())
                .thenApplyAsync(result -> {
                    ctx.status().endWork();
                    if (result.name() == null) {
                        ScenarioLoad load = result.failed();
                        vm.problems().setAll(load.problems());
                        ctx.dialogs().showList(Messages.get("problems.title"), Messages.get("problems.header", folder),
                                load.problems().stream().map(p -> p.describe()).toList());
                        return Optional.<String>empty();
                    }
                    String name = result.name();
                    panel.addTarget(new Target(Messages.get("compare.saved", name), key));
                    return Optional.of(name);
                }, ctx.ui());
    }

    /** A folder chosen by hand: the scenario's name, or why it could not be read. */
    private record Picked(String name, ScenarioLoad failed) {
    }

    /** Lists what the right side can show: the open scenario and the saved variants beside it (in the background). */
    public CompletableFuture<Void> refreshTargets() {
        Scenario s = vm.getScenario();
        Path folder = vm.folderProperty().get();
        if (s == null) {
            panel.setTargets(List.of());
            return CompletableFuture.completedFuture(null);
        }
        Target open = openTarget(s);
        if (folder == null) {
            panel.setTargets(List.of(open));
            return CompletableFuture.completedFuture(null);
        }
        Path own = folder.toAbsolutePath().normalize();
        String base = s.variant().map(v -> v.basedOn()).orElse(s.id());
        return CompletableFuture.supplyAsync(() -> VariantIndex.family(own.getParent(), base), ctx.background())
                .thenAcceptAsync(family -> {
                    if (vm.getScenario() == null || !vm.getScenario().id().equals(s.id())) {
                        return; // another scenario opened meanwhile; its own refresh follows
                    }
                    List<Target> targets = new ArrayList<>();
                    targets.add(openTarget(vm.getScenario()));
                    for (VariantIndex.Entry e : family) {
                        Path f = e.folder().toAbsolutePath().normalize();
                        if (e.variant().isPresent() && !f.equals(own)) {
                            targets.add(new Target(Messages.get("compare.saved", e.name()), f));
                        }
                    }
                    // a folder chosen by hand stays in the list
                    panel.targetBox().getItems().stream()
                            .filter(t -> !t.isOpen() && targets.stream().noneMatch(x -> Objects.equals(x.folder(), t.folder())))
                            .forEach(targets::add);
                    panel.setTargets(targets);
                }, ctx.ui());
    }

    private Target openTarget(Scenario s) {
        return new Target(Messages.get(unsavedWork.getAsBoolean() ? "compare.openSketches" : "compare.open", s.name()), null);
    }

    /** Shows the compare view in place of the map, at the map's view, and compares. */
    public void start() {
        if (vm.getScenario() == null) {
            return;
        }
        MapPane map = ctx.map();
        double[] c = map.center();
        double z = map.zoom();
        if (pane.getParent() == null) {
            ctx.shell().replaceMap(pane);
        }
        ctx.ui().execute(() -> pane.setView(c[1], c[0], z));
        refreshTargets();
        compare();
    }

    /** Compares again with the panel's current choices when comparing (a horizon or the right side changed). */
    public void refresh() {
        if (panel.isStarted() && pane.getParent() != null) {
            compare();
        }
    }

    /**
     * Reads what is needed (the original, a saved variant), shows both maps, then computes the differences;
     * a comparison asked for later wins over one still running.
     */
    private void compare() {
        Scenario open = vm.getScenario();
        if (open == null) {
            return;
        }
        long gen = ++generation;
        Path folder = vm.folderProperty().get();
        boolean unsaved = unsavedWork.getAsBoolean();
        Target target = panel.target();
        Horizon ha = panel.leftHorizon();
        Horizon hb = panel.rightHorizon();
        AnalysisSession analysis = ctx.analysis();
        panel.showBusy();
        ctx.status().startWork();
        CompletableFuture<Sides> sides = CompletableFuture.supplyAsync(() -> sides(open, folder, unsaved, target), ctx.background());
        sides.thenAcceptAsync(sd -> {
            if (gen != generation) {
                return;
            }
            String right = target.isOpen() ? openTarget(open).label() : target.label();
            String leftLabel = sd.original() ? Messages.get("compare.label.original", sd.left().name(), ha.year())
                    : Messages.get("compare.label", sd.left().name(), ha.year());
            pane.show(sd.left(), ha, leftLabel, sd.right(), hb, Messages.get("compare.label", right, hb.year()),
                    l -> vm.isLayerShown(l) || open.layer(l.id()).isEmpty());
            panel.setSides(sd.original() ? Messages.get("compare.sides", sd.left().name(), right)
                    : Messages.get("compare.sides.noOriginal", sd.left().name()));
        }, ctx.ui());
        sides.thenApplyAsync(sd -> {
            SchuurpuntEngine left = sd.leftEngine() != null ? sd.leftEngine() : analysis.engine(sd.left());
            SchuurpuntEngine right = sd.right() == sd.left() ? null
                    : sd.rightEngine() != null ? sd.rightEngine() : analysis.engine(sd.right());
            return ScenarioDiff.of(left, ha, right, hb);
        }, ctx.background()).whenCompleteAsync((diff, err) -> {
            ctx.status().endWork();
            if (gen != generation) {
                return;
            }
            if (err != null) {
                Throwable cause = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                panel.showFailed(String.valueOf(cause.getMessage()));
            } else {
                panel.showDifferences(diff, vm::themeLabel);
            }
        }, ctx.ui());
    }

    /**
     * The two sides (worker thread). Left: the open scenario itself when it is an original without unsaved work,
     * else the original as saved in its folder. Right: the open scenario, or the chosen saved variant. An engine
     * of null means the shared one of the open scenario.
     */
    private Sides sides(Scenario open, Path folder, boolean unsaved, Target target) {
        Scenario left = open;
        SchuurpuntEngine leftEngine = null;
        boolean original = true;
        if (open.variant().isPresent() || unsaved) {
            Optional<ScenarioCache.Loaded> o = loaded.original(open, folder);
            if (o.isPresent()) {
                left = o.get().scenario();
                leftEngine = o.get().engine();
            } else {
                original = false;
            }
        }
        Scenario right = open;
        SchuurpuntEngine rightEngine = null;
        if (!target.isOpen()) {
            ScenarioCache.Loaded v = loaded.load(target.folder()).orElseThrow(() -> new IllegalStateException(
                    Messages.get("problems.header", target.folder())));
            right = v.scenario();
            rightEngine = v.engine();
        }
        return new Sides(left, leftEngine, right, rightEngine, original);
    }

    /** Puts the map back. */
    public void stop() {
        generation++;
        if (pane.getParent() == null) {
            return;
        }
        double[] c = pane.left().center();
        double z = pane.left().zoom();
        ctx.shell().replaceMap(null);
        ctx.ui().execute(() -> ctx.map().setView(c[1], c[0], z));
    }
}
