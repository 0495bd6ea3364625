package nl.ruimteverkenner.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns JTS geometry in lon/lat (x = lon, y = lat) into JavaFX paths in the local units of
 * {@link MapProjection}. The one place where the map layers read JTS coordinates. Unstyled paths; the
 * layers colour them.
 */
public final class PathFactory {
    private PathFactory() {
    }

    /** A polygon with its holes (even-odd fill). */
    public static Path polygon(Polygon poly) {
        Path path = new Path(elements(poly));
        path.setFillRule(FillRule.EVEN_ODD);
        return path;
    }

    /** An open line without fill. */
    public static Path line(LineString line) {
        Path path = new Path(elements(line.getCoordinateSequence(), false));
        path.setFill(null);
        return path;
    }

    /** A line through lon/lat vertices ({lon, lat} each), closed when asked and possible (3+ vertices). */
    public static Path line(List<double[]> lonLat, boolean closed) {
        List<PathElement> els = new ArrayList<>(lonLat.size() + 1);
        for (int i = 0; i < lonLat.size(); i++) {
            double x = MapProjection.localX(lonLat.get(i)[0]);
            double y = MapProjection.localY(lonLat.get(i)[1]);
            els.add(i == 0 ? new MoveTo(x, y) : new LineTo(x, y));
        }
        if (closed && lonLat.size() > 2) {
            els.add(new ClosePath());
        }
        return new Path(els);
    }

    /** The path elements of a polygon: each ring a closed subpath, the shell first. */
    public static List<PathElement> elements(Polygon poly) {
        List<PathElement> els = new ArrayList<>(elements(poly.getExteriorRing().getCoordinateSequence(), true));
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
            els.addAll(elements(poly.getInteriorRingN(h).getCoordinateSequence(), true));
        }
        return els;
    }

    private static List<PathElement> elements(CoordinateSequence cs, boolean close) {
        List<PathElement> els = new ArrayList<>(cs.size() + 1);
        for (int k = 0; k < cs.size(); k++) {
            double x = MapProjection.localX(cs.getX(k));
            double y = MapProjection.localY(cs.getY(k));
            els.add(k == 0 ? new MoveTo(x, y) : new LineTo(x, y));
        }
        if (close) {
            els.add(new ClosePath());
        }
        return els;
    }
}
