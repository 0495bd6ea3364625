package nl.ruimteverkenner.map;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Finds the feature under a click: the topmost visible one, preferring points over lines over areas (a
 * small thing drawn over a large area must stay clickable). Pure JTS, no JavaFX.
 */
public final class FeaturePicker {
    private static final GeometryFactory GF = new GeometryFactory();

    private FeaturePicker() {
    }

    /**
     * @param layers    layers in drawing order (last on top)
     * @param shown     which features are currently shown
     * @param lon       click longitude
     * @param lat       click latitude
     * @param tolerance click tolerance in degrees (for points and lines)
     */
    public static Optional<Feature> pick(List<Layer> layers, Predicate<Feature> shown, double lon, double lat,
                                         double tolerance) {
        Point p = GF.createPoint(new Coordinate(lon, lat));
        Feature best = null;
        int bestRank = Integer.MAX_VALUE;
        double bestArea = Double.MAX_VALUE;
        for (int li = layers.size() - 1; li >= 0; li--) {
            List<Feature> features = layers.get(li).features();
            for (int fi = features.size() - 1; fi >= 0; fi--) {
                Feature f = features.get(fi);
                if (!shown.test(f)) {
                    continue;
                }
                Geometry g = f.geometry();
                if (!g.getEnvelopeInternal().intersects(new Envelope(lon - tolerance, lon + tolerance, lat - tolerance, lat + tolerance))) {
                    continue;
                }
                int rank = rank(g);
                boolean hit = rank == 2 ? g.covers(p) : g.isWithinDistance(p, tolerance);
                if (!hit) {
                    continue;
                }
                double area = rank == 2 ? g.getArea() : 0;
                // Points before lines before areas; among areas the smallest; otherwise topmost first.
                if (rank < bestRank || (rank == bestRank && rank == 2 && area < bestArea)) {
                    best = f;
                    bestRank = rank;
                    bestArea = area;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(Geometry g) {
        if (g instanceof Puntal) {
            return 0;
        }
        if (g instanceof Lineal) {
            return 1;
        }
        if (g instanceof Polygonal) {
            return 2;
        }
        return g.getDimension() == 2 ? 2 : g.getDimension();
    }
}
