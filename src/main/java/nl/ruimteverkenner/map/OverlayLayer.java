package nl.ruimteverkenner.map;

import java.util.Collection;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.StrokeLineCap;
import nl.ruimteverkenner.style.Palette;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Schuurpunt overlaps drawn above the features: areas hatched in their relation's colour, lines bold.
 * Used twice: the computed schuurpunten (group {@code #overlay}, shapes {@code #overlay-<id>}) and the
 * live ones of a sketch or a shape being edited (group {@code #live-overlay}, shapes {@code #live-<id>}),
 * drawn in front. FX thread only: setters throw {@link IllegalStateException} on another thread.
 */
public final class OverlayLayer {
    private final Group group = new Group();
    private final ScreenStrokes strokes;
    private final String idPrefix;

    OverlayLayer(MapProjection projection, String id, String idPrefix) {
        this.strokes = new ScreenStrokes(projection);
        this.idPrefix = idPrefix;
        group.setId(id);
    }

    /** The scaled group. */
    Group node() {
        return group;
    }

    /** Replaces the shapes; empty clears. */
    public void set(Collection<OverlayShape> shapes) {
        FxThread.check();
        strokes.clear();
        group.getChildren().clear();
        for (OverlayShape o : shapes) {
            String hex = Palette.of(o.relation()).mainHex();
            Color c = Color.web(hex);
            int n = o.geometry().getNumGeometries();
            for (int i = 0; i < n; i++) {
                Geometry part = o.geometry().getGeometryN(i);
                Path path;
                if (part instanceof Polygon poly) {
                    path = PathFactory.polygon(poly);
                    strokes.add(path, 1.6, null, hex);
                } else if (part instanceof LineString ls) {
                    path = PathFactory.line(ls);
                    path.setStrokeLineCap(StrokeLineCap.ROUND);
                    strokes.add(path, 5, null, null);
                } else {
                    continue;
                }
                path.setStroke(c);
                path.setId(idPrefix + o.id() + (n > 1 ? "-" + i : ""));
                group.getChildren().add(path);
            }
        }
    }

    /** The number of drawn shapes (parts). */
    public int size() {
        return group.getChildren().size();
    }

    /** Shows or hides the whole overlay. */
    public void setVisible(boolean visible) {
        FxThread.check();
        group.setVisible(visible);
    }

    /** Whether the overlay is shown. */
    public boolean isVisible() {
        return group.isVisible();
    }
}
