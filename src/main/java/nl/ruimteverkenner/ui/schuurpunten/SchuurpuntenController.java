package nl.ruimteverkenner.ui.schuurpunten;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ExportFormat;
import nl.ruimteverkenner.io.Exports;
import nl.ruimteverkenner.io.SchuurpuntKeuzeStore;
import nl.ruimteverkenner.map.OverlayShape;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.ui.explorer.ExplorerController;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.shell.DialogService.FileType;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.FileExport;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * The schuurpunten: the pane below the map (toggle button and key S), their overlaps drawn on the map,
 * choosing one (zoom, highlight, explanation in the info panel), recording a keuze for one, exporting the
 * schuurpunten in the list as GeoJSON, GeoPackage or CSV, and the recorded keuzes as CSV. Observes the explorer's scenario, folder and horizon.
 */
public final class SchuurpuntenController implements FeatureController {
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final ExplorerController explorer;
    private final SchuurpuntenViewModel model;
    private final SchuurpuntenPanel panel;
    private boolean syncingToggle;
    private final ToggleButton toggle = new ToggleButton(Messages.get("schuurpunten.toggle"));
    private Path storeFolder;
    /** A feature whose schuurpunten are drawn live (being reshaped) rather than from the last analysis. */
    private String overlayExcluded;

