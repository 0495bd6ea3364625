package nl.ruimteverkenner.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntFields;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature on its way out of the app: an id, its properties (a plain tree of maps, lists, strings, numbers,
 * booleans and nulls, in a stable order) and its geometry both in lon/lat (GeoJSON) and in RD New (GeoPackage).
 */
public record ExportFeature(String id, Map<String, Object> properties, Geometry lonLat, Geometry rd) {
    public ExportFeature {
        Objects.requireNonNull(id, "id");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        Objects.requireNonNull(lonLat, "lonLat");
        Objects.requireNonNull(rd, "rd");
    }

    /** A schuurpunt with the fields of {@code analyse --json}; its overlap as geometry. */
    public static ExportFeature of(Schuurpunt p) {
        return new ExportFeature(p.key(), SchuurpuntFields.of(p), p.overlap(), p.overlapRd());
    }

    /** A scenario feature with id, layer, label, thema, horizon, until, category, basis, description and sources. */
    public static ExportFeature of(Feature f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("layer", f.layerId());
        m.put("label", f.label());
        m.put("theme", f.theme().id());
        m.put("horizon", f.horizon().year());
        m.put("until", f.until().map(h -> (Object) h.year()).orElse(null));
        m.put("category", f.category().id());
        m.put("basis", f.basis().id());
        m.put("description", f.description());
        m.put("source", sources(f.sources()));
        return new ExportFeature(f.id(), m, f.geometry(), RdNew.toRd(f.geometry()));
    }

    /** Citations as one line of text: "document p. 12 (section); ...". */
    static String sources(List<Citation> sources) {
        return sources.stream()
                .map(c -> c.document() + " p. " + c.page() + (c.section().isEmpty() ? "" : " (" + c.section() + ")"))
                .collect(Collectors.joining("; "));
    }
}
