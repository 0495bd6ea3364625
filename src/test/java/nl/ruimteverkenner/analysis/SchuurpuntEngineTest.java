package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
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

/** The schuurpunten engine on small hand-made geometry. Boxes are given in RD New metres. */
class SchuurpuntEngineTest {
    private static final Citation SRC = new Citation("NR", 93, "");

    /** A WKT polygon in RD metres, converted to lon/lat as scenario features are stored. */
    private static Geometry rdBox(double x0, double y0, double x1, double y1) throws Exception {
        String wkt = String.format(Locale.ROOT, "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))",
                x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
        return RdNew.toWgs84(new WKTReader().read(wkt));
    }

    private static Geometry rdWkt(String wkt) throws Exception {
        return RdNew.toWgs84(new WKTReader().read(wkt));
    }

    private static Feature f(String id, String layer, Theme theme, Horizon h, Horizon until, Geometry g, String... tags) {
        return Feature.builder(id, layer, g).theme(theme).horizon(h).until(until).category(KeuzeCategorie.GEMAAKT).description("d")
                .sources(List.of(SRC)).schematic(true).tags(Set.of(tags)).build();
    }

    private static Rule rule(String id, Relation rel, String aTag, String bTag, double buffer) {
        return new Rule(id, rel, id, new Selector(Set.of(), Set.of(aTag), Set.of(), Set.of(), Set.of()),
                new Selector(Set.of(), Set.of(bTag), Set.of(), Set.of(), Set.of()), buffer, Optional.of('b'), "uitleg", "", SRC);
    }

    private static Scenario scenario(List<Feature> features, Rule... rules) {
        LayerStyle st = new LayerStyle("#000000", 0.5, 1, LayerStyle.PointSymbol.CIRCLE);
        List<Layer> layers = new ArrayList<>();
        for (String l : features.stream().map(Feature::layerId).distinct().toList()) {
            Feature first = features.stream().filter(x -> x.layerId().equals(l)).findFirst().orElseThrow();
            layers.add(new Layer(l, first.theme(), l, "", true, st, features.stream().filter(x -> x.layerId().equals(l)).toList()));
        }
        return Scenario.builder("t", "T")
                .groups(List.of(new LayerGroup(Theme.BEWEGING_3, "B3", ""), new LayerGroup(Theme.WATER_EN_BODEM, "W", "")))
                .layers(layers).rules(List.of(rules)).build();
    }

    @Test
    void overlapOfHousingAndFloodplainIsReportedInHectares() throws Exception {
        Feature wonen = f("wonen", "w", Theme.BEWEGING_3, Horizon.H2030, null, rdBox(180_000, 430_000, 182_000, 432_000), "wonen");
        Feature uiterwaard = f("uiterwaard", "u", Theme.WATER_EN_BODEM, Horizon.H2030, null, rdBox(181_000, 431_000, 184_000, 434_000), "uiterwaard");
        SchuurpuntEngine engine = new SchuurpuntEngine(scenario(List.of(wonen, uiterwaard),
                rule("wonen-uiterwaard", Relation.CONFLICT, "wonen", "uiterwaard", 0)), Provinces.all());
        List<Schuurpunt> found = engine.analyse(Horizon.H2030);
        assertEquals(1, found.size());
        Schuurpunt s = found.get(0);
        assertEquals("wonen", s.a().id());
        assertEquals("uiterwaard", s.b().id());
        assertEquals(100.0, s.areaHa(), 0.05, "a 1 km × 1 km overlap is 100 ha");
        assertEquals(List.of("Gelderland"), s.places());
        assertEquals("POLYGON", s.overlap().getGeometryType().toUpperCase(Locale.ROOT));
    }

    @Test
    void bufferMakesANearbyClaimCount() throws Exception {
        Feature wonen = f("wonen", "w", Theme.BEWEGING_3, Horizon.H2030, null, rdBox(90_000, 435_000, 91_000, 436_000), "wonen");
        Feature industrie = f("industrie", "i", Theme.BEWEGING_2, Horizon.H2030, null, rdBox(91_500, 435_000, 92_500, 436_000), "industrie");
        Scenario noBuffer = scenario(List.of(wonen, industrie), rule("milieu", Relation.CONFLICT, "wonen", "industrie", 0));
        assertEquals(List.of(), new SchuurpuntEngine(noBuffer, Provinces.all()).analyse(Horizon.H2030));
        Scenario withBuffer = scenario(List.of(wonen, industrie), rule("milieu", Relation.CONFLICT, "wonen", "industrie", 1000));
        List<Schuurpunt> found = new SchuurpuntEngine(withBuffer, Provinces.all()).analyse(Horizon.H2030);
        assertEquals(1, found.size());
        // the milieu zone reaches 1000 m west of the cluster: 500 m into the 1 km wide housing area
        assertEquals(50.0, found.get(0).areaHa(), 0.5);
        assertEquals(List.of("Zuid-Holland"), found.get(0).places());
    }

    @Test
    void claimsThatOnlyTouchAreNoSchuurpunt() throws Exception {
        Feature a = f("a", "w", Theme.BEWEGING_3, Horizon.H2030, null, rdBox(150_000, 450_000, 151_000, 451_000), "wonen");
        Feature b = f("b", "u", Theme.WATER_EN_BODEM, Horizon.H2030, null, rdBox(151_000, 450_000, 152_000, 451_000), "uiterwaard");
        // exact shared edge in RD; after the round trip through lon/lat the edge may be off by nanometres
        Scenario s = scenario(List.of(a, b), rule("r", Relation.CONFLICT, "wonen", "uiterwaard", 0));
        assertTrue(new SchuurpuntEngine(s, Provinces.all()).analyse(Horizon.H2030).stream().allMatch(p -> p.areaHa() < 1e-3));
    }

    @Test
    void lineThroughAZoneIsReportedWithItsLength() throws Exception {
        Feature line = f("lijn", "l", Theme.BEWEGING_2, Horizon.H2030, null, rdWkt("LINESTRING (200000 500000, 210000 500000)"), "hoogspanning");
        Feature zone = f("laagvlieg", "d", Theme.DEFENSIE, Horizon.H2030, null, rdBox(202_000, 495_000, 206_000, 505_000), "laagvlieg");
        Scenario s = scenario(List.of(line, zone), rule("r", Relation.CONFLICT, "hoogspanning", "laagvlieg", 0));
        List<Schuurpunt> found = new SchuurpuntEngine(s, Provinces.all()).analyse(Horizon.H2030);
        assertEquals(1, found.size());
        assertEquals(0.0, found.get(0).areaHa());
        assertEquals(4.0, found.get(0).lengthKm(), 0.01);
    }

    @Test
    void horizonDecidesWhichClaimsMeet() throws Exception {
        Feature now = f("nu", "u", Theme.WATER_EN_BODEM, Horizon.H2030, null, rdBox(180_000, 430_000, 184_000, 434_000), "uiterwaard");
        Feature later = f("later", "w", Theme.BEWEGING_3, Horizon.H2050, Horizon.H2050, rdBox(181_000, 431_000, 182_000, 432_000), "wonen");
        SchuurpuntEngine engine = new SchuurpuntEngine(scenario(List.of(now, later),
                rule("r", Relation.CONFLICT, "wonen", "uiterwaard", 0)), Provinces.all());
        assertEquals(0, engine.analyse(Horizon.H2030).size());
        assertEquals(1, engine.analyse(Horizon.H2050).size());
        assertEquals(0, engine.analyse(Horizon.H2100).size());
        HorizonComparison c = HorizonComparison.of(Horizon.H2030, engine.analyse(Horizon.H2030), Horizon.H2050, engine.analyse(Horizon.H2050));
        assertEquals(1, c.appearing().size());
        HorizonComparison d = HorizonComparison.of(Horizon.H2050, engine.analyse(Horizon.H2050), Horizon.H2100, engine.analyse(Horizon.H2100));
        assertEquals(1, d.disappearing().size());
        assertEquals(0, d.persisting().size());
    }

    @Test
    void invalidInputGeometryIsRepairedNotFatal() throws Exception {
        // a bow-tie: invalid as given; the engine must not throw
        Feature bow = f("bow", "w", Theme.BEWEGING_3, Horizon.H2030, null,
                rdWkt("POLYGON ((180000 430000, 182000 432000, 182000 430000, 180000 432000, 180000 430000))"), "wonen");
        Feature u = f("u", "u", Theme.WATER_EN_BODEM, Horizon.H2030, null, rdBox(179_000, 429_000, 183_000, 433_000), "uiterwaard");
        List<Schuurpunt> found = new SchuurpuntEngine(scenario(List.of(bow, u),
                rule("r", Relation.CONFLICT, "wonen", "uiterwaard", 0)), Provinces.all()).analyse(Horizon.H2030);
        assertEquals(1, found.size());
        assertTrue(found.get(0).areaHa() > 0);
    }

    @Test
    void noRulesOrNoOverlapGivesAnEmptyResult() throws Exception {
        Feature a = f("a", "w", Theme.BEWEGING_3, Horizon.H2030, null, rdBox(150_000, 450_000, 151_000, 451_000), "wonen");
        Feature b = f("b", "u", Theme.WATER_EN_BODEM, Horizon.H2030, null, rdBox(160_000, 450_000, 161_000, 451_000), "uiterwaard");
        assertEquals(List.of(), new SchuurpuntEngine(scenario(List.of(a, b)), Provinces.all()).analyse(Horizon.H2030));
        assertEquals(List.of(), new SchuurpuntEngine(scenario(List.of(a, b),
                rule("r", Relation.CONFLICT, "wonen", "uiterwaard", 0)), Provinces.all()).analyse(Horizon.H2030));
    }

    @Test
    void regionClipsTheOverlap() throws Exception {
        Feature a = f("a", "w", Theme.BEWEGING_3, Horizon.H2030, null, rdBox(180_000, 430_000, 184_000, 434_000), "wonen");
        Feature b = f("b", "u", Theme.WATER_EN_BODEM, Horizon.H2030, null, rdBox(180_000, 430_000, 184_000, 434_000), "uiterwaard");
        SchuurpuntEngine engine = new SchuurpuntEngine(scenario(List.of(a, b), rule("r", Relation.CONFLICT, "wonen", "uiterwaard", 0)), Provinces.all());
        Geometry region = new WKTReader().read("POLYGON ((180000 430000, 181000 430000, 181000 431000, 180000 431000, 180000 430000))");
        assertEquals(100.0, engine.analyse(Horizon.H2030, Optional.of(region)).get(0).areaHa(), 0.05);
        assertEquals(1600.0, engine.analyse(Horizon.H2030).get(0).areaHa(), 0.5);
    }

    @Test
    void indexedAndNaiveAnalysisAgree() throws Exception {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fs.add(f("w" + i, "w", Theme.BEWEGING_3, Horizon.H2030, null, rdBox(150_000 + i * 700, 450_000, 151_000 + i * 700, 451_000), "wonen"));
            fs.add(f("u" + i, "u", Theme.WATER_EN_BODEM, Horizon.H2030, null, rdBox(150_500 + i * 900, 450_500, 151_000 + i * 900, 452_000), "uiterwaard"));
        }
        SchuurpuntEngine engine = new SchuurpuntEngine(scenario(fs, rule("r", Relation.CONFLICT, "wonen", "uiterwaard", 200)), Provinces.all());
        List<String> indexed = engine.analyse(Horizon.H2030).stream().map(Schuurpunt::key).sorted().toList();
        List<String> naive = engine.analyseNaive(Horizon.H2030).stream().map(Schuurpunt::key).sorted().toList();
        assertTrue(indexed.size() > 10);
        assertEquals(naive, indexed);
    }