    public SchuurpuntenController(UiContext ctx, ExplorerController explorer) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.explorer = explorer;
        this.model = new SchuurpuntenViewModel(ctx.analysis(), ctx.background(), ctx.ui());
        this.panel = new SchuurpuntenPanel(model, vm::themeLabel);
        panel.setOnExport(this::exportSchuurpunten);
        toggle.setId("schuurpunten-toggle");
        toggle.setTooltip(new Tooltip(Messages.get("schuurpunten.toggle.tooltip")));
        toggle.selectedProperty().addListener((o, a, on) -> {
            if (!syncingToggle) {
                show(on);
            }
        });
        model.selectedProperty().bindBidirectional(vm.selectedSchuurpuntProperty());
        vm.selectedSchuurpuntProperty().addListener((o, a, sp) -> {
            ctx.map().highlight().set(vm.highlighted());
            if (sp != null) {
                explorer.fit(sp.overlap().getEnvelopeInternal(), 0.6, 0.03, 0.02);
            }
        });
        model.shown().addListener((ListChangeListener<Schuurpunt>) c -> updateOverlay());
        model.overlayVisibleProperty().addListener((o, a, v) -> {
            ctx.map().schuurpuntOverlay().setVisible(v);
            updateLegend();
        });
        explorer.infoPanel().setKeuzeHandling(sp -> Optional.ofNullable(model.keuzes().get(sp.key())), this::recordKeuze);
        vm.scenarioProperty().addListener((o, a, s) -> {
            // a sketch edit replaces the scenario but not its folder: read the recorded choices only for a new folder
            Path folder = vm.folderProperty().get();
            if (!Objects.equals(folder, storeFolder)) {
                storeFolder = folder;
                model.useStore(folder == null ? null : new SchuurpuntKeuzeStore(folder), vm.problems());
            }
            model.setScenario(s, vm.horizonProperty().get());
            if (s == null || a == null || !a.id().equals(s.id())) {
                // a newly opened scenario: the pane as the user last left it; an edit leaves the pane as it is
                setShown(s != null && !s.rules().isEmpty() && ctx.settings().schuurpuntenPane);
            }
        });
        vm.horizonProperty().addListener((o, a, h) -> model.showHorizon(h));
        ctx.shortcuts().add("schuurpunten.toggle", Group.EXPLORE, Scope.NOT_TYPING, () -> {
            show(!toggle.isSelected());
            return true;
        }, new KeyCodeCombination(KeyCode.S, KeyCombination.SHIFT_ANY));
    }

    @Override
    public List<Node> toolBarItems() {
        return List.of(toggle);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem export = new MenuItem(Messages.get("menu.exportKeuzes"));
        export.setOnAction(e -> exportKeuzes());
        return List.of(new MenuEntry(Menu.FILE, new SeparatorMenuItem()), new MenuEntry(Menu.FILE, export));
    }

    /** Shows or hides the schuurpunten pane below the map (remembered for the next start). */
    public void show(boolean on) {
        setShown(on);
        ctx.settings().schuurpuntenPane = on;
    }

    /** Shows or hides the pane for the time being (presentation mode), leaving the remembered choice alone. */
    public void setShown(boolean on) {
        ctx.shell().showBelowMap(panel, on);
        if (toggle.isSelected() != on) {
            syncingToggle = true;
            try {
                toggle.setSelected(on);
            } finally {
                syncingToggle = false;
            }
        }
    }

    public boolean isShown() {
        return ctx.shell().isShownBelowMap(panel);
    }

    public SchuurpuntenViewModel model() {
        return model;
    }

    public SchuurpuntenPanel panel() {
        return panel;
    }

    /**
     * Leaves out of the drawn overlaps those of a feature whose schuurpunten are shown live (being reshaped);
     * null draws all again.
     */
    public void setOverlayExcluded(String featureId) {
        overlayExcluded = featureId;
        updateOverlay();
    }

    private void updateOverlay() {
        List<OverlayShape> shapes = new ArrayList<>();
        for (Schuurpunt sp : model.shown()) {
            if (sp.a().id().equals(overlayExcluded) || sp.b().id().equals(overlayExcluded)) {
                continue; // drawn live from its new shape
            }
            shapes.add(overlayShape(sp));
        }
        ctx.map().schuurpuntOverlay().set(shapes);
        updateLegend();
    }

    /** The overlaps on the map, per relation, in the legend (nothing while the overlay is switched off). */
    private void updateLegend() {
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        if (model.overlayVisibleProperty().get()) {
            model.shown().forEach(sp -> counts.merge(sp.rule().relation(), 1, Integer::sum));
        }
        explorer.legend().setSchuurpunten(counts);
    }

    /** How a schuurpunt's overlap is drawn: hatched in its relation's colour. */
    public static OverlayShape overlayShape(Schuurpunt sp) {
        return new OverlayShape(sp.overlap(), sp.rule().relation(),
                sp.key().replace('|', '_'));
    }

    private void recordKeuze(Schuurpunt sp) {
        ctx.dialogs().show(owner -> new KeuzeDialog(owner, sp, Optional.ofNullable(model.keuzes().get(sp.key()))))
                .ifPresent(k -> {
                    model.record(k).whenComplete((kept, err) -> {
                        if (err != null) {
                            ctx.statusFromAnyThread(Messages.get("keuzedialog.saveFailed", vm.folderProperty().get()));
                        } else if (kept.isPresent()) {
                            ctx.statusFromAnyThread(Messages.get("keuzestore.kept", kept.get().getFileName()));
                        }
                    });
                    explorer.infoPanel().refreshNow();
                });
    }

    /** Asks where to write the schuurpunten in the list (as filtered) in {@code format} and writes them in the background. */
    private void exportSchuurpunten(ExportFormat format) {
        List<Schuurpunt> shown = List.copyOf(model.shown());
        if (shown.isEmpty() || model.scenario() == null) {
            ctx.dialogs().showText(Messages.get("export.schuurpunten.title"), Messages.get("export.schuurpunten.none"));
            return;
        }
        String title = Messages.get("cli.analyse.layerTitle", model.scenario().name(), model.horizon().year(), "").strip();
        new FileExport(ctx).ask(Messages.get("export.schuurpunten.title"), "schuurpunten-" + model.horizon().year(),
                List.of(format), shown.size(), (target, f) -> Exports.writeSchuurpunten(shown, f, target, title));
    }

    /** Writes the schuurpunten in the list to {@code target} in {@code format} in the background (tests, scripts). */
    public CompletableFuture<Void> exportSchuurpunten(Path target, ExportFormat format) {
        List<Schuurpunt> shown = List.copyOf(model.shown());
        String title = Messages.get("cli.analyse.layerTitle", model.scenario().name(), model.horizon().year(), "").strip();
        return new FileExport(ctx).run(target, format, shown.size(), (t, f) -> Exports.writeSchuurpunten(shown, f, t, title));
    }

    /** Asks where to write the recorded keuzes as CSV and writes them in the background. */
    private void exportKeuzes() {
        if (model.keuzes().isEmpty()) {
            ctx.dialogs().showText(Messages.get("export.title"), Messages.get("export.none"));
            return;
        }
        ctx.dialogs().chooseSaveFile(Messages.get("export.title"), "keuzes-bij-schuurpunten.csv",
                List.of(FileType.of("CSV", "*.csv"))).ifPresent(this::exportKeuzes);
    }

    /** Writes the recorded keuzes as CSV to {@code target} in the background. */
    public CompletableFuture<Void> exportKeuzes(Path target) {
        List<SchuurpuntKeuze> snapshot = List.copyOf(model.keuzes().values());
        ctx.status().startWork();
        return CompletableFuture.runAsync(() -> {
            try {
                SchuurpuntKeuzeStore.exportCsv(snapshot, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ctx.background()).whenCompleteAsync((ok, err) -> {
            ctx.status().endWork();
            ctx.status().show(err == null ? Messages.get("export.done", snapshot.size(), target)
                    : Messages.get("keuzedialog.saveFailed", target));
        }, ctx.ui());
    }
}
