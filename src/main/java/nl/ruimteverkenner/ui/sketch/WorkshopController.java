package nl.ruimteverkenner.ui.sketch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Cursor;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.RecoveryStore;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.VariantIndex;
import nl.ruimteverkenner.map.FeaturePicker;
import nl.ruimteverkenner.map.ScenarioMapLayer;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.explorer.ExplorerViewModel;
import nl.ruimteverkenner.ui.scenario.ScenarioController;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenController;
import nl.ruimteverkenner.ui.shell.DialogService.Choice;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.LazyTab;
import nl.ruimteverkenner.ui.shell.MapClicks;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.Shortcuts.Shortcut;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * The workshop: drawing sketches (V, L, P) and reshaping any feature (B) with live schuurpunten, snapping,
 * undo/redo, saving and opening variants, the autosave to the recovery folder every 30 seconds, offering
 * recovered work at start, and asking about unsaved sketches before another scenario opens or the window
 * closes (without blocking the FX thread).
 */
public final class WorkshopController implements FeatureController {
    private enum Unsaved { SAVE, DISCARD }

    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final ScenarioController scenario;
    private final SchuurpuntenController schuurpunten;
    private final SketchController sketches;
    private final VertexEditor vertexEditor;
    private final Tab tab;
    private final SketchPanel panel;
    private long autosavedRevision = -1;
    private boolean restoredUnsaved;

