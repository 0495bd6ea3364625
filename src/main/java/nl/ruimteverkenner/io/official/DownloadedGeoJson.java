package nl.ruimteverkenner.io.official;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.imports.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads a GeoJSON FeatureCollection into {@link SourceFeature}s in RD New: coordinates in WGS84/CRS84 (the
 * default) or in RD New when the {@code crs} member names EPSG:28992, from a stream: it checks a download from
 * an OGC API Features or WFS service before it is stored. Files on disk (stored downloads included) are read by
 * the importer's {@link SourceReader}. Features without a usable geometry are skipped and counted; invalid
 * polygons are repaired.
 */
public final class DownloadedGeoJson {
    /** The RD New extent in which Dutch data must lie (the country and its sea with a wide margin). */
    private static final Envelope RD_BOX = new Envelope(-100_000, 400_000, 200_000, 900_000);
    /** The lon/lat extent in which Dutch data must lie. */
    private static final Envelope LONLAT_BOX = new Envelope(-1, 11, 48, 58);
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DownloadedGeoJson() {
    }

    /**
     * What was read: the features and how many were skipped (no or unreadable geometry).
     *
     * @param features the features, geometry in RD New
     * @param skipped  features left out
     */
    public record Result(List<SourceFeature> features, int skipped) {
        public Result {
            features = List.copyOf(features);
        }

        /** The attribute names of the features, in the order first met. */
        public List<String> attributeNames() {
            List<String> names = new ArrayList<>();
            for (SourceFeature f : features) {
                for (String k : f.attributes().keySet()) {
                    if (!names.contains(k)) {
                        names.add(k);
                    }
                }
            }
            return names;
        }
    }

    /** Reads a file; throws with a Dutch message when it is not a usable GeoJSON FeatureCollection. */
    public static Result read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a stream (closed by the caller); {@code name} is used in messages. */
    public static Result read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IOException(Messages.get("official.read.notJson", name), e);
        }
        if (root == null || !root.isObject() || !root.path("features").isArray()) {
            throw new IOException(Messages.get("official.read.notCollection", name));
        }
        boolean rd = declaresRd(root.path("crs"));
        List<SourceFeature> out = new ArrayList<>();
        Envelope extent = new Envelope();
        int skipped = 0;
        for (JsonNode f : root.path("features")) {
            Geometry g = null;
            try {
                g = geometry(f.path("geometry"));
            } catch (IllegalArgumentException e) {
                // an unreadable geometry: the feature is skipped and counted
            }
            if (g == null || g.isEmpty()) {
                skipped++;
                continue;
            }
            extent.expandToInclude(g.getEnvelopeInternal());
            out.add(new SourceFeature(g, attributes(f)));
        }
        if (!out.isEmpty() && !(rd ? RD_BOX : LONLAT_BOX).contains(extent)) {
            throw new IOException(Messages.get("official.read.wrongPlace", name, rd ? "RD New (EPSG:28992)" : "WGS84"));
        }
        List<SourceFeature> projected = new ArrayList<>(out.size());
        for (SourceFeature f : out) {
            Geometry g = rd ? f.geometry() : RdNew.toRd(f.geometry());
            g = RD.createGeometry(g.isValid() ? g : GeometryFixer.fix(g));
            projected.add(new SourceFeature(g, f.attributes()));
        }
        return new Result(projected, skipped);
    }

    /** Whether a GeoJSON {@code crs} member names RD New (any of the usual spellings of EPSG 28992). */
    static boolean declaresRd(JsonNode crs) {
        String name = crs.path("properties").path("name").asText("");
        return name.matches("(?i).*EPSG(::?|/0/)28992");
    }

    private static Map<String, Object> attributes(JsonNode f) {
        Map<String, Object> a = new LinkedHashMap<>();
        JsonNode id = f.path("id");
        if (id.isValueNode() && !f.path("properties").has("id")) {
            a.put("id", id.isNumber() ? id.numberValue() : id.asText());
        }
        f.path("properties").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            Object value;
            if (v.isNull()) {
                value = null;
            } else if (v.isNumber()) {
                value = v.numberValue();
            } else if (v.isBoolean()) {
                value = v.booleanValue();
            } else if (v.isTextual()) {
                value = v.textValue();
            } else {
                value = v.toString();
            }
            a.put(e.getKey(), value);
        });
        return Collections.unmodifiableMap(a);
    }

    private static Geometry geometry(JsonNode g) {
        if (!g.isObject()) {
            return null;
        }
        JsonNode c = g.path("coordinates");
        return switch (g.path("type").asText()) {
            case "Point" -> RD.createPoint(coordinate(c));
            case "MultiPoint" -> RD.createMultiPointFromCoords(coordinates(c));
            case "LineString" -> RD.createLineString(coordinates(c));
            case "MultiLineString" -> {
                List<org.locationtech.jts.geom.LineString> lines = new ArrayList<>();
                c.forEach(l -> lines.add(RD.createLineString(coordinates(l))));
                yield RD.createMultiLineString(lines.toArray(org.locationtech.jts.geom.LineString[]::new));
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                List<Polygon> polys = new ArrayList<>();
                c.forEach(p -> polys.add(polygon(p)));
                yield RD.createMultiPolygon(polys.toArray(Polygon[]::new));
            }
            case "GeometryCollection" -> {
                List<Geometry> parts = new ArrayList<>();
                g.path("geometries").forEach(x -> {
                    Geometry part = geometry(x);
                    if (part != null) {
                        parts.add(part);
                    }
                });
                yield RD.buildGeometry(parts);
            }
            default -> null;
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("polygon without rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return RD.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] cs = coordinates(positions);
        if (cs.length > 0 && !cs[0].equals2D(cs[cs.length - 1])) {
            Coordinate[] closed = new Coordinate[cs.length + 1];
            System.arraycopy(cs, 0, closed, 0, cs.length);
            closed[cs.length] = new Coordinate(cs[0]);
            cs = closed;
        }
        return RD.createLinearRing(cs);
    }

    private static Coordinate[] coordinates(JsonNode positions) {
        if (!positions.isArray()) {
            throw new IllegalArgumentException("not an array of positions");
        }
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = coordinate(positions.get(i));
        }
        return cs;
    }

    private static Coordinate coordinate(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException("not a position");
        }
        double x = p.get(0).asDouble();
        double y = p.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("not a finite position");
        }
        return new Coordinate(x, y);
    }
}
