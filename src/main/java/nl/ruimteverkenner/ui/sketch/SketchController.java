package nl.ruimteverkenner.ui.sketch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.ruimteverkenner.edit.Command;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.GeoJsonGeometryReader;
import nl.ruimteverkenner.io.ScenarioWriter;
import nl.ruimteverkenner.map.ScenarioMapLayer;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.ui.explorer.ExplorerViewModel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Drawing on the map in a workshop: the active tool, the vertices of the sketch being drawn, and the
 * edits (add, delete) as commands on a {@link CommandStack}, so schuurpunten update at once and every
 * edit can be undone and redone. Saves the result as a variant with {@link ScenarioWriter}. FX thread.
 */
public final class SketchController {
    /** The drawing tools. */
    public enum Tool { NONE, POLYGON, LINE, POINT }

    private static final GeometryFactory GF = GeoJsonGeometryReader.FACTORY;
    private final ExplorerViewModel vm;
    private final ScenarioMapLayer layer;
    private final CommandStack stack = new CommandStack();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.NONE);
    private final List<double[]> vertices = new ArrayList<>();
    private Function<Tool, Optional<SketchDialog.Form>> formOpener = t -> Optional.empty();

    public SketchController(ExplorerViewModel vm, ScenarioMapLayer layer) {
        this.vm = vm;
        this.layer = layer;
        tool.addListener((o, a, t) -> cancel());
    }

    /** How the form is shown (the window provides the dialog). */
    public void setFormOpener(Function<Tool, Optional<SketchDialog.Form>> opener) {
        this.formOpener = opener;
    }

    public CommandStack stack() {
        return stack;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public boolean isDrawing() {
        return tool.get() != Tool.NONE;
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
        vertices.add(new double[] {lon, lat});
        if (tool.get() == Tool.POINT) {
            finish();
            return;
        }
        layer.setSketchPreview(vertices, tool.get() == Tool.POLYGON);
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
        layer.setSketchPreview(List.of(), false);
        formOpener.apply(t).ifPresent(form -> add(g, form, t));
    }

    /** Esc: drops the sketch being drawn. */
    public void cancel() {
        vertices.clear();
        layer.setSketchPreview(List.of(), false);
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
        Feature f = new Feature(id, ScenarioEdits.sketchLayerId(form.theme()), form.label(), form.theme(), form.horizon(), null,
                form.category(), Messages.get("sketch.description", form.note()).strip(),
                List.of(new Citation(ScenarioEdits.WORKSHOP_SOURCE, 1, "")), true, form.tags(), g);
        String label = Messages.get("sketch.layer", vm.themeLabel(form.theme()));
        stack.execute(new Command() {
            private Scenario before;

            @Override
            public void execute() {
                before = vm.getScenario();
                vm.replace(ScenarioEdits.withFeature(before, f, label));
            }

            @Override
            public void undo() {
                vm.replace(ScenarioEdits.withoutFeature(vm.getScenario(), f.id()));
            }

            @Override
            public String description() {
                return Messages.get("sketch.added", Messages.get("sketch.kind." + t.name().toLowerCase(Locale.ROOT)), f.label());
            }
        });
        return f;
    }

    /** Deletes a sketched feature as an undoable edit. */
    public void delete(Feature f) {
        String label = Messages.get("sketch.layer", vm.themeLabel(f.theme()));
        stack.execute(new Command() {
            @Override
            public void execute() {
                vm.replace(ScenarioEdits.withoutFeature(vm.getScenario(), f.id()));
            }

            @Override
            public void undo() {
                vm.replace(ScenarioEdits.withFeature(vm.getScenario(), f, label));
            }

            @Override
            public String description() {
                return Messages.get("sketch.removed", f.label());
            }
        });
    }

    private static String nextId(Scenario s) {
        int n = 1;
        while (s.feature("schets-" + n).isPresent()) {
            n++;
        }
        return "schets-" + n;
    }

    /** Saves the scenario with its sketches as a new scenario folder beside {@code original}; returns the folder. */
    public CompletableFuture<Path> saveVariant(Path original, String name) {
        return saveVariant(original, name, System.getProperty("user.name", ""));
    }

    /** Saves a variant with its author and the current date. */
    public CompletableFuture<Path> saveVariant(Path original, String name, String author) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Path parent = original.toAbsolutePath().getParent();
        Path target = parent.resolve(slug.isEmpty() ? "variant" : slug);
        for (int i = 2; Files.exists(target) && target.equals(original.toAbsolutePath()) || Files.exists(target); i++) {
            target = parent.resolve((slug.isEmpty() ? "variant" : slug) + "-" + i);
        }
        Path folder = target;
        Scenario variant = ScenarioEdits.asVariant(vm.getScenario(), folder.getFileName().toString(), name, author,
                java.time.LocalDateTime.now().withNano(0).toString());
        return CompletableFuture.supplyAsync(() -> {
            try {
                new ScenarioWriter().save(variant, folder);
                return folder;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((ok, err) -> Platform.runLater(() -> {
            if (err == null) {
                stack.markSaved();
            }
        }));
    }
}
