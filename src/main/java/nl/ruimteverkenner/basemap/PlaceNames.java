package nl.ruimteverkenner.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ruimteverkenner.io.PlainGeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The bundled place and water names ({@code places.geojson}, built by {@code tools/build-basemap-data.py} from
 * GeoNames, CC-BY 4.0): every place in the Netherlands with at least about 1,000 inhabitants under its Dutch
 * name, neighbourhoods of the larger cities and the main waters. Loaded once, on first use (call it off the
 * FX thread); the list is ordered by {@link PlaceName#priority()}, highest first.
 */
public final class PlaceNames {
    static final String RESOURCE = "places.geojson";
    private static volatile List<PlaceName> cached;

    private PlaceNames() {
    }

    /** All names, most important first. */
    public static List<PlaceName> all() {
        List<PlaceName> c = cached;
        if (c == null) {
            synchronized (PlaceNames.class) {
                if (cached == null) {
                    cached = load();
                }
                c = cached;
            }
        }
        return c;
    }

    private static List<PlaceName> load() {
        try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled basemap file missing: " + RESOURCE);
            }
            PlainGeoJson.Result r = PlainGeoJson.read(in, RESOURCE);
            if (!r.problems().isEmpty()) {
                throw new IllegalStateException("bundled basemap file " + RESOURCE + " is faulty: " + r.problems().get(0).describe());
            }
            List<PlaceName> out = new ArrayList<>(r.features().size());
            for (PlainGeoJson.PlainFeature f : r.features()) {
                Coordinate c = ((Point) f.geometry()).getCoordinate();
                PlaceName.Kind kind = switch (f.property("kind", "city")) {
                    case "water" -> PlaceName.Kind.WATER;
                    case "district" -> PlaceName.Kind.DISTRICT;
                    default -> PlaceName.Kind.CITY;
                };
                out.add(new PlaceName(f.property("name", "?"), kind, Integer.parseInt(f.property("population", "0")),
                        Integer.parseInt(f.property("rank", "0")), f.property("province", ""), c.x, c.y));
            }
            out.sort(Comparator.comparingDouble(PlaceName::priority).reversed());
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled basemap file " + RESOURCE, e);
        }
    }
}
