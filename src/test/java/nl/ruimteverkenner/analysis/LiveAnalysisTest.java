package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.edit.GeometryEdits;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** Schuurpunten of one shape being drawn or reshaped agree with a full analysis of the edited scenario. */
class LiveAnalysisTest {
    private static Scenario scenario;
    private static SchuurpuntEngine engine;

    @BeforeAll
    static void load() {
        scenario = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();
        engine = new SchuurpuntEngine(scenario, Provinces.all());
    }

    private static Map<String, Double> byKey(List<Schuurpunt> list) {
        return list.stream().collect(Collectors.toMap(s -> s.rule().id() + "/" + s.key(),
                s -> Math.round((s.areaHa() + s.lengthKm()) * 1000) / 1000.0, (x, y) -> x, TreeMap::new));
    }

    @Test
    void forEveryFeatureTheCandidateAnalysisEqualsItsShareOfTheFullAnalysis() {
        for (Horizon h : List.of(Horizon.H2030, Horizon.H2050)) {
            List<Schuurpunt> all = engine.analyse(h);
            int involved = 0;
            for (Feature f : scenario.features().toList()) {
                Map<String, Double> expected = byKey(all.stream()
                        .filter(s -> s.a().id().equals(f.id()) || s.b().id().equals(f.id())).toList());
                Map<String, Double> live = byKey(engine.analyseCandidate(f, h));
                assertEquals(expected, live, f.id() + " at " + h);
                involved += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(involved > 20, "the comparison covers many features: " + involved);
        }
    }

    @Test
    void aHousingSketchInTheFloodplainCollidesAndAwayFromItDoesNot() {
        Point in = scenario.feature("wb-uiterwaarden-waal").orElseThrow().geometry().getInteriorPoint();
        Feature sketch = Feature.builder("schets-1", "schets-beweging-3", in.buffer(0.01)).label("Proef").theme(Theme.BEWEGING_3)
                .horizon(Horizon.H2030).category(KeuzeCategorie.TE_MAKEN)
                .sources(List.of(new Citation(ScenarioEdits.WORKSHOP_SOURCE, 1, ""))).schematic(true).tags(Set.of("woningbouw"))
                .build();
        assertTrue(engine.analyseCandidate(sketch, Horizon.H2050).stream()
                .anyMatch(s -> s.rule().id().equals("wonen-in-uiterwaarden") && s.a() == sketch));
        // the same shape moved into the North Sea, far from any housing rule's other side
        Geometry away = GeometryEdits.translate(sketch.geometry(), 3.5 - in.getX(), 53.3 - in.getY());
        assertFalse(engine.analyseCandidate(sketch.withGeometry(away, sketch.sources()), Horizon.H2050).stream()
                .anyMatch(s -> s.rule().id().equals("wonen-in-uiterwaarden")));
    }

    @Test
    void perRuleTotalsCountGroundCoveredByTwoClaimsOnce() {
        Point in = scenario.feature("wb-uiterwaarden-waal").orElseThrow().geometry().getInteriorPoint();
        boolean someRuleTwice = false;
        // a sketch growing around the Waal until one rule is hit by two different claims (two places)
        for (double radius = 0.02; radius <= 0.32 && !someRuleTwice; radius *= 2) {
            Feature sketch = Feature.builder("schets-1", "schets-beweging-3", in.buffer(radius)).label("Proef")
                    .theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.TE_MAKEN)
                    .sources(List.of(new Citation(ScenarioEdits.WORKSHOP_SOURCE, 1, ""))).schematic(true)
                    .tags(Set.of("woningbouw")).build();
            List<Schuurpunt> found = engine.analyseCandidate(sketch, Horizon.H2050);
            double sketchHa = RdNew.toRd(sketch.geometry()).getArea() / 10_000;
            for (RuleTotals.RuleTotal t : RuleTotals.byRule(found)) {
                List<Schuurpunt> mine = found.stream().filter(s -> s.rule().equals(t.rule())).toList();
                double sum = mine.stream().mapToDouble(Schuurpunt::areaHa).sum();
                assertEquals(mine.size(), t.count());
                assertTrue(t.areaHa() <= sum + 1e-6 && t.areaHa() <= sketchHa + 1e-6, t + " vs " + sum + " / " + sketchHa);
                assertTrue(t.areaHa() >= mine.stream().mapToDouble(Schuurpunt::areaHa).max().orElse(0) - 1e-6);
                someRuleTwice |= mine.size() > 1;
            }
        }
        assertTrue(someRuleTwice, "the case the union is for: one rule hit by two claims");
    }

    @Test
    void aReshapedFeatureIsAnalysedInItsNewShapeAndTheEditedScenarioAgrees() {
        Feature river = scenario.feature("wb-uiterwaarden-waal").orElseThrow();
        Geometry shifted = GeometryEdits.translate(river.geometry(), 0.5, 0.0);
        Feature moved = river.withGeometry(shifted, river.sources());
        Map<String, Double> live = byKey(engine.analyseCandidate(moved, Horizon.H2050));
        Scenario edited = ScenarioEdits.withGeometry(scenario, river.id(), shifted);
        Map<String, Double> full = byKey(new SchuurpuntEngine(edited, Provinces.all()).analyse(Horizon.H2050).stream()
                .filter(s -> s.a().id().equals(river.id()) || s.b().id().equals(river.id())).toList());
        assertEquals(full, live);
        assertFalse(live.equals(byKey(engine.analyseCandidate(river, Horizon.H2050))), "moving it changes what it touches");
    }
}
