package nl.ruimteverkenner.io.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.i18n.Messages;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON file (a FeatureCollection, or one Feature) for import. The coordinate system is the one its
 * (pre-RFC 7946) {@code crs} member names; without one, WGS84 when the coordinates are degrees in the Netherlands
 * (as RFC 7946 prescribes), RD New when they are RD metres (with a warning). Text that is not UTF-8 is read as
 * windows-1252, with a warning.
 */
final class GeoJsonSource {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private GeoJsonSource() {
    }

    static SourceData read(Path file, ImportProgress progress, int limit) throws ImportException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size * 12 > Runtime.getRuntime().maxMemory()) {
                throw new ImportException("import.geojson.tooLarge", name, size / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("import.unreadable", name, String.valueOf(e.getMessage()));
        }
        List<String> warnings = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            warnings.add(Messages.get("import.warning.notUtf8", name));
        }
        if (text.isBlank()) {
            throw new ImportException("import.empty", name);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new ImportException("import.geojson.syntax", name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    reason(e));
        }
        List<JsonNode> items = new ArrayList<>();
        String type = root.path("type").asText("");
        if (type.equals("FeatureCollection") && root.path("features").isArray()) {
            root.path("features").forEach(items::add);
        } else if (type.equals("Feature")) {
            items.add(root);
        } else {
            throw new ImportException("import.geojson.notGeoJson", name);
        }
        // geometries first (the system may follow from their extent), attributes in order of first appearance
        List<Geometry> geometries = new ArrayList<>(items.size());
        Envelope extent = new Envelope();
        Set<String> attributes = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode f = items.get(i);
            JsonNode g = f.path("geometry");
            Geometry geom;
            try {
                geom = g.isObject() ? geometry(g) : null;
            } catch (IllegalArgumentException e) {
                throw new ImportException("import.geojson.badGeometry", name, i + 1, e.getMessage());
            }
            if (geom != null) {
                extent.expandToInclude(geom.getEnvelopeInternal());
            }
            geometries.add(geom);
            f.path("properties").fieldNames().forEachRemaining(attributes::add);
        }
        SourceCrs crs = crs(root, name, extent, geometries, warnings);
        Collector c = new Collector(file, crs, progress, items.size(), limit);
        warnings.forEach(c::warn);
        for (int i = 0; i < items.size() && !c.full(); i++) {
            c.add(geometries.get(i), attributes(items.get(i).path("properties")));
        }
        // a preview stops when full: the rest is checked (kinds, place) by the full read
        return c.finish(SourceFormat.GEOJSON, List.of(), null, List.copyOf(attributes), items.size());
    }

    private static SourceCrs crs(JsonNode root, String name, Envelope extent, List<Geometry> geometries, List<String> warnings)
            throws ImportException {
        JsonNode crs = root.path("crs");
        if (crs.isObject()) {
            String crsName = crs.path("properties").path("name").asText("");
            Optional<SourceCrs> named = SourceCrs.ofName(crsName);
            if (named.isEmpty()) {
                throw new ImportException("import.unknownCrs", name, crsName.isEmpty() ? crs.toString() : crsName);
            }
            return named.get();
        }
        if (geometries.stream().allMatch(g -> g == null)) {
            return SourceCrs.WGS84; // no geometry at all: reported as such by the collector
        }
        Optional<SourceCrs> guessed = SourceCrs.guess(extent);
        if (guessed.isEmpty()) {
            throw new ImportException("import.crsNotRecognised", name, Collector.describe(extent));
        }
        if (guessed.get() != SourceCrs.WGS84) {
            warnings.add(Messages.get("import.warning.crsGuessed", name, guessed.get().label()));
        }
        return guessed.get();
    }

    private static Map<String, Object> attributes(JsonNode props) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), value(e.getValue()));
        }
        return out;
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        return v.toString();
    }

    /** A GeoJSON geometry object as JTS (coordinates as in the file; a third value is dropped). */
    static Geometry geometry(JsonNode g) {
        String type = g.path("type").asText("");
        JsonNode c = g.path("coordinates");
        return switch (type) {
            case "Point" -> point(c);
            case "MultiPoint" -> GF.createMultiPoint(each(c, GeoJsonSource::point).toArray(Point[]::new));
            case "LineString" -> line(c);
            case "MultiLineString" -> GF.createMultiLineString(each(c, GeoJsonSource::line).toArray(LineString[]::new));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> GF.createMultiPolygon(each(c, GeoJsonSource::polygon).toArray(Polygon[]::new));
            case "GeometryCollection" -> {
                List<Geometry> parts = new ArrayList<>();
                g.path("geometries").forEach(p -> parts.add(geometry(p)));
                yield GF.buildGeometry(parts);
            }
            default -> throw new IllegalArgumentException(Messages.get("geo.unknownType", type));
        };
    }

    private interface Part<T> {
        T of(JsonNode n);
    }

    private static <T> List<T> each(JsonNode arr, Part<T> f) {
        if (!arr.isArray()) {
            throw new IllegalArgumentException(Messages.get("geo.notArray"));
        }
        List<T> out = new ArrayList<>();
        arr.forEach(n -> out.add(f.of(n)));
        return out;
    }

    private static Coordinate coordinate(JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IllegalArgumentException(Messages.get("geo.badPosition", p.toString()));
        }
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }

    private static Point point(JsonNode c) {
        return GF.createPoint(coordinate(c));
    }

    private static LineString line(JsonNode c) {
        List<Coordinate> cs = each(c, GeoJsonSource::coordinate);
        if (cs.size() < 2) {
            throw new IllegalArgumentException(Messages.get("geo.lineTooShort", cs.size()));
        }
        return GF.createLineString(cs.toArray(Coordinate[]::new));
    }

    private static Polygon polygon(JsonNode c) {
        List<LinearRing> rings = each(c, r -> {
            List<Coordinate> cs = new ArrayList<>(each(r, GeoJsonSource::coordinate));
            if (!cs.isEmpty() && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
                cs.add(new Coordinate(cs.get(0)));
            }
            if (cs.size() < 4) {
                throw new IllegalArgumentException(Messages.get("geo.ringTooShort", cs.size()));
            }
            return GF.createLinearRing(cs.toArray(Coordinate[]::new));
        });
        if (rings.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("geo.polygonNoRings"));
        }
        return GF.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
    }

    /** The parser's own words without its source and marker details ("Unexpected end-of-input: expected close marker for Array"). */
    static String reason(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf(" (start marker");
        if (cut < 0) {
            cut = m.indexOf(" at [Source");
        }
        return (cut > 0 ? m.substring(0, cut) : m).strip();
    }
}
