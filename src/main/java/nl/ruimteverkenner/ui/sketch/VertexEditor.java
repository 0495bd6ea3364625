package nl.ruimteverkenner.ui.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import nl.ruimteverkenner.edit.GeometryEdits.VertexRef;
import nl.ruimteverkenner.edit.GeometryEdits;
import nl.ruimteverkenner.edit.Snapper;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.map.MarkerLayer;
import nl.ruimteverkenner.map.SketchLayer;
import nl.ruimteverkenner.model.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Handles on the map for changing the shape of one feature: a square on every vertex (drag to move it,
 * click to select it, right-click or Delete to remove it), a small circle on every edge (drag or click to
 * add a vertex there) and a round grip inside the shape (drag to move the whole feature). While dragging,
 * the new shape and its schuurpunten are shown live; on release the change becomes one undoable edit, or,
 * if the shape would become invalid (crossing edges), it is refused with a message. The handles take their
 * own presses and drags, so the map does not pan under them. FX thread.
 */
public final class VertexEditor {
    private static final Color ACCENT = Color.web("#c2185b");

    private enum Kind { VERTEX, MIDPOINT, MOVE }

    private final SketchController controller;
    private final SketchLayer layer;
    private final MarkerLayer handleLayer;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<Feature> dragging = new ReadOnlyObjectWrapper<>();
    private final List<Node> handles = new ArrayList<>();
    private Feature feature;
    private VertexRef selectedVertex;
    private Geometry base;
    private Geometry preview;
    private double[] start;
    private boolean moved;
    private Runnable onDragEnd = () -> { };
    private Runnable onOpen = () -> { };
    private boolean lastDragChanged;

    /**
     * @param layer       where the edit preview and the snap mark are drawn
     * @param handleLayer where the handles are placed (this editor's alone)
     * @param status      shows a message to the user (e.g. why an edit was refused)
     */
    public VertexEditor(SketchController controller, SketchLayer layer, MarkerLayer handleLayer, Consumer<String> status) {
        this.controller = controller;
        this.layer = layer;
        this.handleLayer = handleLayer;
        this.status = status;
    }

    /** The feature whose shape is being dragged right now, or null. */
    public ReadOnlyObjectProperty<Feature> draggingProperty() {
        return dragging.getReadOnlyProperty();
    }

    /** Called when a drag ends; {@link #lastDragChanged()} tells whether it became an edit. */
    public void setOnDragEnd(Runnable r) {
        this.onDragEnd = r == null ? () -> { } : r;
    }

    /** Called on a double click on the grip (e.g. to open the feature's properties). */
    public void setOnOpen(Runnable r) {
        this.onOpen = r == null ? () -> { } : r;
    }

    /** Whether the last finished drag changed the shape. */
    public boolean lastDragChanged() {
        return lastDragChanged;
    }

    /** Shows the handles of {@code f}; null removes them. */
    public void show(Feature f) {
        if (f == null || feature == null || !f.id().equals(feature.id())) {
            selectedVertex = null;
        }
        feature = f;
        handleLayer.clear();
        handles.clear();
        if (f == null) {
            return;
        }
        Geometry g = f.geometry();
        boolean singlePoint = g instanceof Point;
        for (GeometryEdits.Midpoint m : GeometryEdits.midpoints(g)) {
            Circle c = new Circle(0, 0, 4.5);
            c.setFill(Color.color(1, 1, 1, 0.8));
            c.setStroke(ACCENT);
            c.setStrokeWidth(1.2);
            c.setCursor(Cursor.CROSSHAIR);
            c.setId("midpoint-" + id(m.after()));
            add(c, Kind.MIDPOINT, m.after(), m.at());
        }
        for (GeometryEdits.Vertex v : GeometryEdits.vertices(g)) {
            Rectangle r = new Rectangle(-5.5, -5.5, 11, 11);
            boolean sel = v.ref().equals(selectedVertex);
            r.setFill(sel ? ACCENT : Color.WHITE);
            r.setStroke(sel ? Color.WHITE : ACCENT);
            r.setStrokeWidth(1.8);
            r.setCursor(Cursor.MOVE);
            r.setId("vertex-" + id(v.ref()));
            add(r, Kind.VERTEX, v.ref(), v.at());
        }
        if (!singlePoint) {
            Point inside = g.getInteriorPoint();
            Circle ring = new Circle(0, 0, 11);
            ring.setFill(ACCENT);
            ring.setStroke(Color.WHITE);
            ring.setStrokeWidth(2);
            Group grip = new Group(ring, arrow(-6, 0, 6, 0), arrow(0, -6, 0, 6));
            grip.setCursor(Cursor.MOVE);
            grip.setId("move-handle");
            add(grip, Kind.MOVE, null, inside.getCoordinate());
        }
    }

    /** The feature being edited, or null. */
    public Feature feature() {
        return feature;
    }

    /** The selected vertex, if any. */
    public Optional<VertexRef> selectedVertex() {
        return Optional.ofNullable(selectedVertex);
    }

    /** Removes the selected vertex as an undoable edit; false (with a message) when it cannot go. */
    public boolean deleteSelectedVertex() {
        if (feature == null || selectedVertex == null) {
            return false;
        }
        return deleteVertex(selectedVertex);
    }

