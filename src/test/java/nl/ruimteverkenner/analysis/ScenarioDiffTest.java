package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;

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
}
