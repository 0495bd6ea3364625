package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /** The factory for all scenario geometries: floating precision, SRID 4326. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonGeometryReader() {
    }

    static Optional<Geometry> read(JsonCursor c) {
        return read(c, false);
    }

    /** Reads a geometry; with {@code projected} the coordinates are metres (e.g. RD New) and not range-checked. */
    static Optional<Geometry> read(JsonCursor c, boolean projected) {
        PROJECTED.set(projected);
        try {
            return readChecked(c);
        } finally {
            PROJECTED.remove();
        }
    }

    private static final ThreadLocal<Boolean> PROJECTED = ThreadLocal.withInitial(() -> false);

    private static Optional<Geometry> readChecked(JsonCursor c) {
        JsonNode n = c.node();
        if (!n.isObject()) {
            c.problems().error(c.path(), "geo.notObject");
            return Optional.empty();
        }
        Optional<String> type = c.string(GeoJson.TYPE, true);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Geometry g;
        try {
            g = switch (type.get()) {
                case "Point" -> point(c, coords(c));
                case "MultiPoint" -> multi(c, coords(c), 1);
                case "LineString" -> line(c, coords(c), c.childPath(GeoJson.COORDINATES));
                case "MultiLineString" -> multi(c, coords(c), 2);
                case "Polygon" -> polygon(c, coords(c), c.childPath(GeoJson.COORDINATES));
                case "MultiPolygon" -> multi(c, coords(c), 3);
                case "GeometryCollection" -> collection(c);
                default -> {
                    c.problems().error(c.childPath(GeoJson.TYPE), "geo.unknownType", type.get());
                    yield null;
                }
            };
        } catch (BadGeometry e) {
            return Optional.empty();
        }
        if (g == null) {
            return Optional.empty();
        }
        return repair(c, g);
    }

    private static JsonNode coords(JsonCursor c) {
        if (!c.has(GeoJson.COORDINATES)) {
            c.problems().error(c.childPath(GeoJson.COORDINATES), "json.missing", GeoJson.COORDINATES);
            throw new BadGeometry();
        }
        return c.node().get(GeoJson.COORDINATES);
    }

    private static Coordinate position(JsonCursor c, JsonNode p, String path) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            c.problems().error(path, "geo.badPosition", JsonCursor.describe(p));
            throw new BadGeometry();
        }
        double lon = p.get(0).doubleValue();
        double lat = p.get(1).doubleValue();
        if (!PROJECTED.get() && (lon < -180 || lon > 180 || lat < -90 || lat > 90 || Double.isNaN(lon) || Double.isNaN(lat))) {
            c.problems().error(path, "geo.outsideWorld", fmt(lon), fmt(lat));
            throw new BadGeometry();
        }
        return new Coordinate(lon, lat);
    }

    private static Coordinate[] positions(JsonCursor c, JsonNode arr, String path) {
        if (!arr.isArray()) {
            c.problems().error(path, "geo.notArray");
            throw new BadGeometry();
        }
        Coordinate[] out = new Coordinate[arr.size()];
        for (int i = 0; i < arr.size(); i++) {
            out[i] = position(c, arr.get(i), path + "[" + i + "]");
        }
        return out;
    }

    private static Point point(JsonCursor c, JsonNode p) {
        return FACTORY.createPoint(position(c, p, c.childPath(GeoJson.COORDINATES)));
    }

    private static LineString line(JsonCursor c, JsonNode arr, String path) {
        Coordinate[] pts = positions(c, arr, path);
        if (pts.length < 2) {
            c.problems().error(path, "geo.lineTooShort", pts.length);
            throw new BadGeometry();
        }
        return FACTORY.createLineString(pts);
    }

    private static LinearRing ring(JsonCursor c, JsonNode arr, String path) {
        Coordinate[] pts = positions(c, arr, path);
        if (pts.length > 0 && !pts[0].equals2D(pts[pts.length - 1])) {
            c.problems().warning(path, "geo.ringClosed");
            Coordinate[] closed = new Coordinate[pts.length + 1];
            System.arraycopy(pts, 0, closed, 0, pts.length);
            closed[pts.length] = new Coordinate(pts[0]);
            pts = closed;
        }
        if (pts.length < 4) {
            c.problems().error(path, "geo.ringTooShort", pts.length);
            throw new BadGeometry();
        }
        return FACTORY.createLinearRing(pts);
    }

    private static Polygon polygon(JsonCursor c, JsonNode arr, String path) {
        if (!arr.isArray() || arr.isEmpty()) {
            c.problems().error(path, "geo.polygonNoRings");
            throw new BadGeometry();
        }
        LinearRing shell = ring(c, arr.get(0), path + "[0]");
        LinearRing[] holes = new LinearRing[arr.size() - 1];
        for (int i = 1; i < arr.size(); i++) {
            holes[i - 1] = ring(c, arr.get(i), path + "[" + i + "]");
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static Geometry multi(JsonCursor c, JsonNode arr, int depth) {
        String path = c.childPath(GeoJson.COORDINATES);
        if (!arr.isArray()) {
            c.problems().error(path, "geo.notArray");
            throw new BadGeometry();
        }
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = path + "[" + i + "]";
            parts.add(switch (depth) {
                case 1 -> FACTORY.createPoint(position(c, arr.get(i), p));
                case 2 -> line(c, arr.get(i), p);
                default -> polygon(c, arr.get(i), p);
            });
        }
        if (parts.isEmpty()) {
            c.problems().error(path, "geo.empty");
            throw new BadGeometry();
        }
        return switch (depth) {
            case 1 -> FACTORY.createMultiPoint(parts.toArray(new Point[0]));
            case 2 -> FACTORY.createMultiLineString(parts.toArray(new LineString[0]));
            default -> FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
        };
    }

    private static Geometry collection(JsonCursor c) {
        List<Geometry> parts = new ArrayList<>();
        c.array(GeoJson.GEOMETRIES, true).ifPresent(items -> items.forEach(i -> readChecked(i).ifPresent(parts::add)));
        if (parts.isEmpty()) {
            c.problems().error(c.path(), "geo.empty");
            throw new BadGeometry();
        }
        return FACTORY.buildGeometry(parts);
    }

    private static Optional<Geometry> repair(JsonCursor c, Geometry g) {
        return repair(c.problems(), c.path(), g);
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
