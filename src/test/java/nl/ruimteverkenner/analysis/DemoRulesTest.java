package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;

/** The demo scenario's rules, horizon by horizon, and the friction matrix over them. */
class DemoRulesTest {
    private final Scenario demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();
    private final SchuurpuntEngine engine = new SchuurpuntEngine(demo, Provinces.all());

    @Test
    void schuurpuntenGrowWithTheHorizon() {
        Map<Horizon, List<Schuurpunt>> all = HorizonComparison.perHorizon(engine, demo.horizons());
        assertTrue(all.get(Horizon.H2030).size() < all.get(Horizon.H2050).size());
        HorizonComparison c = HorizonComparison.of(Horizon.H2030, all.get(Horizon.H2030), Horizon.H2050, all.get(Horizon.H2050));
        assertEquals(all.get(Horizon.H2030).size(), c.persisting().size());
        assertTrue(c.appearing().stream().anyMatch(s -> s.rule().id().equals("wonen-en-veluwe-drinkwater")));
    }

    @Test
    void stedendriehoekMeetsTheVeluweIn2050() {
        Schuurpunt s = engine.analyse(Horizon.H2050).stream()
                .filter(p -> p.rule().id().equals("wonen-en-veluwe-drinkwater")).findFirst().orElseThrow();
        assertEquals("b3-zoekgebied-stedendriehoek", s.a().id());
        assertEquals("b1-natura2000-veluwe", s.b().id());
        assertTrue(s.areaHa() > 10, "overlap " + s.areaHa());
        assertEquals(List.of("Gelderland"), s.places());
    }

    @Test
    void matrixAddsUpPerThemePair() {
        List<Schuurpunt> all = engine.analyse(Horizon.H2100);
        FrictionMatrix m = FrictionMatrix.of(all);
        double conflict = all.stream().filter(s -> s.rule().relation() == Relation.CONFLICT
                && FrictionMatrix.between(s, Theme.BEWEGING_3, Theme.BEWEGING_1)).mapToDouble(Schuurpunt::areaHa).sum();
        assertTrue(conflict > 0);
        assertEquals(conflict, m.hectares(Theme.BEWEGING_1, Theme.BEWEGING_3, Relation.CONFLICT), 1e-9);
        assertEquals(conflict, m.hectares(Theme.BEWEGING_3, Theme.BEWEGING_1, Relation.CONFLICT), 1e-9);
        int total = 0;
        for (Theme x : Theme.values()) {
            for (Theme y : Theme.values()) {
                if (x.compareTo(y) <= 0) {
                    total += m.count(x, y);
                }
            }
        }
        assertEquals(all.size(), total);
    }
}