    @Test
    void featureThatCannotBeProjectedIsReportedNotDropped() throws Exception {
        Geometry world = new WKTReader().read("POLYGON ((-180 -90, 180 -90, 180 90, -180 90, -180 -90))");
        Feature w = f("wereld", "water", Theme.WATER_EN_BODEM, Horizon.H2030, null, world, "water");
        Feature h = f("wijk", "wonen", Theme.BEWEGING_3, Horizon.H2030, null, rdBox(150_000, 450_000, 151_000, 451_000), "wonen");
        SchuurpuntEngine engine = new SchuurpuntEngine(scenario(List.of(w, h), rule("r", Relation.CONFLICT, "water", "wonen", 0)),
                Provinces.all());
        assertEquals(List.of("wereld"), engine.unusable().stream().map(SchuurpuntEngine.Unusable::featureId).toList());
        assertTrue(engine.unusable().get(0).reason().contains("RD New"), engine.unusable().get(0).reason());
        assertTrue(engine.analyse(Horizon.H2030).isEmpty());
        assertEquals(1, engine.derive(engine.scenario()).unusable().size(), "a derived engine keeps the list");
    }

    @Test
    void twoLayersHoldingTheSamePolygonDoNotDoubleARulesHectares() throws Exception {
        Geometry floodplain = rdBox(181_000, 431_000, 184_000, 434_000);
        Feature wonen = f("wonen", "w", Theme.BEWEGING_3, Horizon.H2030, null, rdBox(180_000, 430_000, 182_000, 432_000), "wonen");
        Feature uiterwaard = f("uiterwaard", "u", Theme.WATER_EN_BODEM, Horizon.H2030, null, floodplain, "uiterwaard");
        // the same place in a second layer, in another role, declared as the same place
        Feature reservering = Feature.builder("reservering", "r", floodplain).theme(Theme.WATER_EN_BODEM).horizon(Horizon.H2030)
                .category(KeuzeCategorie.GEMAAKT).description("d").sources(List.of(SRC)).schematic(true)
                .tags(Set.of("uiterwaard")).sameAs("uiterwaard").build();
        Rule rule = rule("wonen-uiterwaard", Relation.CONFLICT, "wonen", "uiterwaard", 0);
        List<Schuurpunt> once = new SchuurpuntEngine(scenario(List.of(wonen, uiterwaard, reservering), rule), Provinces.all())
                .analyse(Horizon.H2030);
        assertEquals(1, once.size(), "one overlap per rule and place");
        assertEquals(100.0, once.stream().mapToDouble(Schuurpunt::areaHa).sum(), 0.05);
        // without the declaration the same ground is counted twice: what the alias is for
        Feature undeclared = reservering.toBuilder().sameAs(null).build();
        List<Schuurpunt> twice = new SchuurpuntEngine(scenario(List.of(wonen, uiterwaard, undeclared), rule), Provinces.all())
                .analyse(Horizon.H2030);
        assertEquals(200.0, twice.stream().mapToDouble(Schuurpunt::areaHa).sum(), 0.05);
        // and a feature never collides with its own place in another role
        Rule inside = rule("uiterwaard-zelf", Relation.CONFLICT, "uiterwaard", "uiterwaard", 0);
        assertTrue(new SchuurpuntEngine(scenario(List.of(uiterwaard, reservering), inside), Provinces.all())
                .analyse(Horizon.H2030).isEmpty());
    }

