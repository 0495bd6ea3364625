package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.geo.RdNew;
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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The indexed, lazily buffering, parallel {@link SchuurpuntEngine#analyse} against the plain every-a-against-every-b
 * {@link SchuurpuntEngine#analyseNaive} on a generated scenario with buffers and shared places.
 */
class SchuurpuntEngineEquivalenceTest {
    private static final Citation SRC = new Citation("NR", 1, "");
    private static final String[] LAYERS = {"wonen", "uiterwaard", "natuur", "industrie", "laagvlieg"};
    private static final Theme[] THEMES = {Theme.BEWEGING_3, Theme.WATER_EN_BODEM, Theme.BEWEGING_1, Theme.BEWEGING_2,
        Theme.DEFENSIE};

    @Test
    void indexedAnalysisFindsExactlyTheNaivePairsAndAreas() {
        Scenario s = generated(400, 7);
        SchuurpuntEngine engine = new SchuurpuntEngine(s, Provinces.all());
        for (Horizon h : List.of(Horizon.H2030, Horizon.H2050)) {
            List<Schuurpunt> naive = engine.analyseNaive(h);
            List<Schuurpunt> fast = new SchuurpuntEngine(s, Provinces.all()).analyse(h);
            assertTrue(naive.size() > 100, "the scenario must make many schuurpunten, got " + naive.size());
            assertTrue(naive.stream().anyMatch(p -> p.rule().bufferMeters() > 0 && p.areaHa() > 0));
            // the short cut for an a wholly inside b's zone (no overlay) must be among the compared pairs
            assertTrue(naive.stream().anyMatch(p -> p.rule().bufferMeters() > 0
                    && Math.abs(p.areaHa() - engine.rd(p.a()).getArea() / 10_000) < 1e-9), "no a lies wholly in a zone");
            assertEquals(describe(naive), describe(fast));
            for (int i = 0; i < naive.size(); i++) {
                assertEquals(naive.get(i).areaHa(), fast.get(i).areaHa(), 0.005, naive.get(i).key());
                assertEquals(naive.get(i).places(), fast.get(i).places(), naive.get(i).key());
            }
        }
    }

    @Test
    void withoutOverlapsTheSameSchuurpuntenKeepOnlyTheirCentre() {
        Scenario s = generated(150, 11);
        List<Schuurpunt> full = new SchuurpuntEngine(s, Provinces.all()).analyse(Horizon.H2030);
        List<Schuurpunt> lean = new SchuurpuntEngine(s, Provinces.all()).analyseWithoutOverlaps(Horizon.H2030, Optional.empty());
        assertTrue(full.size() > 20, "the scenario must make schuurpunten, got " + full.size());
        assertEquals(describe(full), describe(lean));
        for (int i = 0; i < full.size(); i++) {
            Schuurpunt f = full.get(i);
            Schuurpunt l = lean.get(i);
            assertEquals(f.overlap().getInteriorPoint().getCoordinate(), l.center().getCoordinate(), f.key());
            assertEquals(f.center().getCoordinate(), l.center().getCoordinate(), f.key());
            assertEquals(SchuurpuntFields.of(f), SchuurpuntFields.of(l), f.key());
            assertTrue(f.hasOverlap());
            assertFalse(l.hasOverlap());
            assertThrows(IllegalStateException.class, l::overlapRd);
        }
    }

    @Test
    void progressIsReportedPerRule() {
        Scenario s = generated(50, 3);
        List<String> told = new ArrayList<>();
        new SchuurpuntEngine(s, Provinces.all()).analyse(Horizon.H2030, Optional.empty(), (done, total) -> told.add(done + "/" + total));
        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), told);
    }

    /** Rule, a and b of each schuurpunt, in result order, with its area to 0.01 ha. */
    private static List<String> describe(List<Schuurpunt> found) {
        return found.stream().map(p -> p.rule().id() + " " + p.a().id() + " " + p.b().id() + " "
                + String.format(java.util.Locale.ROOT, "%.2f", p.areaHa())).toList();
    }

    /**
     * {@code n} noisy star-shaped polygons (20–200 vertices, 200–1,200 m radius) in a 30 by 30 km square in
     * Gelderland, in five layers, some ending in 2030; every 25th feature shares the place of the one before
     * (sameAs, in the next layer, also carrying the previous layer's tag, so both match the same rule side).
     */
    static Scenario generated(int n, long seed) {
        Random rnd = new Random(seed);
        GeometryFactory gf = new GeometryFactory();
        List<List<Feature>> perLayer = new ArrayList<>();
        for (int l = 0; l < LAYERS.length; l++) {
            perLayer.add(new ArrayList<>());
        }
        Polygon previous = null;
        for (int i = 0; i < n; i++) {
            int l = i % LAYERS.length;
            Polygon g;
            String sameAs = null;
            if (i % 25 == 24) {
                g = previous;
                sameAs = "g" + (i - 1);
            } else {
                double cx = 170_000 + rnd.nextDouble() * 30_000;
                double cy = 430_000 + rnd.nextDouble() * 30_000;
                double r = 200 + rnd.nextDouble() * 1000;
                int k = 20 + rnd.nextInt(181);
                Coordinate[] ring = new Coordinate[k + 1];
                for (int j = 0; j < k; j++) {
                    double a = 2 * Math.PI * j / k;
                    double rr = r * (0.75 + 0.5 * rnd.nextDouble());
                    double[] ll = RdNew.toWgs84(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
                    ring[j] = new Coordinate(ll[0], ll[1]);
                }
                ring[k] = ring[0];
                g = gf.createPolygon(ring);
            }
            previous = g;
            perLayer.get(l).add(Feature.builder("g" + i, LAYERS[l], g).theme(THEMES[l]).horizon(Horizon.H2030)
                    .until(i % 7 == 0 ? Horizon.H2030 : null).category(KeuzeCategorie.GEMAAKT).description("d")
                    .sources(List.of(SRC)).schematic(true).sameAs(sameAs)
                    .tags(sameAs == null ? Set.of(LAYERS[l]) : Set.of(LAYERS[l], LAYERS[(l + 4) % LAYERS.length])).build());
        }
        LayerStyle st = new LayerStyle("#777777", 0.5, 1, LayerStyle.PointSymbol.CIRCLE);
        List<Layer> layers = new ArrayList<>();
        List<LayerGroup> groups = new ArrayList<>();
        for (int l = 0; l < LAYERS.length; l++) {
            layers.add(new Layer(LAYERS[l], THEMES[l], LAYERS[l], "", true, st, perLayer.get(l)));
            groups.add(new LayerGroup(THEMES[l], THEMES[l].id(), ""));
        }
        List<Rule> rules = List.of(rule("r1", Relation.CONFLICT, "wonen", "uiterwaard", 0),
                rule("r2", Relation.CONFLICT, "wonen", "industrie", 1500),
                rule("r3", Relation.VOORWAARDELIJK, "natuur", "laagvlieg", 0),
                rule("r4", Relation.KOPPELKANS, "uiterwaard", "natuur", 0),
                rule("r5", Relation.CONFLICT, "industrie", "natuur", 500));
        return Scenario.builder("gen", "generated").groups(groups).layers(layers).rules(rules).build();
    }

    private static Rule rule(String id, Relation rel, String a, String b, double buffer) {
        return new Rule(id, rel, id, new Selector(Set.of(), Set.of(a), Set.of(), Set.of(), Set.of()),
                new Selector(Set.of(), Set.of(b), Set.of(), Set.of(), Set.of()), buffer, Optional.of('b'), "uitleg", "", SRC);
    }
}
