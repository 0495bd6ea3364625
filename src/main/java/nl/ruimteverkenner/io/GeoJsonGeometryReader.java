package nl.ruimteverkenner.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.ruimteverkenner.geo.CompactCoordinates;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ScenarioKeys.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads RFC 7946 GeoJSON geometries into JTS (x = longitude, y = latitude). Coordinates outside the
 * world, rings that are too short and other structural faults are reported as errors with their JSON
 * path; unclosed rings are closed and invalid polygons repaired ({@link GeometryRepair}: the better of
 * {@link GeometryFixer} and buffer(0)), each with a warning. Never throws on bad input.
 */
public final class GeoJsonGeometryReader {
    /**
     * The factory for all scenario geometries: floating precision, SRID 4326, vertices packed in arrays of doubles
     * ({@link CompactCoordinates}); the RD New copies, buffers and overlaps the analysis derives from them are too.
     */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326, CompactCoordinates.FACTORY);

    private GeoJsonGeometryReader() {
    }

    static Optional<Geometry> read(JsonCursor c) {
        return read(c, false);
    }

    /** Reads a geometry; with {@code projected} the coordinates are metres (e.g. RD New) and not range-checked. */
    static Optional<Geometry> read(JsonCursor c, boolean projected) {
        if (!c.node().isObject()) {
            c.problems().error(c.path(), "geo.notObject");
            return Optional.empty();
        }
        return read(GeoCoords.GeoObject.fromNode(c.node()), c.path(), c.problems(), projected);
    }

    /** Reads a streamed geometry object found at JSON path {@code path}. */
    static Optional<Geometry> read(GeoCoords.GeoObject g, String path, ProblemCollector problems, boolean projected) {
        return new Ctx(problems, projected).geometry(g, path);
    }

    /** One geometry being read: where problems go and whether coordinates are projected metres. */
    private record Ctx(ProblemCollector problems, boolean projected) {
        Optional<Geometry> geometry(GeoCoords.GeoObject o, String path) {
            JsonCursor c = new JsonCursor(o.fields, path, problems);
            Optional<String> type = c.string(GeoJson.TYPE, true);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            String cp = c.childPath(GeoJson.COORDINATES);
            Geometry g;
            try {
                g = switch (type.get()) {
                    case "Point" -> FACTORY.createPoint(position(coords(o, cp), cp));
                    case "MultiPoint" -> multi(coords(o, cp), cp, 1);
                    case "LineString" -> line(coords(o, cp), cp);
                    case "MultiLineString" -> multi(coords(o, cp), cp, 2);
                    case "Polygon" -> polygon(coords(o, cp), cp);
                    case "MultiPolygon" -> multi(coords(o, cp), cp, 3);
                    case "GeometryCollection" -> collection(o, c);
                    default -> {
                        problems.error(c.childPath(GeoJson.TYPE), "geo.unknownType", type.get());
                        yield null;
                    }
                };
            } catch (BadGeometry e) {
                return Optional.empty();
            }
            if (g == null) {
                return Optional.empty();
            }
            return repair(problems, path, g);
        }

        private GeoCoords coords(GeoCoords.GeoObject o, String path) {
            if (o.coordinates == null) {
                problems.error(path, "json.missing", GeoJson.COORDINATES);
                throw new BadGeometry();
            }
            return o.coordinates;
        }

        private Coordinate position(GeoCoords p, String path) {
            if (!(p instanceof GeoCoords.Pos pos)) {
                problems.error(path, "geo.badPosition", GeoCoords.describe(p));
                throw new BadGeometry();
            }
            check(pos.x(), pos.y(), path);
            return new Coordinate(pos.x(), pos.y());
        }

        private void check(double lon, double lat, String path) {
            if (!projected && (lon < -180 || lon > 180 || lat < -90 || lat > 90 || Double.isNaN(lon) || Double.isNaN(lat))) {
                problems.error(path, "geo.outsideWorld", fmt(lon), fmt(lat));
                throw new BadGeometry();
            }
        }

        private Coordinate[] positions(GeoCoords arr, String path) {
            if (!GeoCoords.isArray(arr)) {
                problems.error(path, "geo.notArray");
                throw new BadGeometry();
            }
            if (arr instanceof GeoCoords.PosList l) {
                double[] xy = l.xy();
                Coordinate[] out = new Coordinate[l.size()];
                for (int i = 0; i < out.length; i++) {
                    if (!projected) {
                        double x = xy[2 * i];
                        double y = xy[2 * i + 1];
                        if (x < -180 || x > 180 || y < -90 || y > 90 || Double.isNaN(x) || Double.isNaN(y)) {
                            check(x, y, path + "[" + i + "]");
                        }
                    }
                    out[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
                }
                return out;
            }
            int n = GeoCoords.size(arr);
            Coordinate[] out = new Coordinate[n];
            for (int i = 0; i < n; i++) {
                out[i] = position(GeoCoords.get(arr, i), path + "[" + i + "]");
            }
            return out;
        }

        private LineString line(GeoCoords arr, String path) {
            Coordinate[] pts = positions(arr, path);
            if (pts.length < 2) {
                problems.error(path, "geo.lineTooShort", pts.length);
                throw new BadGeometry();
            }
            return FACTORY.createLineString(pts);
        }

        private LinearRing ring(GeoCoords arr, String path) {
            Coordinate[] pts = positions(arr, path);
            if (pts.length > 0 && !pts[0].equals2D(pts[pts.length - 1])) {
                problems.warning(path, "geo.ringClosed");
                Coordinate[] closed = new Coordinate[pts.length + 1];
                System.arraycopy(pts, 0, closed, 0, pts.length);
                closed[pts.length] = new Coordinate(pts[0]);
                pts = closed;
            }
            if (pts.length < 4) {
                problems.error(path, "geo.ringTooShort", pts.length);
                throw new BadGeometry();
            }
            return FACTORY.createLinearRing(pts);
        }

        private Polygon polygon(GeoCoords arr, String path) {
            if (!GeoCoords.isArray(arr) || GeoCoords.size(arr) == 0) {
                problems.error(path, "geo.polygonNoRings");
                throw new BadGeometry();
            }
            int n = GeoCoords.size(arr);
            LinearRing shell = ring(GeoCoords.get(arr, 0), path + "[0]");
            LinearRing[] holes = new LinearRing[n - 1];
            for (int i = 1; i < n; i++) {
                holes[i - 1] = ring(GeoCoords.get(arr, i), path + "[" + i + "]");
            }
            return FACTORY.createPolygon(shell, holes);
        }

        private Geometry multi(GeoCoords arr, String path, int depth) {
            if (!GeoCoords.isArray(arr)) {
                problems.error(path, "geo.notArray");
                throw new BadGeometry();
            }
            int n = GeoCoords.size(arr);
            List<Geometry> parts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String p = path + "[" + i + "]";
                GeoCoords item = GeoCoords.get(arr, i);
                parts.add(switch (depth) {
                    case 1 -> FACTORY.createPoint(position(item, p));
                    case 2 -> line(item, p);
                    default -> polygon(item, p);
                });
            }
            if (parts.isEmpty()) {
                problems.error(path, "geo.empty");
                throw new BadGeometry();
            }
            return switch (depth) {
                case 1 -> FACTORY.createMultiPoint(parts.toArray(new Point[0]));
                case 2 -> FACTORY.createMultiLineString(parts.toArray(new LineString[0]));
                default -> FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
            };
        }

        private Geometry collection(GeoCoords.GeoObject o, JsonCursor c) {
            List<Geometry> parts = new ArrayList<>();
            if (o.geometries == null) {
                c.array(GeoJson.GEOMETRIES, true);
            } else {
                for (int i = 0; i < o.geometries.size(); i++) {
                    String p = c.childPath(GeoJson.GEOMETRIES) + "[" + i + "]";
                    if (o.geometries.get(i) instanceof GeoCoords.GeoObject member) {
                        geometry(member, p).ifPresent(parts::add);
                    } else {
                        problems.error(p, "geo.notObject");
                    }
                }
            }
            if (parts.isEmpty()) {
                problems.error(c.path(), "geo.empty");
                throw new BadGeometry();
            }
            return FACTORY.buildGeometry(parts);
        }
    }

    /** Repairs an invalid geometry with a warning at {@code path}, or reports it as an error when that fails. */
    static Optional<Geometry> repair(ProblemCollector problems, String path, Geometry g) {
        IsValidOp op = new IsValidOp(g);
        if (op.isValid()) {
            return Optional.of(g);
        }
        TopologyValidationError err = op.getValidationError();
        Geometry fixed = GeometryRepair.repair(g);
        Coordinate at = err.getCoordinate();
        String where = at == null ? "?" : fmt(at.x) + ", " + fmt(at.y);
        if (fixed.isEmpty()) {
            problems.error(path, "geo.unrepairable", describeError(err), where);
            return Optional.empty();
        }
        problems.warning(path, "geo.repaired", describeError(err), where);
        return Optional.of(fixed);
    }

    private static String describeError(TopologyValidationError err) {
        String key = "geo.invalid." + err.getErrorType();
        return Messages.has(key)
                ? Messages.get(key)
                : Messages.get("geo.invalid.other");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    /** Signals that a problem has been reported and the geometry must be skipped. */
    private static final class BadGeometry extends RuntimeException {
        BadGeometry() {
            super(null, null, false, false);
        }
    }
}
