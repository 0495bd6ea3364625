package nl.ruimteverkenner.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.PlainGeoJson;

/**
 * The twelve provinces (Natural Earth, bundled with the basemap) as {@link Area}s in RD New, the places a
 * {@link nl.ruimteverkenner.analysis.SchuurpuntEngine} names: {@code new SchuurpuntEngine(scenario, Provinces.all())}.
 */
public final class Provinces {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("NL-DR", "Drenthe"), Map.entry("NL-FL", "Flevoland"), Map.entry("NL-FR", "Fryslân"),
            Map.entry("NL-GE", "Gelderland"), Map.entry("NL-GR", "Groningen"), Map.entry("NL-LI", "Limburg"),
            Map.entry("NL-NB", "Noord-Brabant"), Map.entry("NL-NH", "Noord-Holland"), Map.entry("NL-OV", "Overijssel"),
            Map.entry("NL-UT", "Utrecht"), Map.entry("NL-ZE", "Zeeland"), Map.entry("NL-ZH", "Zuid-Holland"));
    private static volatile List<Area> cached;

    private Provinces() {
    }

    /** The provinces, loaded once. */
    public static List<Area> all() {
        List<Area> c = cached;
        if (c == null) {
            synchronized (Provinces.class) {
                if (cached == null) {
                    cached = load();
                }
                c = cached;
            }
        }
        return c;
    }

    private static List<Area> load() {
        String resource = "/nl/ruimteverkenner/basemap/provinces.geojson";
        try (InputStream in = Provinces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Area> out = new ArrayList<>();
            for (PlainGeoJson.PlainFeature f : PlainGeoJson.read(in, "provinces.geojson").features()) {
                String code = f.property("iso3166_2", "?");
                out.add(new Area(code, NAMES.getOrDefault(code, code), RdNew.toRd(f.geometry())));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
