package nl.ruimteverkenner.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Vertex editing on JTS geometries (points, lines, polygons with holes and their multi forms), as pure
 * functions that return a new geometry. A vertex is addressed by part, ring (0 = shell or the line itself,
 * 1.. = holes) and index; the closing coordinate of a ring is not a vertex of its own and follows the first.
 * Edits that would leave too few vertices are refused; edits that make a geometry invalid (crossing edges)
 * are returned as they are, so the caller can show them and decide with {@link Geometry#isValid()}.
 */
public final class GeometryEdits {
    private GeometryEdits() {
    }

    /** Where a vertex sits in a geometry. */
    public record VertexRef(int part, int ring, int index) {
    }

    /** A vertex and its position. */
    public record Vertex(VertexRef ref, Coordinate at) {
    }

    /** A segment's midpoint, where a new vertex can be inserted after {@code after}. */
    public record Midpoint(VertexRef after, Coordinate at) {
    }

    /** All vertices, the closing coordinate of rings left out. */
    public static List<Vertex> vertices(Geometry g) {
        List<Vertex> out = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            List<Coordinate[]> rings = rings(g.getGeometryN(p));
            for (int r = 0; r < rings.size(); r++) {
                Coordinate[] cs = rings.get(r);
                int n = closed(g.getGeometryN(p)) ? cs.length - 1 : cs.length;
                for (int i = 0; i < n; i++) {
                    out.add(new Vertex(new VertexRef(p, r, i), cs[i].copy()));
                }
            }
        }
        return out;
    }

    /** The midpoints of all segments (including a ring's closing segment). Points have none. */
    public static List<Midpoint> midpoints(Geometry g) {
        List<Midpoint> out = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Geometry part = g.getGeometryN(p);
            if (part instanceof Point) {
                continue;
            }
            List<Coordinate[]> rings = rings(part);
            for (int r = 0; r < rings.size(); r++) {
                Coordinate[] cs = rings.get(r);
                for (int i = 0; i + 1 < cs.length; i++) {
                    out.add(new Midpoint(new VertexRef(p, r, i),
                            new Coordinate((cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2)));
                }
            }
        }
        return out;
    }

    /** The geometry with one vertex moved to {@code to}. */
    public static Geometry moveVertex(Geometry g, VertexRef v, Coordinate to) {
        return rebuild(g, v, cs -> {
            Coordinate[] out = copy(cs);
            out[v.index()] = new Coordinate(to.x, to.y);
            if (closed(g.getGeometryN(v.part())) && v.index() == 0) {
                out[out.length - 1] = new Coordinate(to.x, to.y);
            }
            return out;
        });
    }

    /** The geometry with a new vertex at {@code at} between vertex {@code after} and the next one. */
    public static Geometry insertVertex(Geometry g, VertexRef after, Coordinate at) {
        if (g.getGeometryN(after.part()) instanceof Point) {
            throw new IllegalArgumentException("a point has no segments");
        }
        return rebuild(g, after, cs -> {
            List<Coordinate> out = new ArrayList<>(Arrays.asList(copy(cs)));
            out.add(after.index() + 1, new Coordinate(at.x, at.y));
            return out.toArray(Coordinate[]::new);
        });
    }

    /**
     * The geometry without one vertex, or empty when that would leave a line with fewer than 2 or a ring with
     * fewer than 3 vertices (a point's only vertex cannot be removed either: delete the feature instead).
     */
    public static Optional<Geometry> deleteVertex(Geometry g, VertexRef v) {
        Geometry part = g.getGeometryN(v.part());
        if (part instanceof Point) {
            return Optional.empty();
        }
        Coordinate[] cs = rings(part).get(v.ring());
        boolean closed = closed(part);
        int vertices = closed ? cs.length - 1 : cs.length;
        if (vertices - 1 < (closed ? 3 : 2)) {
            return Optional.empty();
        }
        return Optional.of(rebuild(g, v, c -> {
            List<Coordinate> out = new ArrayList<>(Arrays.asList(copy(c)));
            if (closed) {
                out.remove(out.size() - 1);
                out.remove(v.index());
                out.add(out.get(0).copy());
            } else {
                out.remove(v.index());
            }
            return out.toArray(Coordinate[]::new);
        }));
    }

    /** The geometry shifted by (dx, dy) in its own units. */
    public static Geometry translate(Geometry g, double dx, double dy) {
        return AffineTransformation.translationInstance(dx, dy).transform(g);
    }

    private interface RingEdit {
        Coordinate[] apply(Coordinate[] ring);
    }

    private static Geometry rebuild(Geometry g, VertexRef v, RingEdit edit) {
        GeometryFactory gf = g.getFactory();
        Geometry[] parts = new Geometry[g.getNumGeometries()];
        for (int p = 0; p < parts.length; p++) {
            Geometry part = g.getGeometryN(p);
            if (p != v.part()) {
                parts[p] = part.copy();
                continue;
            }
            List<Coordinate[]> rings = rings(part);
            rings.set(v.ring(), edit.apply(rings.get(v.ring())));
            if (part instanceof Point) {
                parts[p] = gf.createPoint(rings.get(0)[0]);
            } else if (part instanceof LineString) {
                parts[p] = gf.createLineString(rings.get(0));
            } else {
                LinearRing shell = gf.createLinearRing(rings.get(0));
                LinearRing[] holes = new LinearRing[rings.size() - 1];
                for (int h = 1; h < rings.size(); h++) {
                    holes[h - 1] = gf.createLinearRing(rings.get(h));
                }
                parts[p] = gf.createPolygon(shell, holes);
            }
        }
        if (g instanceof MultiPolygon) {
            return gf.createMultiPolygon(Arrays.stream(parts).map(Polygon.class::cast).toArray(Polygon[]::new));
        }
        if (g instanceof MultiLineString) {
            return gf.createMultiLineString(Arrays.stream(parts).map(LineString.class::cast).toArray(LineString[]::new));
        }
        if (g instanceof MultiPoint) {
            return gf.createMultiPoint(Arrays.stream(parts).map(Point.class::cast).toArray(Point[]::new));
        }
        if (parts.length == 1 && !(g instanceof GeometryCollection)) {
            return parts[0];
        }
        return gf.createGeometryCollection(parts);
    }

    private static boolean closed(Geometry part) {
        return part instanceof Polygon;
    }

    private static List<Coordinate[]> rings(Geometry part) {
        List<Coordinate[]> out = new ArrayList<>();
        if (part instanceof Polygon poly) {
            out.add(poly.getExteriorRing().getCoordinates());
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                out.add(poly.getInteriorRingN(h).getCoordinates());
            }
        } else {
            out.add(part.getCoordinates());
        }
        return out;
    }

    private static Coordinate[] copy(Coordinate[] cs) {
        Coordinate[] out = new Coordinate[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = cs[i].copy();
        }
        return out;
    }
}