    private boolean deleteVertex(VertexRef v) {
        Optional<Geometry> after = GeometryEdits.deleteVertex(feature.geometry(), v);
        if (after.isEmpty()) {
            status.accept(Messages.get("edit.vertex.tooFew"));
            return false;
        }
        if (!after.get().isValid()) {
            status.accept(Messages.get("edit.invalid"));
            return false;
        }
        selectedVertex = null;
        return controller.reshape(feature, after.get(), "edit.vertex.deleted");
    }

    /** Moves the whole feature by a number of screen pixels at the current zoom (keyboard nudging). */
    public boolean nudge(double dxPx, double dyPx) {
        if (feature == null) {
            return false;
        }
        double world = WebMercator.worldPixels(layer.projection().zoom());
        Coordinate c = feature.geometry().getEnvelopeInternal().centre();
        double dLon = WebMercator.lon(WebMercator.x(c.x) + dxPx / world) - c.x;
        double dLat = WebMercator.lat(WebMercator.y(c.y) + dyPx / world) - c.y;
        return controller.reshape(feature, GeometryEdits.translate(feature.geometry(), dLon, dLat), "edit.moved");
    }

    private void add(Node handle, Kind kind, VertexRef ref, Coordinate at) {
        handleLayer.place(handle, at.x, at.y);
        handles.add(handle);
        handle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            if (e.getButton() == MouseButton.PRIMARY) {
                base = feature.geometry();
                preview = null;
                start = handleLayer.lonLatAt(e.getSceneX(), e.getSceneY());
                moved = false;
            }
        });
        handle.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            e.consume();
            if (!e.isPrimaryButtonDown() || base == null) {
                return;
            }
            double[] p = handleLayer.lonLatAt(e.getSceneX(), e.getSceneY());
            if (p == null) {
                return;
            }
            if (kind != Kind.MOVE) {
                // a vertex lands on a nearby vertex or edge of another shape unless Shift is held
                var snap = e.isShiftDown() ? Optional.<Snapper.Snap>empty()
                        : controller.snap(p[0], p[1], feature.id());
                layer.setSnapMarker(snap.map(x -> new double[] {x.at().x, x.at().y}).orElse(null));
                if (snap.isPresent()) {
                    p = new double[] {snap.get().at().x, snap.get().at().y};
                }
            }
            Coordinate c = new Coordinate(p[0], p[1]);
            preview = switch (kind) {
                case VERTEX -> GeometryEdits.moveVertex(base, ref, c);
                case MIDPOINT -> GeometryEdits.moveVertex(GeometryEdits.insertVertex(base, ref, at), next(ref), c);
                case MOVE -> GeometryEdits.translate(base, p[0] - start[0], p[1] - start[1]);
            };
            if (!moved) {
                moved = true;
                dragging.set(feature);
                handles.stream().filter(h -> h != handle).forEach(h -> h.setVisible(false));
            }
            boolean valid = preview.isValid();
            layer.setEditPreview(preview, valid);
            handleLayer.place(handle, kind == Kind.MOVE ? at.x + p[0] - start[0] : p[0], kind == Kind.MOVE ? at.y + p[1] - start[1] : p[1]);
            if (valid) {
                controller.showLive(feature.withGeometry(preview, feature.sources()));
            }
        });
        handle.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            e.consume();
            if (e.getButton() != MouseButton.PRIMARY || base == null) {
                return;
            }
            Feature f = feature;
            Geometry result = preview;
            boolean wasMoved = moved;
            base = null;
            preview = null;
            moved = false;
            layer.setEditPreview(null, true);
            layer.setSnapMarker(null);
            if (!wasMoved) {
                return;
            }
            boolean changed = false;
            if (!result.isValid()) {
                status.accept(Messages.get("edit.invalid"));
            } else {
                if (kind == Kind.VERTEX) {
                    selectedVertex = ref;
                }
                changed = controller.reshape(f, result, switch (kind) {
                    case VERTEX -> "edit.vertex.moved";
                    case MIDPOINT -> "edit.vertex.added";
                    case MOVE -> "edit.moved";
                });
            }
            lastDragChanged = changed;
            dragging.set(null);
            if (!changed) {
                show(f); // put the handles back where the shape still is
            }
            onDragEnd.run();
        });
        handle.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            e.consume();
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            if (kind == Kind.VERTEX) {
                selectedVertex = ref;
                show(feature);
            } else if (kind == Kind.MOVE && e.getClickCount() == 2) {
                onOpen.run();
            } else if (kind == Kind.MIDPOINT) {
                selectedVertex = next(ref);
                controller.reshape(feature, GeometryEdits.insertVertex(feature.geometry(), ref, at), "edit.vertex.added");
            }
        });
        if (kind == Kind.VERTEX) {
            handle.setOnContextMenuRequested(e -> {
                e.consume();
                MenuItem delete = new MenuItem(Messages.get("edit.vertex.delete"));
                delete.setDisable(GeometryEdits.deleteVertex(feature.geometry(), ref).isEmpty());
                delete.setOnAction(a -> deleteVertex(ref));
                new ContextMenu(delete).show(handle, e.getScreenX(), e.getScreenY());
            });
        }
    }

    private static VertexRef next(VertexRef after) {
        return new VertexRef(after.part(), after.ring(), after.index() + 1);
    }

    private static String id(VertexRef r) {
        return r.part() + "-" + r.ring() + "-" + r.index();
    }

    private static Line arrow(double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.setStroke(Color.WHITE);
        l.setStrokeWidth(2);
        l.setMouseTransparent(true);
        return l;
    }
}
