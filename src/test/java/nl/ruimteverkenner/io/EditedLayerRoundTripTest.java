package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.edit.LayerEdits;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A variant in which layers were renamed, moved to another group, recoloured and removed is saved by
 * {@link ScenarioWriter} and read back by {@link ScenarioReader} with those changes and without a new problem.
 */
class EditedLayerRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aRenamedMovedRecolouredAndARemovedLayerSurviveSavingAndReading() throws Exception {
        ScenarioLoad original = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
        Scenario s = original.scenario().orElseThrow();
        Layer natuur = s.layer("natuur").orElseThrow();
        Scenario edited = LayerEdits.withProperties(s, "natuur",
                new LayerEdits.Properties("Natuurnetwerk (herzien)", Theme.ERFGOED_LANDSCHAP, "#2a9d8f"), "");
        // removing these leaves sameAs references, keuzes and rules to clean up, which the reader checks
        edited = LayerEdits.withoutLayer(edited, "novex-gebieden");
        edited = LayerEdits.withoutLayer(edited, "wind-op-zee");

        Path folder = dir.resolve("variant");
        new ScenarioWriter().save(edited, folder);
        ScenarioLoad back = new ScenarioReader().read(folder);

        assertTrue(back.isValid(), () -> back.problems().toString());
        assertEquals(original.problems().size(), back.problems().size(), () -> "new problems: " + back.problems());
        Scenario r = back.scenario().orElseThrow();
        Layer n = r.layer("natuur").orElseThrow();
        assertEquals("Natuurnetwerk (herzien)", n.label());
        assertEquals(Theme.ERFGOED_LANDSCHAP, n.theme());
        assertEquals("#2a9d8f", n.style().color());
        assertEquals(natuur.style().opacity(), n.style().opacity());
        assertEquals(natuur.visibleByDefault(), n.visibleByDefault());
        assertEquals(natuur.features().stream().map(Feature::id).toList(), n.features().stream().map(Feature::id).toList());
        assertTrue(n.features().stream().allMatch(f -> f.theme() == Theme.ERFGOED_LANDSCHAP), "the features moved along");
        assertTrue(r.layersOf(Theme.ERFGOED_LANDSCHAP).contains(n), "shown in its new group");
        assertTrue(r.layer("novex-gebieden").isEmpty());
        assertTrue(r.layer("wind-op-zee").isEmpty());
        assertEquals(edited.layers().stream().map(Layer::id).toList(), r.layers().stream().map(Layer::id).toList());
        assertEquals(edited.rules().stream().map(rule -> rule.id()).toList(), r.rules().stream().map(rule -> rule.id()).toList());
        assertEquals(edited.keuzes().stream().map(k -> List.copyOf(k.featureIds())).toList(),
                r.keuzes().stream().map(k -> List.copyOf(k.featureIds())).toList());
    }

    @Test
    void aDeletedFeatureNamedByRulesKeuzesAndSharedPlacesLeavesAVariantThatReadsBack() throws Exception {
        ScenarioLoad original = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
        Scenario s = original.scenario().orElseThrow();
        // every feature a rule names by id: deleting one in the workshop must not leave the rule pointing at it
        List<String> named = s.rules().stream().flatMap(r -> java.util.stream.Stream.concat(
                r.a().features().stream(), r.b().features().stream())).distinct().toList();
        assertTrue(named.contains("wb-afvoerknelpunten-steden"), named::toString);
        for (String id : named) {
            Scenario edited = nl.ruimteverkenner.edit.ScenarioEdits.withoutFeature(s, id);
            assertTrue(edited.rules().stream().noneMatch(r -> r.a().features().contains(id) || r.b().features().contains(id)), id);
            assertTrue(edited.keuzes().stream().noneMatch(k -> k.featureIds().contains(id)), id);
            assertTrue(edited.features().noneMatch(f -> f.sameAs().filter(id::equals).isPresent()), id);
            Path folder = dir.resolve("zonder-" + id);
            new ScenarioWriter().save(edited, folder);
            ScenarioLoad back = new ScenarioReader().read(folder);
            assertTrue(back.isValid(), () -> id + ": " + back.problems());
            assertEquals(original.problems().size(), back.problems().size(), () -> id + ": new problems " + back.problems());
        }
    }
}
