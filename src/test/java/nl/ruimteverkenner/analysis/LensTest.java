package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Lens numbers on known geometry: a 10 km × 10 km gemeente and features of known size. */
class LensTest {
    private static final Citation SRC = new Citation("NR", 1, "");

    private static Geometry rd(double x0, double y0, double x1, double y1) throws Exception {
        return new WKTReader().read(String.format(Locale.ROOT, "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0));
    }

    private static Feature f(String id, Theme t, Horizon h, Geometry rd, String tag) {
        return Feature.builder(id, id, RdNew.toWgs84(rd)).theme(t).horizon(h).category(KeuzeCategorie.GEMAAKT).description("d")
                .sources(List.of(SRC)).schematic(true).tags(Set.of(tag)).build();
    }

    @Test
    void sharesKeuzesAndSchuurpuntenOfOneGemeente() throws Exception {
        Geometry gemeente = rd(140_000, 440_000, 150_000, 450_000); // 10,000 ha
        Feature wonen = f("wonen", Theme.BEWEGING_3, Horizon.H2050, rd(148_000, 448_000, 152_000, 452_000), "wonen"); // 400 ha inside
        Feature rivier = f("rivier", Theme.WATER_EN_BODEM, Horizon.H2030, rd(130_000, 445_000, 160_000, 446_000), "uiterwaard"); // 1000 ha inside
        Feature elders = f("elders", Theme.BEWEGING_1, Horizon.H2030, rd(170_000, 440_000, 171_000, 441_000), "natuur");
        LayerStyle st = new LayerStyle("#000000", 0.5, 1, LayerStyle.PointSymbol.CIRCLE);
        Keuze k = new Keuze("k1", Theme.BEWEGING_3, KeuzeCategorie.TE_MAKEN, Horizon.H2050, "Bouwen", "s", SRC, List.of("wonen"), Set.of());
        Rule r = new Rule("r", Relation.CONFLICT, "r", new Selector(Set.of(), Set.of("wonen"), Set.of(), Set.of(), Set.of()),
                new Selector(Set.of(), Set.of("uiterwaard"), Set.of(), Set.of(), Set.of()), 0, Optional.of('b'), "x", "", SRC);
        Scenario s = Scenario.builder("t", "T")
                .groups(List.of(new LayerGroup(Theme.BEWEGING_3, "B3", ""), new LayerGroup(Theme.WATER_EN_BODEM, "W", ""),
                        new LayerGroup(Theme.BEWEGING_1, "B1", "")))
                .layers(List.of(new Layer("wonen", Theme.BEWEGING_3, "w", "", true, st, List.of(wonen)),
                        new Layer("rivier", Theme.WATER_EN_BODEM, "r", "", true, st, List.of(rivier)),
                        new Layer("elders", Theme.BEWEGING_1, "e", "", true, st, List.of(elders))))
                .keuzes(List.of(k)).rules(List.of(r)).build();
        SchuurpuntEngine engine = new SchuurpuntEngine(s, Provinces.all());
        Area area = new Area("GM9999", "Proef", gemeente);

        Lens.View at2030 = Lens.of(engine, area, Horizon.H2030);
        assertEquals(10_000, at2030.areaHa(), 0.5);
        assertEquals(1, at2030.featureCount(), "only the river is in force and inside in 2030");
        assertEquals(10.0, at2030.hits().get(Theme.WATER_EN_BODEM).get(0).sharePercent(), 0.01);
        assertEquals(0, at2030.schuurpunten().size());

        Lens.View at2050 = Lens.of(engine, area, Horizon.H2050);
        assertEquals(2, at2050.featureCount());
        assertEquals(4.0, at2050.hits().get(Theme.BEWEGING_3).get(0).sharePercent(), 0.01, "400 of 10,000 ha");
        assertEquals(List.of(k), at2050.keuzes().get(Theme.BEWEGING_3));
        // the housing (148-152 × 448-452 km) does not reach the river strip (y 445-446 km): no schuurpunt
        assertEquals(0, at2050.schuurpunten().size());
        assertTrue(at2050.hits().get(Theme.BEWEGING_1) == null, "features outside are not listed");
    }
}
