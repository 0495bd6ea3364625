package nl.ruimteverkenner.map;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * What the user is drawing or editing, above everything else: the sketch preview following the pointer
 * ({@code #sketch-preview} with its vertex dots), the edit preview of a shape being reshaped
 * ({@code #edit-preview}, parts {@code #edit-preview-<n>}) and the green snap mark ({@code #snap-marker},
 * on top of the edit handles). FX thread only: setters throw {@link IllegalStateException} on another
 * thread.
 */
public final class SketchLayer {
    private static final Color SKETCH = Color.web("#c2185b");
    private static final Color INVALID = Color.web("#d50000");
    private final MapProjection projection;
    private final Group sketch = new Group();
    private final Group editPreview = new Group();
    private final MarkerLayer marks;
    private final ScreenStrokes sketchStrokes;
    private final ScreenStrokes editStrokes;
    private final Circle snapMarker = snapMarker();

    SketchLayer(MapProjection projection) {
        this.projection = projection;
        this.marks = new MarkerLayer(projection, null, false);
        this.sketchStrokes = new ScreenStrokes(projection);
        this.editStrokes = new ScreenStrokes(projection);
        editPreview.setId("edit-preview");
        marks.node().setMouseTransparent(true);
    }

    /** The scaled group of the sketch preview. */
    Group sketchNode() {
        return sketch;
    }

    /** The scaled group of the edit preview. */
    Group editPreviewNode() {
        return editPreview;
    }

    /** The anchored group of the snap mark. */
    Group marksNode() {
        return marks.node();
    }

    /** The shared projection, e.g. for the current zoom when computing a snap tolerance. */
    public MapProjection projection() {
        return projection;
    }

    /** Shows the sketch being drawn: vertices ({lon, lat}) as a line, closed for a polygon; empty clears. */
    public void setPreview(List<double[]> lonLat, boolean closed) {
        FxThread.check();
        sketchStrokes.clear();
        sketch.getChildren().clear();
        if (lonLat.isEmpty()) {
            return;
        }
        Path path = PathFactory.line(lonLat, closed);
        path.setId("sketch-preview");
        path.setStroke(SKETCH);
        path.setFill(closed ? Color.web("#c2185b", 0.15) : null);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        sketch.getChildren().add(path);
        sketchStrokes.add(path, 2.5, new double[] {6, 4}, null);
        for (double[] v : lonLat) {
            Circle c = new Circle(MapProjection.localX(v[0]), MapProjection.localY(v[1]), 1);
            c.setFill(Color.WHITE);
            c.setStroke(SKETCH);
            sketch.getChildren().add(c);
            sketchStrokes.addDot(c, 4, 1.5);
        }
    }

    /**
     * Shows a shape being edited (lon/lat) as a bold outline: magenta while valid, red and dashed when the
     * edit would make it invalid; null clears.
     */
    public void setEditPreview(Geometry lonLat, boolean valid) {
        FxThread.check();
        editStrokes.clear();
        editPreview.getChildren().clear();
        if (lonLat == null) {
            return;
        }
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry part = lonLat.getGeometryN(i);
            Path path;
            if (part instanceof Polygon poly) {
                path = PathFactory.polygon(poly);
                path.setFill(Color.web(valid ? "#c2185b" : "#d50000", 0.12));
            } else if (part instanceof LineString ls) {
                path = PathFactory.line(ls);
            } else {
                continue;
            }
            path.setStroke(valid ? SKETCH : INVALID);
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            path.setId("edit-preview-" + i);
            editPreview.getChildren().add(path);
            editStrokes.add(path, 2.5, valid ? null : new double[] {6, 4}, null);
        }
    }

    /** Marks where the pointer snapped to ({lon, lat}); null hides the mark. */
    public void setSnapMarker(double[] lonLat) {
        FxThread.check();
        if (lonLat == null) {
            marks.remove(snapMarker);
        } else {
            marks.place(snapMarker, lonLat[0], lonLat[1]);
        }
    }

    /** Whether a snap is marked on the map. */
    public boolean isSnapMarked() {
        return marks.contains(snapMarker);
    }

    private static Circle snapMarker() {
        Circle c = new Circle(0, 0, 7);
        c.setFill(Color.TRANSPARENT);
        c.setStroke(Color.web("#00a651"));
        c.setStrokeWidth(2.5);
        c.setMouseTransparent(true);
        c.setId("snap-marker");
        return c;
    }
}
