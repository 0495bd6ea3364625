package nl.ruimteverkenner.ui.sketch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.edit.ChangeCommand;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.edit.Snapper;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.GeoJsonGeometryReader;
import nl.ruimteverkenner.io.ScenarioWriter;
import nl.ruimteverkenner.map.SketchLayer;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.state.ExplorerViewModel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Drawing on the map in a workshop: the active tool, the vertices of the sketch being drawn (which follow
 * the pointer, with their schuurpunten computed live), and the edits (add, reshape, delete) as commands on
 * a {@link CommandStack}, so every edit can be undone and redone. Saves the result as a variant with
 * {@link ScenarioWriter}. FX thread.
 */
public final class SketchController {
    /** The tools: drawing a polygon, line or point, or editing the shape of a chosen feature. */
    public enum Tool { NONE, POLYGON, LINE, POINT, EDIT }

    private static final GeometryFactory GF = GeoJsonGeometryReader.FACTORY;
    private final ExplorerViewModel vm;
    private final SketchLayer layer;
    private final CommandStack stack = new CommandStack();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.NONE);
    private final List<double[]> vertices = new ArrayList<>();
    private final ObjectProperty<Theme> drawTheme = new SimpleObjectProperty<>(Theme.BEWEGING_3);
    private final ObjectProperty<LiveSchuurpunten.Result> live = new SimpleObjectProperty<>(LiveSchuurpunten.Result.NONE);
    private final LiveSchuurpunten liveAnalysis;
    private final Executor background;
    private final Executor ui;
    private Function<Tool, Optional<SketchDialog.Form>> formOpener = t -> Optional.empty();
    private UnaryOperator<Scenario> saveCompletion = s -> s;
    private double[] hover;
    private final BooleanProperty snapping = new SimpleBooleanProperty(true);
    private boolean snapSuspended;
    private Snapper snapper;
    private Object snapperKey;
    /** Screen distance within which a position snaps. */
    private static final double SNAP_PX = 10;

    /**
     * @param analysis     the shared analysis engine of the open scenario
     * @param liveExecutor where live schuurpunten are computed (one worker; tests may pass a direct executor)
     * @param background   where variants are written
     * @param ui           the FX thread ({@code Platform::runLater}; tests may pass a direct executor)
     */
    public SketchController(ExplorerViewModel vm, SketchLayer layer, AnalysisSession analysis, Executor liveExecutor,
                            Executor background, Executor ui) {
        this.vm = vm;
        this.layer = layer;
        this.background = background;
        this.ui = ui;
        this.liveAnalysis = new LiveSchuurpunten(analysis, liveExecutor, ui, live::set);
        tool.addListener((o, a, t) -> cancel());
        drawTheme.addListener((o, a, t) -> updatePreview());
    }

    /** A single daemon worker for live schuurpunten (one per window; latest request wins). */
    public static Executor liveWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "live-schuurpunten");
            t.setDaemon(true);
            return t;
        });
    }

    /** The thema a new sketch is drawn as (its schuurpunten are shown while drawing; the form can change it). */
    public ObjectProperty<Theme> drawThemeProperty() {
        return drawTheme;
    }

    /** The schuurpunten of the shape being drawn or reshaped right now; empty when there is none. */
    public ReadOnlyObjectProperty<LiveSchuurpunten.Result> liveProperty() {
        return live;
    }

    /** Computes the live schuurpunten of a shape that is not (yet) in the scenario in this form. */
    public void showLive(Feature candidate) {
        liveAnalysis.request(vm.getScenario(), candidate, vm.horizonProperty().get());
    }

    /** Stops showing live schuurpunten. */
    public void clearLive() {
        liveAnalysis.clear();
    }

    /** Whether positions snap to the vertices and edges of the shapes on the map (on by default). */
    public BooleanProperty snappingProperty() {
        return snapping;
    }

    /** Suspends snapping while a key is held (Shift), as in other drawing programs. */
    public void setSnapSuspended(boolean suspended) {
        this.snapSuspended = suspended;
    }

    /**
     * The position to use for a pointer at lon/lat: the nearest vertex, else edge point, of a shape shown on
     * the map within {@value #SNAP_PX} pixels (shape {@code excludeId} left out), or empty when nothing is near
     * or snapping is off.
     */
    public Optional<Snapper.Snap> snap(double lon, double lat, String excludeId) {
        Scenario s = vm.getScenario();
        if (!snapping.get() || snapSuspended || s == null) {
            return Optional.empty();
        }
        List<String> shownLayers = s.layers().stream().filter(vm::isLayerShown).map(l -> l.id()).toList();
        Object key = List.of(s, vm.horizonProperty().get(), shownLayers);
        if (snapper == null || !key.equals(snapperKey)) {
            Map<String, Geometry> shapes = new HashMap<>();
            s.features().filter(vm::isShown).forEach(f -> shapes.put(f.id(), f.geometry()));
            snapper = new Snapper(shapes);
            snapperKey = key;
        }
        double tolerance = SNAP_PX * 360 / WebMercator.worldPixels(layer.projection().zoom());
        return snapper.snap(lon, lat, tolerance, excludeId);
    }

    private double[] snapped(double lon, double lat) {
        Optional<Snapper.Snap> sn = snap(lon, lat, null);
        layer.setSnapMarker(sn.map(x -> new double[] {x.at().x, x.at().y}).orElse(null));
        return sn.map(x -> new double[] {x.at().x, x.at().y}).orElse(new double[] {lon, lat});
    }

    /** How the form is shown (the window provides the dialog). */
    public void setFormOpener(Function<Tool, Optional<SketchDialog.Form>> opener) {
        this.formOpener = opener;
    }

    /**
     * What a save adds to the open scenario: what the workshop keeps beside it while open (the notes and votes).
     */
    public void setSaveCompletion(UnaryOperator<Scenario> completion) {
        this.saveCompletion = completion == null ? s -> s : completion;
    }

    /** The open scenario as a variant or the recovery copy saves it (with the workshop's notes and votes). */
    public Scenario toSave() {
        Scenario s = vm.getScenario();
        return s == null ? null : saveCompletion.apply(s);
    }

    public CommandStack stack() {
        return stack;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** Whether a drawing tool (polygon, line, point) is active. */
    public boolean isDrawing() {
        return tool.get() != Tool.NONE && tool.get() != Tool.EDIT;
    }

    /** Whether the edit tool is active. */
    public boolean isEditing() {
        return tool.get() == Tool.EDIT;
    }

    /** A click on the map while drawing; a double click (or the one click of a point) finishes. */
    public void click(double lon, double lat, int clickCount) {
        if (!isDrawing()) {
            return;
        }
        if (clickCount >= 2) {
            finish();
            return;
        }
        vertices.add(snapped(lon, lat));
        if (tool.get() == Tool.POINT) {
            finish();
            return;
        }
        updatePreview();
    }

    /**
     * The mouse moved over the map while drawing: the sketch follows the pointer as if the next vertex were
     * there, and its schuurpunten are computed for that shape.
     */
    public void hover(double lon, double lat) {
        if (!isDrawing()) {
            return;
        }
        hover = snapped(lon, lat);
        updatePreview();
    }

    /** The mouse left the map. */
    public void hoverExit() {
        hover = null;
        layer.setSnapMarker(null);
        updatePreview();
    }

    private void updatePreview() {
        if (!isDrawing()) {
            return;
        }
        List<double[]> shown = new ArrayList<>(vertices);
        if (hover != null) {
            shown.add(hover);
        }
        Tool t = tool.get();
        layer.setPreview(t == Tool.POINT ? List.of() : shown, t == Tool.POLYGON);
        int needed = t == Tool.POLYGON ? 3 : t == Tool.LINE ? 2 : 1;
        if (shown.size() >= needed) {
            showLive(candidate(geometry(t, shown)));
        } else {
            clearLive();
        }
    }

    /** The shape being drawn as the feature it would become, with the chosen thema and its usual kenmerken. */
    private Feature candidate(Geometry g) {
        Theme theme = drawTheme.get();
        return Feature.builder(nextId(vm.getScenario()), ScenarioEdits.sketchLayerId(theme), g)
                .label(Messages.get("sketch.live.label")).theme(theme).horizon(vm.horizonProperty().get())
                .category(KeuzeCategorie.TE_MAKEN).sources(List.of(new Citation(ScenarioEdits.WORKSHOP_SOURCE, 1, "")))
                .schematic(true).tags(defaultTags(theme)).build();
    }

    /** The kenmerken a sketch of this thema gets unless the user changes them. */
    public static Set<String> defaultTags(Theme theme) {
        Set<String> tags = new LinkedHashSet<>();
        for (String x : Messages.get("sketch.tags." + theme.id()).split(",")) {
            if (!x.isBlank()) {
                tags.add(x.strip().toLowerCase(Locale.ROOT));
            }
        }
        return tags;
    }

    /** Enter: completes the sketch and asks what it is. */
    public void finish() {
        Tool t = tool.get();
        int needed = t == Tool.POLYGON ? 3 : t == Tool.LINE ? 2 : 1;
        if (vertices.size() < needed) {
            return;
        }
        Geometry g = geometry(t, vertices);
        vertices.clear();
        hover = null;
        layer.setPreview(List.of(), false);
        // the live schuurpunten of the finished shape stay on the map while the form is open
        showLive(candidate(g));
        Optional<SketchDialog.Form> form = formOpener.apply(t);
        form.ifPresent(f -> add(g, f, t));
        if (form.isEmpty()) {
            clearLive();
        }
    }

    /** Esc: drops the sketch being drawn. */
    public void cancel() {
        vertices.clear();
        hover = null;
        layer.setSnapMarker(null);
        layer.setPreview(List.of(), false);
        clearLive();
    }

    public int vertexCount() {
        return vertices.size();
    }

    private static Geometry geometry(Tool t, List<double[]> vs) {
        Coordinate[] cs = vs.stream().map(v -> new Coordinate(v[0], v[1])).toArray(Coordinate[]::new);
        return switch (t) {
            case POINT -> GF.createPoint(cs[0]);
            case LINE -> GF.createLineString(cs);
            default -> {
                Coordinate[] ring = new Coordinate[cs.length + 1];
                System.arraycopy(cs, 0, ring, 0, cs.length);
                ring[cs.length] = new Coordinate(cs[0]);
                Geometry poly = GF.createPolygon(ring);
                yield poly.isValid() ? poly : GeometryFixer.fix(poly);
            }
        };
    }

    /** Adds a sketched feature as an undoable edit. */
    public Feature add(Geometry g, SketchDialog.Form form, Tool t) {
        Scenario s = vm.getScenario();
        String id = nextId(s);
        Feature f = Feature.builder(id, ScenarioEdits.sketchLayerId(form.theme()), g).label(form.label())
                .theme(form.theme()).horizon(form.horizon()).category(form.category())
                .description(Messages.get("sketch.description", form.note()).strip())
                .sources(List.of(new Citation(ScenarioEdits.WORKSHOP_SOURCE, 1, ""))).schematic(true).tags(form.tags()).build();
        String label = Messages.get("sketch.layer", vm.themeLabel(form.theme()));
        stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace, sc -> ScenarioEdits.withFeature(sc, f, label),
                Messages.get("sketch.added", Messages.get("sketch.kind." + t.name().toLowerCase(Locale.ROOT)), f.label())));
        return f;
    }

    /** What an existing sketch stands for, as the form shows it. */
    public static SketchDialog.Form formOf(Feature f) {
        String prefix = Messages.get("sketch.description", "").strip();
        String note = f.description().startsWith(prefix) ? f.description().substring(prefix.length()).strip() : f.description();
        return new SketchDialog.Form(f.theme(), f.horizon(), f.category(), f.label(), note, f.tags());
    }

    /** Whether a feature was sketched in the app (its properties can then be changed with the form). */
    public static boolean isSketch(Feature f) {
        return f.layerId().startsWith("schets-");
    }

    /**
     * Changes what a sketch stands for (thema, horizon, category, label, note, kenmerken) as an undoable edit;
     * a new thema moves it to that thema's sketch layer. Its id and shape stay.
     */
    public void changeProperties(Feature f, SketchDialog.Form form) {
        Feature changed = f.toBuilder().layerId(ScenarioEdits.sketchLayerId(form.theme())).label(form.label())
                .theme(form.theme()).horizon(form.horizon()).until(null).category(form.category())
                .description(Messages.get("sketch.description", form.note()).strip()).schematic(true).tags(form.tags()).build();
        String label = Messages.get("sketch.layer", vm.themeLabel(form.theme()));
        stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace,
                sc -> ScenarioEdits.withFeature(ScenarioEdits.withoutFeature(sc, f.id()), changed, label),
                Messages.get("sketch.changed", form.label())));
    }

    /** Deletes a feature (a sketch, or one from the documents in a variant) as an undoable edit. */
    public void delete(Feature f) {
        stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace, sc -> ScenarioEdits.withoutFeature(sc, f.id()),
                Messages.get("sketch.removed", f.label())));
    }

    /**
     * Gives a feature a new shape as an undoable edit; {@code descriptionKey} names the kind of edit in the
     * history (with the feature's label as {@code {0}}). Refuses (returns false) an empty or invalid shape.
     */
    public boolean reshape(Feature f, Geometry shape, String descriptionKey) {
        if (shape.isEmpty() || !shape.isValid() || shape.equalsExact(f.geometry())) {
            return false;
        }
        stack.execute(new ChangeCommand<>(vm::getScenario, vm::replace, sc -> ScenarioEdits.withGeometry(sc, f.id(), shape),
                Messages.get(descriptionKey, f.label())));
        return true;
    }

    private static String nextId(Scenario s) {
        int n = 1;
        while (s.feature("schets-" + n).isPresent()) {
            n++;
        }
        return "schets-" + n;
    }

    /** Saves a variant with its author and the current date. */
    public CompletableFuture<Path> saveVariant(Path original, String name, String author) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Scenario current = toSave();
        Object state = stack.state();
        String date = LocalDateTime.now().withNano(0).toString();
        return CompletableFuture.supplyAsync(() -> {
            Path parent = original.toAbsolutePath().getParent();
            Path target = parent.resolve(slug.isEmpty() ? "variant" : slug);
            for (int i = 2; Files.exists(target); i++) {
                target = parent.resolve((slug.isEmpty() ? "variant" : slug) + "-" + i);
            }
            Scenario variant = ScenarioEdits.asVariant(current, target.getFileName().toString(), name, author, date);
            try {
                new ScenarioWriter().save(variant, target);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((ok, err) -> {
            if (err == null) {
                stack.markSaved(state); // what was written; edits made meanwhile stay unsaved
            }
        }, ui);
    }
}
