package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantIndexTest {
    @TempDir
    Path dir;

    @Test
    void theFamilyIsTheOriginalAndItsVariantsNewestFirstAndNothingElse() throws Exception {
        Scenario demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();
        ScenarioWriter w = new ScenarioWriter();
        w.save(demo, dir.resolve("demo"));
        w.save(ScenarioEdits.asVariant(demo, "oost", "Variant oost", "Anna", "2026-11-20T10:00:00"), dir.resolve("oost"));
        Scenario west = ScenarioEdits.asVariant(demo, "west", "Variant west", "Bram", "2026-11-22T09:30:00");
        w.save(west, dir.resolve("west"));
        // a variant of a variant still belongs to the original
        w.save(ScenarioEdits.asVariant(west, "west-2", "Variant west 2", "Bram", "2026-11-23T08:00:00"), dir.resolve("west-2"));
        Scenario other = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();
        w.save(other, dir.resolve("ander"));
        Files.createDirectories(dir.resolve("leeg"));
        Files.createDirectories(dir.resolve("kapot"));
        Files.writeString(dir.resolve("kapot/scenario.json"), "{ niet af");

        List<VariantIndex.Entry> family = VariantIndex.family(dir, "demo");
        assertEquals(List.of("demo", "west-2", "west", "oost"), family.stream().map(VariantIndex.Entry::id).toList());
        assertTrue(family.get(0).variant().isEmpty(), "the original comes first");
        assertEquals("Bram", family.get(1).variant().orElseThrow().author());
        assertEquals(dir.resolve("oost"), family.get(3).folder());
        assertTrue(VariantIndex.family(dir.resolve("bestaat-niet"), "demo").isEmpty());
    }
}