    public WorkshopController(UiContext ctx, ScenarioController scenario, SchuurpuntenController schuurpunten) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.scenario = scenario;
        this.schuurpunten = schuurpunten;
        sketches = new SketchController(vm, layer(), ctx.analysis(), SketchController.liveWorker(), ctx.background(), ctx.ui());
        sketches.setFormOpener(t -> ctx.dialogs().show(owner -> new SketchDialog(owner, vm::themeLabel,
                vm.horizonProperty().get(), sketches.drawThemeProperty().get())));
        panel = new SketchPanel(sketches, vm::themeLabel, this::deleteSelectedSketch, this::editSketchProperties,
                this::saveVariant);
        vm.scenarioProperty().addListener((o, a, sc) -> panel.refreshThemes());
        tab = LazyTab.of(Messages.get("sketch.tab"), "tab-sketch", () -> {
            ScrollPane scroll = new ScrollPane(panel);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            return scroll;
        });
        vertexEditor = new VertexEditor(sketches, layer(), ctx::statusFromAnyThread);
        scenario.setOpenGuard(purpose -> confirmUnsaved(purpose));
        scenario.addOpenListener(() -> {
            sketches.stack().clear();
            restoredUnsaved = false;
            autosavedRevision = -1;
        });
        wireSketching();
        ctx.clicks().add(MapClicks.WORKSHOP, this::mapClicked);
        addShortcuts(ctx.shortcuts());
        // Shift held: place vertices freely (no snapping)
        ctx.map().sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.SHIFT) {
                        sketches.setSnapSuspended(true);
                    }
                });
                scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
                    if (e.getCode() == KeyCode.SHIFT) {
                        sketches.setSnapSuspended(false);
                    }
                });
            }
        });
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(30), e -> autosaveNow()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
    }

    private ScenarioMapLayer layer() {
        return ctx.map().layer();
    }

    @Override
    public List<Tab> sideTabs() {
        return List.of(tab);
    }

    @Override
    public List<MenuEntry> menuEntries() {
        MenuItem open = new MenuItem(Messages.get("variant.open.menu"));
        open.setAccelerator(ctx.shortcuts().get("variant.open").keys().get(0));
        open.setOnAction(e -> chooseVariant());
        MenuItem save = new MenuItem(Messages.get("variant.save.menu"));
        save.setAccelerator(ctx.shortcuts().get("variant.save").keys().get(0));
        save.setOnAction(e -> saveVariant());
        return List.of(new MenuEntry(Menu.FILE, new SeparatorMenuItem()), new MenuEntry(Menu.FILE, open),
                new MenuEntry(Menu.FILE, save));
    }

    private void addShortcuts(Shortcuts keys) {
        KeyCombination.Modifier shift = KeyCombination.SHIFT_ANY;
        keys.add("sketch.draw", Group.SKETCH, Scope.NOT_TYPING, () -> toggleTool(SketchController.Tool.POLYGON),
                new KeyCodeCombination(KeyCode.V, shift));
        keys.add("sketch.line", Group.SKETCH, Scope.NOT_TYPING, () -> toggleTool(SketchController.Tool.LINE),
                new KeyCodeCombination(KeyCode.L, shift));
        keys.add("sketch.point", Group.SKETCH, Scope.NOT_TYPING, () -> toggleTool(SketchController.Tool.POINT),
                new KeyCodeCombination(KeyCode.P, shift));
        keys.add("sketch.edit", Group.SKETCH, Scope.NOT_TYPING, () -> toggleTool(SketchController.Tool.EDIT),
                new KeyCodeCombination(KeyCode.B, shift));
        keys.add(new Shortcut("sketch.finish", Group.SKETCH, List.of(new KeyCodeCombination(KeyCode.ENTER, shift)),
                Scope.NOT_TYPING, 10, this::finishDrawing));
        keys.add(new Shortcut("sketch.cancel", Group.SKETCH, List.of(new KeyCodeCombination(KeyCode.ESCAPE, shift)),
                Scope.NOT_TYPING, 30, this::cancelDrawing));
        keys.add(new Shortcut("sketch.editEscape", Group.SKETCH, List.of(new KeyCodeCombination(KeyCode.ESCAPE, shift)),
                Scope.NOT_TYPING, 10, this::leaveEditing));
        keys.add(new Shortcut("sketch.delete", Group.SKETCH, List.of(
                new KeyCodeCombination(KeyCode.DELETE, shift, KeyCombination.ALT_ANY),
                new KeyCodeCombination(KeyCode.BACK_SPACE, shift, KeyCombination.ALT_ANY)), Scope.NOT_TYPING, 10, this::delete));
        List<KeyCombination> nudge = new ArrayList<>();
        for (KeyCode k : List.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN)) {
            nudge.add(new KeyCodeCombination(k, KeyCombination.ALT_DOWN, shift));
        }
        keys.add(new Shortcut("sketch.nudge", Group.SKETCH, nudge, Scope.NOT_TYPING, 10, this::nudge));
        keys.document("sketch.shift", Group.SKETCH);
        keys.add(new Shortcut("edit.undo", Group.GENERAL, List.of(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
                Scope.NOT_TYPING, 0, () -> {
                    sketches.stack().undo();
                    return true;
                }));
        keys.add(new Shortcut("edit.redo", Group.GENERAL, List.of(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                Scope.NOT_TYPING, 0, () -> {
                    sketches.stack().redo();
                    return true;
                }));
        keys.document("variant.open", Group.GENERAL,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        keys.document("variant.save", Group.GENERAL,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    }

    private boolean toggleTool(SketchController.Tool t) {
        var tool = sketches.toolProperty();
        tool.set(tool.get() == t ? SketchController.Tool.NONE : t);
        return true;
    }

    private boolean finishDrawing() {
        if (!sketches.isDrawing()) {
            return false;
        }
        sketches.finish();
        return true;
    }

    /** Esc while drawing: drops the vertices drawn so far, then the tool. */
    private boolean cancelDrawing() {
        if (!sketches.isDrawing()) {
            return false;
        }
        if (sketches.vertexCount() > 0) {
            sketches.cancel();
        } else {
            sketches.toolProperty().set(SketchController.Tool.NONE);
        }
        return true;
    }

    /** Esc in the edit tool (after the help overlay had its turn): drops the selection, then the tool. */
    private boolean leaveEditing() {
        if (!sketches.isEditing()) {
            return false;
        }
        if (vm.selectedProperty().get() != null) {
            vm.clearSelection();
        } else {
            sketches.toolProperty().set(SketchController.Tool.NONE);
        }
        return true;
    }

    /** Delete removes the chosen vertex, or the chosen feature (a sketch, or any feature in the edit tool). */
    private boolean delete() {
        if (sketches.isEditing() && vertexEditor.selectedVertex().isPresent()) {
            vertexEditor.deleteSelectedVertex();
            return true;
        }
        Feature f = vm.selectedProperty().get();
        if (f != null && (sketches.isEditing() || SketchController.isSketch(f))) {
            sketches.delete(f);
            return true;
        }
        return false;
    }

    private boolean nudge(KeyEvent e) {
        if (!sketches.isEditing()) {
            return false;
        }
        double step = e.isShiftDown() ? 1 : 10;
        KeyCode k = e.getCode();
        vertexEditor.nudge(k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0,
                k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0);
        return true;
    }

    private boolean mapClicked(double lon, double lat, double tol, int count) {
        if (sketches.isDrawing()) {
            sketches.click(lon, lat, count);
            return true;
        }
        if (!sketches.isEditing()) {
            return false;
        }
        Scenario s = vm.getScenario();
        if (s != null) {
            vm.selectedProperty().set(FeaturePicker.pick(s.layers(), vm::isShown, lon, lat, tol)
                    .orElse(null));
            if (count == 2 && vm.selectedProperty().get() != null && SketchController.isSketch(vm.selectedProperty().get())) {
                editSketchProperties();
            }
        }
        return true;
    }

    /** Wires drawing and reshaping: pointer tracking, the edit handles and the live schuurpunten. */
    private void wireSketching() {
        ctx.map().setOnMapHover(p -> {
            if (p == null) {
                sketches.hoverExit();
            } else {
                sketches.hover(p[0], p[1]);
            }
        });
        sketches.snappingProperty().set(ctx.settings().snapping);
        sketches.snappingProperty().addListener((o, a, on) -> ctx.settings().snapping = on);
        vm.selectedProperty().addListener((o, a, f) -> vertexEditor.show(sketches.isEditing() ? f : null));
        sketches.toolProperty().addListener((o, a, t) -> {
            vertexEditor.show(sketches.isEditing() ? vm.selectedProperty().get() : null);
            ctx.map().setCursor(t == SketchController.Tool.NONE || t == SketchController.Tool.EDIT ? null : Cursor.CROSSHAIR);
            if (t != SketchController.Tool.NONE) {
                ctx.shell().selectTab(tab);
            }
        });
        vertexEditor.draggingProperty().addListener((o, a, f) -> {
            if (f != null) {
                schuurpunten.setOverlayExcluded(f.id());
            }
        });
        vertexEditor.setOnOpen(this::editSketchProperties);
        vertexEditor.setOnDragEnd(() -> {
            if (!vertexEditor.lastDragChanged() || !schuurpunten.model().busyProperty().get()) {
                endLive();
            }
        });
        // a finished sketch or reshape keeps its live schuurpunten until the full analysis has caught up
        schuurpunten.model().busyProperty().addListener((o, was, busy) -> {
            if (was && !busy && sketches.vertexCount() == 0 && vertexEditor.draggingProperty().get() == null) {
                endLive();
            }
        });
        sketches.liveProperty().addListener((o, a, live) -> {
            List<ScenarioMapLayer.OverlayShape> shapes = new ArrayList<>();
            live.schuurpunten().forEach(sp -> shapes.add(SchuurpuntenController.overlayShape(sp)));
            layer().setLiveOverlay(shapes);
            ctx.map().setLiveText(liveText(live));
        });
    }

    private void endLive() {
        sketches.clearLive();
        schuurpunten.setOverlayExcluded(null);
    }

    /** "Raakt 3 schuurpunten: Woningbouw in de uiterwaarden (12,0 ha); …", one entry per rule, at most three. */
    static String liveText(LiveSchuurpunten.Result live) {
        if (live.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (var total : live.byRule().subList(0, Math.min(3, live.byRule().size()))) {
            String size = total.areaHa() > 0 ? Messages.get("schuurpunt.ha", total.areaHa())
                    : total.lengthKm() > 0 ? Messages.get("schuurpunt.km", total.lengthKm()) : "";
            parts.add(size.isEmpty() ? total.rule().title() : Messages.get("edit.live.item", total.rule().title(), size));
        }
        String more = live.byRule().size() > 3 ? Messages.get("edit.live.more", live.byRule().size() - 3) : "";
        return Messages.get("edit.live", live.schuurpunten().size(), String.join("; ", parts) + more);
    }

    public SketchController sketches() {
        return sketches;
    }

    public VertexEditor vertexEditor() {
        return vertexEditor;
    }

    /** Whether there is work that has not been saved as a variant. */
    public boolean hasUnsavedWork() {
        return sketches.stack().isDirty() || restoredUnsaved;
    }

    private RecoveryStore recovery() {
        return new RecoveryStore(ctx.dataDir());
    }

    /** Writes unsaved work to the recovery folder (in the background) when it changed since the last time. */
    public CompletableFuture<Boolean> autosaveNow() {
        long rev = sketches.stack().revision();
        Path folder = vm.folderProperty().get();
        if (!hasUnsavedWork() || vm.getScenario() == null || folder == null || rev == autosavedRevision) {
            return CompletableFuture.completedFuture(false);
        }
        Scenario snapshot = vm.getScenario();
        RecoveryStore store = recovery();
        return CompletableFuture.supplyAsync(() -> {
            try {
                store.save(snapshot, folder);
                return true;
            } catch (IOException e) {
                return false;
            }
        }, ctx.background()).thenApplyAsync(ok -> {
            if (ok) {
                autosavedRevision = rev;
            }
            return ok;
        }, ctx.ui());
    }

    private void clearRecovery() {
        RecoveryStore store = recovery();
        CompletableFuture.runAsync(() -> {
            try {
                store.clear();
            } catch (IOException e) {
                // a stale recovery copy is offered again at the next start; nothing is lost
            }
        }, ctx.background());
    }

    /** Offers unsaved work found after a crash (read in the background); restoring opens it. */
    public CompletableFuture<Void> offerRecovery() {
        RecoveryStore store = recovery();
        return CompletableFuture.supplyAsync(store::load, ctx.background()).thenAcceptAsync(found -> found.ifPresent(r -> {
            if (ctx.dialogs().askYesNo(Messages.get("recovery.title"), Messages.get("recovery.header"),
                    Messages.get("recovery.text", r.savedAt(), r.original()))) {
                restore(r);
            } else {
                clearRecovery();
            }
        }), ctx.ui());
    }

    /** Opens recovered work; "Variant opslaan" then saves beside the original scenario. */
    public CompletableFuture<ScenarioLoad> restore(RecoveryStore.Recovered r) {
        return scenario.open(r.scenario(), r.original(),
                CompletableFuture.supplyAsync(() -> new ScenarioReader().read(r.scenario()), ctx.background()))
                .thenApplyAsync(load -> {
                    restoredUnsaved = true;
                    ctx.status().show(Messages.get("recovery.restored", r.savedAt()));
                    return load;
                }, ctx.ui());
    }

    @Override
    public CompletableFuture<Boolean> beforeClose() {
        return confirmUnsaved("close");
    }

    /**
     * Asks whether to save unsaved work as a variant, throw it away or stay ({@code purpose} picks the texts:
     * "close" or "open"); completes with true when the caller may go on (after the variant is saved).
     */
    public CompletableFuture<Boolean> confirmUnsaved(String purpose) {
        if (!hasUnsavedWork()) {
            if (purpose.equals("close")) {
                clearRecovery();
            }
            return CompletableFuture.completedFuture(true);
        }
        Optional<Unsaved> answer = ctx.dialogs().choose(Messages.get(purpose + ".unsaved.title"),
                Messages.get("close.header"), Messages.get(purpose + ".unsaved.text"),
                List.of(new Choice<>(Messages.get("close.save"), Unsaved.SAVE, true),
                        new Choice<>(Messages.get("close.discard"), Unsaved.DISCARD, false)));
        if (answer.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        if (answer.get() == Unsaved.DISCARD) {
            clearRecovery();
            return CompletableFuture.completedFuture(true);
        }
        Optional<String> name = askVariantName();
        if (name.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return saveVariant(name.get()).handleAsync((folder, err) -> {
            if (err != null) {
                ctx.dialogs().showText(Messages.get("close.title"),
                        Messages.get("sketch.variant.failed", vm.folderProperty().get().toAbsolutePath().getParent()));
            }
            return err == null;
        }, ctx.ui());
    }

    private Optional<String> askVariantName() {
        return ctx.dialogs().input(Messages.get("sketch.variant.title"), Messages.get("sketch.variant.header"),
                vm.getScenario().name() + " – variant");
    }

    /** Lists the original and its variants beside it and opens the one chosen (asking first about unsaved sketches). */
    private void chooseVariant() {
        Path folder = vm.folderProperty().get();
        Scenario s = vm.getScenario();
        if (folder == null || s == null) {
            scenario.chooseScenario();
            return;
        }
        String base = s.variant().map(v -> v.basedOn()).orElse(s.id());
        Path parent = folder.toAbsolutePath().getParent();
        CompletableFuture.supplyAsync(() -> VariantIndex.family(parent, base), ctx.background())
                .thenAcceptAsync(family -> ctx.dialogs().show(owner -> new VariantOpenDialog(owner, family, folder))
                        .ifPresent(scenario::openGuarded), ctx.ui());
    }

    /** Opens the form for the chosen sketch and applies the answer as one undoable edit. */
    private void editSketchProperties() {
        Feature f = vm.selectedProperty().get();
        if (f == null || !SketchController.isSketch(f)) {
            ctx.status().show(Messages.get("sketch.properties.none"));
            return;
        }
        ctx.dialogs().show(owner -> new SketchDialog(owner, vm::themeLabel, SketchController.formOf(f)))
                .filter(form -> !form.equals(SketchController.formOf(f)))
                .ifPresent(form -> sketches.changeProperties(f, form));
    }

    private void deleteSelectedSketch() {
        Feature f = vm.selectedProperty().get();
        if (f != null && (SketchController.isSketch(f) || sketches.isEditing())) {
            sketches.delete(f);
        }
    }

    private void saveVariant() {
        if (vm.folderProperty().get() != null) {
            askVariantName().ifPresent(this::saveVariant);
        }
    }

    /** Saves the open scenario with its sketches as a variant beside the original. */
    public CompletableFuture<Path> saveVariant(String name) {
        Path folder = vm.folderProperty().get();
        return sketches.saveVariant(folder, name).whenCompleteAsync((saved, err) -> {
            if (err == null) {
                clearRecovery();
                restoredUnsaved = false;
            }
            ctx.status().show(err == null ? Messages.get("sketch.variant.saved", saved)
                    : Messages.get("sketch.variant.failed", folder.toAbsolutePath().getParent()));
        }, ctx.ui());
    }
}
