package nl.ruimteverkenner.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Administrative boundaries: thin gemeente borders under the features (group {@code #boundaries}) and
 * the focus on one area above them (group {@code #focus}: {@code #focus-dim} whitens everything outside
 * it, {@code #focus} outlines it). FX thread only: setters throw {@link IllegalStateException} on another
 * thread.
 */
public final class BoundaryLayer {
    private static final double BIG = 400_000;
    private final Group lines = new Group();
    private final Group focus = new Group();
    private final ScreenStrokes lineStrokes;
    private final ScreenStrokes focusStrokes;

    BoundaryLayer(MapProjection projection) {
        lineStrokes = new ScreenStrokes(projection);
        focusStrokes = new ScreenStrokes(projection);
        lines.setId("boundaries");
        focus.setId("focus");
    }

    /** The scaled group of borders (under the features). */
    Group linesNode() {
        return lines;
    }

    /** The scaled group of the focus mask (above the overlays). */
    Group focusNode() {
        return focus;
    }

    /** Replaces the borders (lon/lat polygons); empty clears. */
    public void set(Collection<Geometry> lonLat) {
        FxThread.check();
        lineStrokes.clear();
        lines.getChildren().clear();
        for (Geometry g : lonLat) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon poly) {
                    Path path = PathFactory.polygon(poly);
                    path.setFill(null);
                    path.setStroke(Color.web("#6b6b6b", 0.7));
                    lines.getChildren().add(path);
                    lineStrokes.add(path, 0.7, null, null);
                }
            }
        }
    }

    /** Outlines one area (lon/lat) and dims everything outside it; null clears. */
    public void setFocus(Geometry lonLat) {
        FxThread.check();
        focusStrokes.clear();
        focus.getChildren().clear();
        if (lonLat == null) {
            return;
        }
        List<PathElement> world = new ArrayList<>(List.of(new MoveTo(-BIG, -BIG), new LineTo(BIG, -BIG),
                new LineTo(BIG, BIG), new LineTo(-BIG, BIG), new ClosePath()));
        List<PathElement> outline = new ArrayList<>();
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            if (lonLat.getGeometryN(i) instanceof Polygon poly) {
                world.addAll(PathFactory.elements(poly));
                outline.addAll(PathFactory.elements(poly));
            }
        }
        Path dim = new Path(world);
        dim.setFillRule(FillRule.EVEN_ODD);
        dim.setFill(Color.color(1, 1, 1, 0.55));
        dim.setStroke(null);
        dim.setId("focus-dim");
        Path line = new Path(outline);
        line.setFill(null);
        line.setStroke(Color.web("#1b2a3a"));
        line.setId("focus");
        focus.getChildren().addAll(dim, line);
        focusStrokes.add(line, 3, null, null);
    }

    /** Whether an area is in focus. */
    public boolean hasFocus() {
        return !focus.getChildren().isEmpty();
    }
}
