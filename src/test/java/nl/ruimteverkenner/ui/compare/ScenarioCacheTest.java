package nl.ruimteverkenner.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.ScenarioWriter;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and reading the original of a variant for the comparison, as saved beside it. */
class ScenarioCacheTest {
    @Test
    void theOriginalOfASavedVariantIsTheScenarioBesideItAndIsReadOnce(@TempDir Path dir) throws Exception {
        Scenario demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();
        Path original = dir.resolve("demo");
        new ScenarioWriter().save(demo, original);
        Feature sketch = Feature.builder("schets-1", ScenarioEdits.sketchLayerId(Theme.BEWEGING_3),
                        demo.feature("wb-uiterwaarden-waal").orElseThrow().geometry().getInteriorPoint().buffer(0.01))
                .label("Wijk").theme(Theme.BEWEGING_3).horizon(Horizon.H2030).category(KeuzeCategorie.TE_MAKEN)
                .sources(List.of(new Citation(ScenarioEdits.WORKSHOP_SOURCE, 1, ""))).schematic(true).tags(Set.of("wonen")).build();
        Scenario variant = ScenarioEdits.asVariant(ScenarioEdits.withFeature(demo, sketch, "Schetsen"), "wijk", "Wijk", "", "2026-11-29T20:00:00");
        Path variantFolder = dir.resolve("wijk");
        new ScenarioWriter().save(variant, variantFolder);

        assertEquals(Optional.of(original.toAbsolutePath().normalize()), ScenarioCache.originalFolder(variant, variantFolder));
        assertEquals(Optional.of(original.toAbsolutePath().normalize()), ScenarioCache.originalFolder(demo, original),
                "an original is its own");
        assertTrue(ScenarioCache.originalFolder(demo, null).isEmpty(), "no folder, no original to read");

        int[] engines = {0};
        ScenarioCache cache = new ScenarioCache(new AnalysisSession(s -> {
            engines[0]++;
            return new SchuurpuntEngine(s, List.of());
        }));
        ScenarioCache.Loaded o = cache.original(variant, variantFolder).orElseThrow();
        assertTrue(o.scenario().feature("schets-1").isEmpty(), "the original as saved, without the sketch");
        assertTrue(o.scenario().variant().isEmpty());
        assertSame(o, cache.original(variant, variantFolder).orElseThrow(), "read once");
        assertEquals(1, engines[0]);
        assertTrue(cache.load(dir.resolve("nothing-here")).isEmpty());
        Files.createDirectories(dir.resolve("empty"));
        assertTrue(cache.load(dir.resolve("empty")).isEmpty());
    }
}
