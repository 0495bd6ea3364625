package nl.ruimteverkenner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;

/**
 * The one field list of a schuurpunt as it leaves the app: {@code analyse --json} prints it, and the GeoJSON,
 * GeoPackage and CSV exports carry the same fields. A plain tree of maps, lists, strings, numbers and booleans.
 */
public final class SchuurpuntFields {
    /** Every field name in order; {@code givesWay}, {@code sturend} and {@code choice} are left out when they do not apply. */
    public static final List<String> KEYS = List.of("rule", "relation", "title", "layers", "features", "labels", "areaHa",
            "lengthKm", "provinces", "horizon", "schematic", "basis", "featureBasis", "givesWay", "explanation", "sturend",
            "choice", "center", "source");

    private SchuurpuntFields() {
    }

    /** The fields of {@code p}, in a stable order. */
    public static Map<String, Object> of(Schuurpunt p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", p.rule().id());
        m.put("relation", p.rule().relation().id());
        m.put("title", p.rule().title());
        m.put("layers", List.of(p.a().layerId(), p.b().layerId()));
        m.put("features", List.of(p.a().id(), p.b().id()));
        m.put("labels", List.of(p.a().label(), p.b().label()));
        m.put("areaHa", Math.round(p.areaHa() * 100) / 100.0);
        m.put("lengthKm", Math.round(p.lengthKm() * 100) / 100.0);
        m.put("provinces", p.places());
        m.put("horizon", p.horizon().year());
        m.put("schematic", p.a().schematic() || p.b().schematic());
        m.put("basis", p.basis().id());
        Map<String, Object> featureBasis = new LinkedHashMap<>();
        featureBasis.put(p.a().id(), p.a().basis().id());
        featureBasis.put(p.b().id(), p.b().basis().id());
        m.put("featureBasis", featureBasis);
        SchuurpuntText.givesWay(p).ifPresent(f -> m.put("givesWay", f.id()));
        m.put("explanation", p.rule().explanation());
        if (!SchuurpuntText.sturendSentence(p).isEmpty()) {
            m.put("sturend", SchuurpuntText.sturendSentence(p));
        }
        if (!p.rule().choice().isEmpty()) {
            m.put("choice", p.rule().choice());
        }
        Point c = p.center();
        List<Double> center = new ArrayList<>();
        if (!c.isEmpty()) {
            center.add(Math.round(c.getX() * 1e5) / 1e5);
            center.add(Math.round(c.getY() * 1e5) / 1e5);
        }
        m.put("center", center);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("document", p.rule().source().document());
        source.put("page", p.rule().source().page());
        source.put("section", p.rule().source().section());
        m.put("source", source);
        return m;
    }
}
