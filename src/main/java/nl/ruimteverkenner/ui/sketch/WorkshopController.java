package nl.ruimteverkenner.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ExportFormat;
import nl.ruimteverkenner.io.Exports;
import nl.ruimteverkenner.map.FeaturePicker;
import nl.ruimteverkenner.map.OverlayShape;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.notes.NotesController;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import nl.ruimteverkenner.ui.scenario.ScenarioController;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenController;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.FileExport;
import nl.ruimteverkenner.ui.shell.LazyTab;
import nl.ruimteverkenner.ui.shell.MapClicks;
import nl.ruimteverkenner.ui.shell.Shortcuts;
import nl.ruimteverkenner.ui.shell.Shortcuts.Group;
import nl.ruimteverkenner.ui.shell.Shortcuts.Scope;
import nl.ruimteverkenner.ui.shell.Shortcuts.Shortcut;
import nl.ruimteverkenner.ui.shell.UiContext;

/**
 * The workshop: drawing sketches (V, L, P) and reshaping any feature (B) with live schuurpunten, snapping
 * and undo/redo, in the *Schetsen* tab. Saving, opening, autosaving and recovering the sketches is the room
 * next door, {@link VariantsController}.
 */
public final class WorkshopController implements FeatureController {
    private final UiContext ctx;
    private final ExplorerViewModel vm;
    private final ScenarioController scenario;
    private final SchuurpuntenController schuurpunten;
    private final SketchController sketches;
    private final VertexEditor vertexEditor;
    private final Tab tab;
    private final SketchPanel panel;
    private final VariantsController variants;
    private final NotesController notes;

    public WorkshopController(UiContext ctx, ScenarioController scenario, SchuurpuntenController schuurpunten) {
        this.ctx = ctx;
        this.vm = ctx.explorer();
        this.scenario = scenario;
        this.schuurpunten = schuurpunten;
        sketches = new SketchController(vm, ctx.map().sketchLayer(), ctx.analysis(), SketchController.liveWorker(), ctx.background(), ctx.ui());
        sketches.setFormOpener(t -> ctx.dialogs().show(owner -> new SketchDialog(owner, vm::themeLabel,
                vm.horizonProperty().get(), sketches.drawThemeProperty().get())));
        variants = new VariantsController(ctx, scenario, sketches);
        notes = new NotesController(ctx, scenario, schuurpunten, sketches.stack(), SketchController::isSketch);
        sketches.setSaveCompletion(s -> s.toBuilder().board(notes.board()).build());
        // one tool at a time: placing notes or drawing
        notes.toolProperty().addListener((o, a, on) -> {
            if (on) {
                sketches.toolProperty().set(SketchController.Tool.NONE);
                ctx.map().setCursor(javafx.scene.Cursor.CROSSHAIR);
            }
        });
        sketches.toolProperty().addListener((o, a, t) -> {
            if (t != SketchController.Tool.NONE) {
                notes.toolProperty().set(false);
            }
        });
        panel = new SketchPanel(sketches, vm::themeLabel, this::deleteSelectedSketch, this::editSketchProperties,
                variants::saveVariant, this::exportSketches);
        vm.scenarioProperty().addListener((o, a, sc) -> panel.refreshThemes());
        tab = LazyTab.of(Messages.get("sketch.tab"), "tab-sketch", () -> {
            ScrollPane scroll = new ScrollPane(panel);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            return scroll;
        });
        vertexEditor = new VertexEditor(sketches, ctx.map().sketchLayer(), ctx.map().handles(), ctx::statusFromAnyThread);
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
    }

    /** Asks where to write all sketches as GeoPackage or GeoJSON (one layer) and writes them in the background. */
    private void exportSketches() {
        Scenario s = vm.getScenario();
        List<Feature> drawn = s == null ? List.of() : s.features().filter(SketchController::isSketch).toList();
        if (drawn.isEmpty()) {
            ctx.dialogs().showText(Messages.get("sketch.export.title"), Messages.get("sketch.export.none"));
            return;
        }
        String title = Messages.get("sketch.export.layer", s.name());
        new FileExport(ctx).ask(Messages.get("sketch.export.title"), "schetsen", List.of(ExportFormat.GPKG, ExportFormat.GEOJSON),
                drawn.size(), (target, f) -> Exports.writeFeatures(drawn, f, target, "schetsen", title));
    }

    @Override
    public List<Tab> sideTabs() {
        return List.of(tab);
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
            List<OverlayShape> shapes = new ArrayList<>();
            live.schuurpunten().forEach(sp -> shapes.add(SchuurpuntenController.overlayShape(sp)));
            ctx.map().liveOverlay().set(shapes);
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

    /** Variants, the autosave and recovery of the sketches (a feature of its own, created here). */
    public VariantsController variants() {
        return variants;
    }

    /** Notes and votes: the note tool, the Stemmen tab, the exports (a feature of its own, created here). */
    public NotesController notes() {
        return notes;
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


}
