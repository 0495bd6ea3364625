package nl.ruimteverkenner.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as an RFC 7946 GeoJSON FeatureCollection: WGS84 longitude/latitude without a {@code crs}
 * member, coordinates rounded to 7 decimals (about a centimetre), polygon rings by the right-hand rule (outer
 * ring counter-clockwise, holes clockwise), every geometry as its multi type (one type per file of areas). Rings
 * that rounding collapses are left out, never written broken.
 * The collection's {@code name} (a foreign member GDAL and QGIS read as the layer name) names it.
 */
public final class GeoJsonWriter {
    private static final double SCALE = 1e7;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJsonWriter() {
    }

    /** The FeatureCollection of {@code features} named {@code name}, as UTF-8. */
    public static byte[] write(String name, List<ExportFeature> features) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", name);
            g.writeArrayFieldStart("features");
            for (ExportFeature f : features) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", f.id());
                g.writeFieldName("geometry");
                geometry(g, multi(f.lonLat()));
                g.writeFieldName("properties");
                MAPPER.writeValue(g, f.properties());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return bytes.toByteArray();
    }

    /**
     * A geometry as its multi type (Polygon as MultiPolygon, ...), so that a file of areas has one geometry type
     * and QGIS opens it as one layer instead of asking which type to load; a mixed collection stays as it is.
     */
    static Geometry multi(Geometry g) {
        GeometryFactory f = g.getFactory();
        if (g instanceof Polygon p) {
            return f.createMultiPolygon(new Polygon[] {p});
        }
        if (g instanceof LineString l) {
            return f.createMultiLineString(new LineString[] {l});
        }
        if (g instanceof Point p) {
            return f.createMultiPoint(new Point[] {p});
        }
        return g;
    }

    private static void geometry(JsonGenerator g, Geometry geom) throws IOException {
        if (geom == null || geom.isEmpty() && !(geom instanceof GeometryCollection) || collapsed(geom)) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        if (geom instanceof Point p) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            position(g, p.getCoordinate());
        } else if (geom instanceof LineString l) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            positions(g, rounded(l.getCoordinates(), false));
        } else if (geom instanceof Polygon p) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, p);
        } else if (geom instanceof MultiPoint mp) {
            g.writeStringField("type", "MultiPoint");
            g.writeArrayFieldStart("coordinates");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                position(g, mp.getGeometryN(i).getCoordinate());
            }
            g.writeEndArray();
        } else if (geom instanceof MultiLineString ml) {
            g.writeStringField("type", "MultiLineString");
            g.writeArrayFieldStart("coordinates");
            for (int i = 0; i < ml.getNumGeometries(); i++) {
                positions(g, rounded(ml.getGeometryN(i).getCoordinates(), false));
            }
            g.writeEndArray();
        } else if (geom instanceof MultiPolygon mp) {
            g.writeStringField("type", "MultiPolygon");
            g.writeArrayFieldStart("coordinates");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                Polygon p = (Polygon) mp.getGeometryN(i);
                if (!collapsed(p)) {
                    polygon(g, p);
                }
            }
            g.writeEndArray();
        } else {
            g.writeStringField("type", "GeometryCollection");
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                if (!geom.getGeometryN(i).isEmpty() && !collapsed(geom.getGeometryN(i))) {
                    geometry(g, geom.getGeometryN(i));
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Whether nothing of an areal geometry survives rounding. */
    private static boolean collapsed(Geometry geom) {
        if (geom instanceof Polygon p) {
            return ring(p.getExteriorRing().getCoordinates(), true) == null;
        }
        if (geom instanceof MultiPolygon mp) {
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                if (!collapsed(mp.getGeometryN(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The rings of a polygon: the outer counter-clockwise, holes clockwise; collapsed holes left out. */
    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        g.writeStartArray();
        Coordinate[] shell = ring(p.getExteriorRing().getCoordinates(), true);
        if (shell != null) {
            positions(g, shell);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                Coordinate[] hole = ring(p.getInteriorRingN(i).getCoordinates(), false);
                if (hole != null) {
                    positions(g, hole);
                }
            }
        }
        g.writeEndArray();
    }

    /** A ring rounded, without repeated points, oriented; null when rounding leaves no area. */
    static Coordinate[] ring(Coordinate[] coords, boolean counterClockwise) {
        Coordinate[] r = rounded(coords, true);
        if (r.length < 4 || Area.ofRingSigned(r) == 0) {
            return null;
        }
        return Orientation.isCCWArea(r) == counterClockwise ? r : reverse(r);
    }

    private static Coordinate[] reverse(Coordinate[] r) {
        Coordinate[] out = new Coordinate[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = r[r.length - 1 - i];
        }
        return out;
    }

    /** Coordinates rounded to 7 decimals, consecutive duplicates dropped (a ring stays closed). */
    private static Coordinate[] rounded(Coordinate[] coords, boolean ring) {
        List<Coordinate> out = new ArrayList<>(coords.length);
        for (Coordinate c : coords) {
            Coordinate r = new Coordinate(round(c.x), round(c.y));
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(r)) {
                out.add(r);
            }
        }
        if (ring && !out.isEmpty() && !out.get(0).equals2D(out.get(out.size() - 1))) {
            out.add(new Coordinate(out.get(0)));
        }
        return out.toArray(Coordinate[]::new);
    }

    private static double round(double v) {
        return Math.round(v * SCALE) / SCALE;
    }

    private static void positions(JsonGenerator g, Coordinate[] cs) throws IOException {
        g.writeStartArray();
        for (Coordinate c : cs) {
            position(g, c);
        }
        g.writeEndArray();
    }

    private static void position(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        g.writeNumber(round(c.x));
        g.writeNumber(round(c.y));
        g.writeEndArray();
    }
}