    @Test
    void aSchuurpuntRestsOnTheWeakerBasisOfItsClaims() throws Exception {
        Feature wonen = Feature.builder("wonen", "w", rdBox(180_000, 430_000, 182_000, 432_000)).theme(Theme.BEWEGING_3)
                .horizon(Horizon.H2030).category(KeuzeCategorie.GEMAAKT).description("d").sources(List.of(SRC))
                .basis(Basis.OFFICIEEL).tags(Set.of("wonen")).build();
        Feature aangenomen = Feature.builder("aangenomen", "u", rdBox(181_000, 431_000, 184_000, 434_000))
                .theme(Theme.WATER_EN_BODEM).horizon(Horizon.H2030).category(KeuzeCategorie.GEMAAKT).description("d")
                .sources(List.of(SRC)).basis(Basis.AANNAME).tags(Set.of("uiterwaard")).build();
        Schuurpunt s = new SchuurpuntEngine(scenario(List.of(wonen, aangenomen),
                rule("r", Relation.CONFLICT, "wonen", "uiterwaard", 0)), Provinces.all()).analyse(Horizon.H2030).get(0);
        assertEquals(Basis.AANNAME, s.basis());
        assertFalse(wonen.schematic(), "official data is not schematic");
        assertTrue(aangenomen.schematic(), "an assumption is at best a sketch");
    }
}
