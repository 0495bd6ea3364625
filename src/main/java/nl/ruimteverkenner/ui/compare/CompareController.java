package nl.ruimteverkenner.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Tab;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.ScenarioDiff;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.map.MapPane;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.LazyTab;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * Comparing two horizons of the scenario, or the scenario and a variant: the compare tab, the two
 * synchronised maps (swipe or side by side) in the map's place, and the list of differences computed in
 * the background with the shared analysis engine (a variant gets an engine of its own).
 */
public final class CompareController implements FeatureController {
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final ComparePane pane = new ComparePane();
    private final ComparePanel panel;
    private final Tab tab;
    private Scenario variant;

    public CompareController(UiContext ctx) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        panel = new ComparePanel(p -> start(), this::stop, this::chooseVariant, pane::setMode);
        tab = LazyTab.of(Messages.get("compare.tab"), "tab-compare", () -> panel);
        vm.scenarioProperty().addListener((o, a, s) -> {
            if (s == null || a == null || !a.id().equals(s.id())) {
                variant = null;
            }
        });
    }

    @Override
    public List<Tab> sideTabs() {
        return List.of(tab);
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

    /** Reads a variant in the background and compares against it on the right (instead of the open scenario). */
    public CompletableFuture<Optional<String>> useVariant(Path folder) {
        ctx.status().startWork();
        return CompletableFuture.supplyAsync(() -> new ScenarioReader().read(folder), ctx.background())
                .thenApplyAsync((ScenarioLoad load) -> {
                    ctx.status().endWork();
                    if (load.scenario().isEmpty()) {
                        vm.problems().setAll(load.problems());
                        ctx.dialogs().showList(Messages.get("problems.title"), Messages.get("problems.header", folder),
                                load.problems().stream().map(p -> p.describe()).toList());
                        return Optional.<String>empty();
                    }
                    variant = load.scenario().get();
                    panel.setVariantName(variant.name());
                    return Optional.of(variant.name());
                }, ctx.ui());
    }

    /** Shows the compare view in place of the map. */
    public void start() {
        Scenario a = vm.getScenario();
        if (a == null) {
            return;
        }
        Scenario b = variant == null ? a : variant;
        Horizon ha = panel.leftHorizon();
        Horizon hb = panel.rightHorizon();
        pane.show(a, ha, a.name() + " · " + ha.year(), b, hb, b.name() + " · " + hb.year(),
                l -> vm.isLayerShown(l) || a.layer(l.id()).isEmpty());
        MapPane map = ctx.map();
        double[] c = map.center();
        double z = map.zoom();
        ctx.shell().replaceMap(pane);
        ctx.ui().execute(() -> pane.setView(c[1], c[0], z));
        AnalysisSession analysis = ctx.analysis();
        CompletableFuture.supplyAsync(() -> {
            SchuurpuntEngine left = analysis.engine(a);
            return ScenarioDiff.of(left, ha, b == a ? null : analysis.fresh(b), hb);
        }, ctx.background()).thenAcceptAsync(panel::showDifferences, ctx.ui());
    }

    /** Puts the map back. */
    public void stop() {
        if (pane.getParent() == null) {
            return;
        }
        double[] c = pane.left().center();
        double z = pane.left().zoom();
        ctx.shell().replaceMap(null);
        ctx.ui().execute(() -> ctx.map().setView(c[1], c[0], z));
    }
}
