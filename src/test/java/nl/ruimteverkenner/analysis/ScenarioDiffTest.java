package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.ScenarioDiff.Aspect;
import nl.ruimteverkenner.analysis.ScenarioDiff.FeatureChange;
import nl.ruimteverkenner.analysis.ScenarioDiff.Kind;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.io.ScenarioReader;
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

class ScenarioDiffTest {
    private final Scenario demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();

    @Test
    void horizonsDifferByTheFeaturesThatComeAndGo() {
        ScenarioDiff d = ScenarioDiff.of(demo, Horizon.H2030, demo, Horizon.H2050, Provinces.all());
        assertEquals(demo.features().filter(f -> !f.isInForceAt(Horizon.H2030) && f.isInForceAt(Horizon.H2050)).count(), d.added().size());
        assertEquals(demo.features().filter(f -> f.isInForceAt(Horizon.H2030) && !f.isInForceAt(Horizon.H2050)).count(), d.removed().size());
        assertTrue(d.changed().isEmpty());
        assertTrue(d.gained().stream().anyMatch(s -> s.rule().id().equals("wonen-en-veluwe-drinkwater")));
    }

    @Test
    void aVariantWithASketchInTheRiverGainsASchuurpunt() {
        Feature river = demo.feature("wb-uiterwaarden-waal").orElseThrow();
        Feature sketch = Feature.builder("schets-1", ScenarioEdits.sketchLayerId(Theme.BEWEGING_3),
                        river.geometry().getInteriorPoint().buffer(0.01))
                .label("Nieuwe wijk").theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.TE_MAKEN)
                .description("d").sources(List.of(new Citation("NR", 1, ""))).schematic(true).tags(Set.of("wonen")).build();
        Scenario variant = ScenarioEdits.withFeature(demo, sketch, "Schetsen");
        ScenarioDiff d = ScenarioDiff.of(demo, Horizon.H2030, variant, Horizon.H2030, Provinces.all());
        assertEquals(List.of(sketch), d.added());
        assertTrue(d.removed().isEmpty());
        assertTrue(d.gained().stream().anyMatch(s -> s.a().id().equals("schets-1")), d.gained().toString());
        assertTrue(d.resolved().isEmpty());
        assertTrue(ScenarioDiff.of(demo, Horizon.H2030, demo, Horizon.H2030, Provinces.all()).isEmpty());
    }

    // --- a small scenario in RD New metres: housing (wonen) and a floodplain (uiterwaard), 1 km x 1 km overlap ---

    private static final Citation SRC = new Citation("NR", 1, "");

    private static Geometry rdBox(double x0, double y0, double x1, double y1) throws Exception {
        return RdNew.toWgs84(new WKTReader().read(String.format(Locale.ROOT,
                "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))", x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)));
    }

    private static Feature f(String id, String layer, Theme theme, Geometry g, String tag) {
        return Feature.builder(id, layer, g).label(id).theme(theme).horizon(Horizon.H2030).category(KeuzeCategorie.GEMAAKT)
                .description("d").sources(List.of(SRC)).schematic(true).tags(Set.of(tag)).build();
    }

    private static Scenario small(List<Feature> features) {
        LayerStyle st = new LayerStyle("#000000", 0.5, 1, LayerStyle.PointSymbol.CIRCLE);
        List<Layer> layers = new ArrayList<>();
        for (String l : features.stream().map(Feature::layerId).distinct().toList()) {
            List<Feature> in = features.stream().filter(x -> x.layerId().equals(l)).toList();
            layers.add(new Layer(l, in.get(0).theme(), l, "", true, st, in));
        }
        Rule rule = new Rule("wonen-uiterwaard", Relation.CONFLICT, "Wonen in de uiterwaard",
                new Selector(Set.of(), Set.of("wonen"), Set.of(), Set.of(), Set.of()),
                new Selector(Set.of(), Set.of("uiterwaard"), Set.of(), Set.of(), Set.of()), 0, Optional.of('b'), "uitleg", "", SRC);
        return Scenario.builder("klein", "Klein")
                .groups(List.of(new LayerGroup(Theme.BEWEGING_3, "B3", ""), new LayerGroup(Theme.WATER_EN_BODEM, "W", "")))
                .layers(layers).rules(List.of(rule)).build();
    }

    private static double rdHa(Geometry lonLat) {
        return RdNew.toRd(lonLat).getArea() / 10_000;
    }

    @Test
    void aChangedFeatureSaysWhatChangedWithTheAreaChangeInHectares() throws Exception {
        Feature wonen = f("wonen", "w", Theme.BEWEGING_3, rdBox(180_000, 430_000, 182_000, 432_000), "wonen");
        Scenario before = small(List.of(wonen));
        Geometry bigger = rdBox(180_000, 430_000, 183_000, 432_000);
        Feature reshaped = wonen.toBuilder().geometry(bigger).build();
        ScenarioDiff onlyShape = ScenarioDiff.of(before, Horizon.H2050, small(List.of(reshaped)), Horizon.H2050, List.of());
        FeatureChange c = onlyShape.changes(Kind.CHANGED).get(0);
        assertEquals(Set.of(Aspect.GEOMETRY), c.aspects());
        assertEquals(rdHa(wonen.geometry()), c.areaBeforeHa(), 1e-6);
        assertEquals(rdHa(bigger), c.areaAfterHa(), 1e-6);
        assertEquals(200.0, c.areaChangeHa(), 0.5, "a strip of 1 km x 2 km is added");
        assertTrue(onlyShape.added().isEmpty() && onlyShape.removed().isEmpty());

        Feature relabelled = wonen.toBuilder().label("Wijk Oost").horizon(Horizon.H2050).category(KeuzeCategorie.TE_MAKEN).build();
        ScenarioDiff props = ScenarioDiff.of(before, Horizon.H2050, small(List.of(relabelled)), Horizon.H2050, List.of());
        FeatureChange p = props.changes(Kind.CHANGED).get(0);
        assertEquals(Set.of(Aspect.LABEL, Aspect.HORIZON, Aspect.CATEGORY), p.aspects());
        assertEquals(0.0, p.areaChangeHa(), 1e-9);
        assertEquals("wonen", p.before().label());
        assertEquals("Wijk Oost", p.after().label());
        // at 2030 the relabelled feature is not in force yet on the right: it counts as removed, not changed
        ScenarioDiff at2030 = ScenarioDiff.of(before, Horizon.H2030, small(List.of(relabelled)), Horizon.H2030, List.of());
        assertEquals(List.of(wonen), at2030.removed());
        assertEquals(rdHa(wonen.geometry()), at2030.changes(Kind.REMOVED).get(0).areaBeforeHa(), 1e-6);
    }

    @Test
    void aSketchInTheFloodplainGainsASchuurpuntAndRemovingAClaimResolvesIt() throws Exception {
        Feature uiterwaard = f("uiterwaard", "u", Theme.WATER_EN_BODEM, rdBox(181_000, 431_000, 184_000, 434_000), "uiterwaard");
        Feature elsewhere = f("wonen", "w", Theme.BEWEGING_3, rdBox(170_000, 431_000, 171_000, 432_000), "wonen");
        Scenario original = small(List.of(elsewhere, uiterwaard));
        Feature sketch = f("schets-1", "schets-beweging-3", Theme.BEWEGING_3, rdBox(180_000, 430_000, 182_000, 432_000), "wonen");
        Scenario variant = small(List.of(elsewhere, sketch, uiterwaard));

        ScenarioDiff gained = ScenarioDiff.of(original, Horizon.H2030, variant, Horizon.H2030, Provinces.all());
        assertEquals(List.of(sketch), gained.added());
        assertEquals(1, gained.gained().size());
        Schuurpunt s = gained.gained().get(0);
        assertEquals("wonen-uiterwaard|schets-1|uiterwaard", s.key());
        assertEquals(100.0, s.areaHa(), 0.05, "the sketch overlaps the floodplain by 1 km x 1 km");
        assertTrue(gained.resolved().isEmpty());
        assertEquals(100.0, gained.netSchuurpuntHa(), 0.05);

        // the other way round: the variant takes the claim out of the floodplain, the schuurpunt is resolved
        ScenarioDiff resolved = ScenarioDiff.of(variant, Horizon.H2030, original, Horizon.H2030, Provinces.all());
        assertEquals(List.of(sketch), resolved.removed());
        assertTrue(resolved.gained().isEmpty());
        assertEquals(List.of(s.key()), resolved.resolved().stream().map(Schuurpunt::key).toList());
        assertEquals(100.0, resolved.resolved().get(0).areaHa(), 0.05);

        // a schuurpunt that stays (same rule, same two features) is neither gained nor resolved, even when reshaped
        Feature smaller = sketch.toBuilder().geometry(rdBox(180_000, 430_000, 181_500, 432_000)).build();
        ScenarioDiff reshaped = ScenarioDiff.of(variant, Horizon.H2030, small(List.of(elsewhere, smaller, uiterwaard)),
                Horizon.H2030, Provinces.all());
        assertTrue(reshaped.gained().isEmpty() && reshaped.resolved().isEmpty());
        assertEquals(-100.0, reshaped.changes(Kind.CHANGED).get(0).areaChangeHa(), 0.5, "2 km x 2 km became 1.5 km x 2 km");
    }
}
