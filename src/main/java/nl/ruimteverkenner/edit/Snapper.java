package nl.ruimteverkenner.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Snapping while drawing or reshaping: a position close to a vertex of another shape moves onto that
 * vertex, else one close to an edge moves onto the edge, so a sketch can follow a dike or a river border
 * exactly. Works in lon/lat but measures distance as on a Web Mercator map (a degree of latitude counts
 * {@code 1/cos(lat)} times a degree of longitude), so the tolerance is the same in every direction on screen.
 */
public final class Snapper {
    /** What a position snapped to. */
    public enum Kind { VERTEX, EDGE }

    /** A snapped position. */
    public record Snap(Coordinate at, Kind kind) {
    }

    private record Target(String id, Geometry geometry) {
    }

    private final STRtree index = new STRtree();

    /** @param shapes the shapes to snap to, by id (lon/lat) */
    public Snapper(Map<String, Geometry> shapes) {
        shapes.forEach((id, g) -> index.insert(g.getEnvelopeInternal(), new Target(id, g)));
        index.build();
    }

    /**
     * The vertex or edge point nearest to (lon, lat) within {@code toleranceLon} (in degrees of longitude, i.e.
     * screen pixels times 360 / world pixels), ignoring the shape {@code excludeId}; vertices win over edges.
     */
    public Optional<Snap> snap(double lon, double lat, double toleranceLon, String excludeId) {
        double k = 1 / Math.cos(Math.toRadians(lat));
        Envelope search = new Envelope(lon - toleranceLon, lon + toleranceLon, lat - toleranceLon / k, lat + toleranceLon / k);
        @SuppressWarnings("unchecked")
        List<Target> candidates = index.query(search);
        Coordinate bestVertex = null;
        double vertexDist = toleranceLon;
        Coordinate bestEdge = null;
        double edgeDist = toleranceLon;
        for (Target t : candidates) {
            if (t.id().equals(excludeId)) {
                continue;
            }
            Coordinate[] cs = t.geometry().getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                double d = dist(lon, lat, cs[i].x, cs[i].y, k);
                if (d <= vertexDist) {
                    vertexDist = d;
                    bestVertex = cs[i];
                }
            }
            if (bestVertex != null) {
                continue;
            }
            for (int p = 0; p < t.geometry().getNumGeometries(); p++) {
                Geometry part = t.geometry().getGeometryN(p);
                for (Coordinate[] line : lines(part)) {
                    for (int i = 0; i + 1 < line.length; i++) {
                        Coordinate q = nearestOnSegment(lon, lat, line[i], line[i + 1], k);
                        double d = dist(lon, lat, q.x, q.y, k);
                        if (d <= edgeDist) {
                            edgeDist = d;
                            bestEdge = q;
                        }
                    }
                }
            }
        }
        if (bestVertex != null) {
            return Optional.of(new Snap(new Coordinate(bestVertex.x, bestVertex.y), Kind.VERTEX));
        }
        return bestEdge == null ? Optional.empty() : Optional.of(new Snap(bestEdge, Kind.EDGE));
    }

    private static List<Coordinate[]> lines(Geometry part) {
        if (part instanceof Polygon poly) {
            List<Coordinate[]> out = new ArrayList<>();
            out.add(poly.getExteriorRing().getCoordinates());
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                out.add(poly.getInteriorRingN(h).getCoordinates());
            }
            return out;
        }
        if (part instanceof LineString ls) {
            return List.<Coordinate[]>of(ls.getCoordinates());
        }
        return List.of();
    }

    private static double dist(double x0, double y0, double x1, double y1, double k) {
        double dx = x1 - x0;
        double dy = (y1 - y0) * k;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The point of segment a–b nearest to (x, y), in the stretched metric. */
    private static Coordinate nearestOnSegment(double x, double y, Coordinate a, Coordinate b, double k) {
        double ax = a.x;
        double ay = a.y * k;
        double bx = b.x;
        double by = b.y * k;
        double py = y * k;
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (py - ay) * dy) / len2));
        return new Coordinate(ax + t * dx, (ay + t * dy) / k);
    }
}
