package nl.ruimteverkenner.ui.lens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.PlaceNames;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The search finds the basemap's villages, under their Dutch names, with a box to zoom to (no toolkit). */
class LensPlaceSearchTest {
    private static LensViewModel model() {
        LensViewModel m = new LensViewModel(new AnalysisSession(s -> new SchuurpuntEngine(s, List.of())), Runnable::run, Runnable::run);
        m.setPlaceNames(PlaceNames.all());
        return m;
    }

    @Test
    void aVillageIsFoundWithItsProvinceAndABoxAroundIt() {
        List<LensViewModel.Place> found = model().search("ooij", 5);
        LensViewModel.Place ooij = found.get(0);
        assertEquals("Ooij", ooij.name());
        assertEquals("Ooij (plaats in Gelderland)", ooij.display());
        assertTrue(ooij.lonLat().covers(new GeometryFactory().createPoint(new Coordinate(5.93, 51.85))), "the box holds the village");
        assertTrue(ooij.lonLat().getEnvelopeInternal().getWidth() < 0.15, "a village is shown close up");
        assertFalse(ooij.hasArea(), "a place is a point to zoom to, not an area for the lens");
    }

    @Test
    void theZoomAPlaceIsShownAtLabelsIt() {
        LensViewModel m = model();
        for (nl.ruimteverkenner.basemap.PlaceName n : PlaceNames.all()) {
            if (n.kind() == nl.ruimteverkenner.basemap.PlaceName.Kind.WATER) {
                continue;
            }
            LensViewModel.Place p = m.search(n.name(), 400).stream()
                    .filter(x -> x.lonLat().getCentroid().distance(new GeometryFactory().createPoint(new Coordinate(n.lon(), n.lat()))) < 1e-6)
                    .findFirst().orElseThrow();
            // the zoom MapPane.fit picks for the box with 10 % padding, on a map of at least 600 px
            double degrees = p.lonLat().getEnvelopeInternal().getWidth() * 1.2;
            int zoom = (int) Math.min(14, Math.floor(Math.log(600 / (256 * degrees / 360)) / Math.log(2)));
            assertTrue(n.minZoom() <= zoom, n.name() + " chosen from the search is shown at zoom " + zoom + " but labelled from " + n.minZoom());
        }
    }

    @Test
    void exactNamesComeFirstAndTheEnglishNameIsNotThere() {
        List<LensViewModel.Place> beek = model().search("Beek", 12);
        assertEquals(List.of("Beek", "Beek", "Beek"), beek.subList(0, 3).stream().map(LensViewModel.Place::name).toList());
        assertTrue(beek.stream().anyMatch(p -> p.name().equals("Beekbergen")));
        assertEquals("Den Haag", model().search("den haag", 3).get(0).name());
        assertTrue(model().search("The Hague", 3).isEmpty());
        assertTrue(model().search("Amsterdam", 1).get(0).lonLat().getEnvelopeInternal().getWidth()
                > model().search("Ooij", 1).get(0).lonLat().getEnvelopeInternal().getWidth(), "a city is shown with more around it");
    }
}
