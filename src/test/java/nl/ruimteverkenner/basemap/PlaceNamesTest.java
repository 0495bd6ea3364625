package nl.ruimteverkenner.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ruimteverkenner.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The bundled names, their placement as labels, and the neighbouring countries. */
class PlaceNamesTest {
    /** Text boxes as a plain sans-serif of the name's size would need (about 0.55 em per letter). */
    private static final LabelPlacement.Measure MEASURE = n -> new double[] {n.name().length() * n.fontSize() * 0.55, n.fontSize() * 1.3};

    private static Set<String> cities() {
        return PlaceNames.all().stream().filter(n -> n.kind() == PlaceName.Kind.CITY).map(PlaceName::name).collect(Collectors.toSet());
    }

    @Test
    void everyPlaceOfAThousandInhabitantsIsThereUnderItsDutchName() {
        List<PlaceName> places = PlaceNames.all().stream().filter(n -> n.kind() == PlaceName.Kind.CITY).toList();
        assertTrue(places.size() > 1000, "GeoNames has some 1,150 places in NL with >= 1,000 inhabitants: " + places.size());
        assertTrue(places.stream().allMatch(p -> p.population() >= 1000 && !p.province().isEmpty()));
        Set<String> names = cities();
        assertTrue(names.containsAll(Set.of("Den Haag", "Almere", "Amsterdam", "Ooij", "Beek", "Noordwijk", "'s-Hertogenbosch")), "Dutch names");
        assertFalse(names.contains("The Hague") || names.contains("Almere Stad") || names.contains("Zaanstad"), "no English or gemeente names");
        assertTrue(places.stream().allMatch(p -> p.lon() > 3.2 && p.lon() < 7.3 && p.lat() > 50.7 && p.lat() < 53.6), "in the Netherlands");
        assertEquals("Amsterdam", PlaceNames.all().stream().filter(n -> n.kind() == PlaceName.Kind.CITY).findFirst().orElseThrow().name(),
                "the largest place first");
    }

    @Test
    void atNationalZoomOnlyTheLargestPlacesAreLabelledAndAtCityZoomTheVillages() {
        Set<String> national = LabelPlacement.place(PlaceNames.all(), 7, MEASURE).stream().map(p -> p.name().name()).collect(Collectors.toSet());
        assertTrue(national.containsAll(Set.of("Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Groningen", "Eindhoven")), national::toString);
        assertTrue(PlaceNames.all().stream().filter(n -> national.contains(n.name()) && n.kind() == PlaceName.Kind.CITY)
                .allMatch(n -> n.population() >= 100_000), national::toString);
        Set<String> city = LabelPlacement.place(PlaceNames.all(), 13, MEASURE).stream().map(p -> p.name().name()).collect(Collectors.toSet());
        assertTrue(city.containsAll(Set.of("Ooij", "Beek", "Groesbeek")), "villages at zoom 13");
        assertTrue(city.size() > 5 * national.size());
    }

    @Test
    void labelsNeverOverlap() {
        for (int zoom = 6; zoom <= 13; zoom++) {
            double world = WebMercator.worldPixels(zoom);
            List<LabelPlacement.Placed> placed = LabelPlacement.place(PlaceNames.all(), zoom, MEASURE);
            for (int a = 0; a < placed.size(); a++) {
                for (int b = a + 1; b < placed.size(); b++) {
                    double[] p = box(placed.get(a), world);
                    double[] q = box(placed.get(b), world);
                    boolean overlap = p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3];
                    assertFalse(overlap, placed.get(a).name().name() + " and " + placed.get(b).name().name() + " at zoom " + zoom);
                }
            }
        }
    }

    private static double[] box(LabelPlacement.Placed p, double world) {
        double x = p.name().x() * world + p.dx();
        double y = p.name().y() * world + p.dy();
        return new double[] {x, y, x + p.width(), y + p.height()};
    }

    @Test
    void theNeighbouringCountriesHaveRealCoastsAndBorders() {
        BasemapData data = BasemapData.loadBundled();
        Geometry abroad = data.abroad();
        assertTrue(abroad.getNumPoints() > 1000, "a real outline, not a block: " + abroad.getNumPoints());
        double area = 0;
        for (int i = 0; i < abroad.getNumGeometries(); i++) {
            area += abroad.getGeometryN(i).getArea();
        }
        double fill = area / abroad.getEnvelope().getArea();
        assertTrue(fill < 0.8, "land with a coast, not a rectangle: " + fill);
        assertTrue(covers(abroad, 4.40, 50.85), "Brussel");
        assertTrue(covers(abroad, 7.10, 51.45), "Essen");
        assertFalse(covers(abroad, 3.0, 52.5), "the North Sea");
        assertFalse(covers(abroad, 8.2, 54.0), "the German Bight");
        assertTrue(data.nationalBorders().getLength() > 0 && data.rivers().stream().anyMatch(r -> r.level() == 1));
    }

    /** Whether one of the countries' polygons covers a lon/lat (they are drawn one by one, not as one shape). */
    private static boolean covers(Geometry polygons, double lon, double lat) {
        Geometry p = new GeometryFactory().createPoint(new Coordinate(WebMercator.x(lon), WebMercator.y(lat)));
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            if (polygons.getGeometryN(i).covers(p)) {
                return true;
            }
        }
        return false;
    }
}
