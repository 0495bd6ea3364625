package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a plain GeoJSON FeatureCollection (reference data such as the basemap) into geometries with
 * their scalar properties as text. Features whose geometry cannot be read are reported in the result.
 */
public final class PlainGeoJson {
    private PlainGeoJson() {
    }

    /** A geometry with its properties (scalar values as text). */
    public record PlainFeature(Geometry geometry, Map<String, String> properties) {
        public PlainFeature {
            properties = Map.copyOf(properties);
        }

        public String property(String key, String fallback) {
            return properties.getOrDefault(key, fallback);
        }
    }

    /** The features read and the problems met. */
    public record Result(List<PlainFeature> features, List<Problem> problems) {
        public Result {
            features = List.copyOf(features);
            problems = List.copyOf(problems);
        }
    }

    /** Reads {@code in} (closed by the caller); {@code name} is used in problem messages. */
    public static Result read(InputStream in, String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Problem> problems = new ArrayList<>();
        ProblemCollector pc = new ProblemCollector(name, problems);
        List<PlainFeature> out = new ArrayList<>();
        JsonCursor c = new JsonCursor(root, "", pc);
        c.array("features", true).ifPresent(items -> {
            for (JsonCursor f : items) {
                if (!f.has("geometry")) {
                    pc.error(f.childPath("geometry"), "json.missing", "geometry");
                    continue;
                }
                Optional<Geometry> g = GeoJsonGeometryReader.read(
                        new JsonCursor(f.node().get("geometry"), f.childPath("geometry"), pc));
                Map<String, String> props = new LinkedHashMap<>();
                f.node().path("properties").fields().forEachRemaining(e -> {
                    if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                        props.put(e.getKey(), e.getValue().asText());
                    }
                });
                g.ifPresent(geometry -> out.add(new PlainFeature(geometry, props)));
            }
        });
        return new Result(out, problems);
    }
}
