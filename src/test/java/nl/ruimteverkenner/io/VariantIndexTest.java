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

    /** What a kill during "Variant opslaan als…" into a new folder leaves, as earlier versions wrote it. */
    @Test
    void halfWrittenFoldersAreNeverListedAndAreCleanedUp() throws Exception {
        Scenario demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();
        ScenarioWriter w = new ScenarioWriter();
        w.save(demo, dir.resolve("demo"));
        // unfinished: the manifest was written first, the layers are missing
        Path half = dir.resolve("noord.nieuw-0a1b2c3d");
        w.save(ScenarioEdits.asVariant(demo, "noord", "Variant noord", "Anna", "2026-11-24T10:00:00"), half);
        try (var layers = Files.list(half.resolve("layers"))) {
            for (Path p : layers.toList()) {
                Files.delete(p);
            }
        }
        // complete, but killed before it was renamed into place
        Path whole = dir.resolve("zuid.nieuw-4e5f6a7b");
        w.save(ScenarioEdits.asVariant(demo, "zuid", "Variant zuid", "Bram", "2026-11-25T10:00:00"), whole);
        // a folder moved aside by a save of a folder that is there again
        w.save(demo, dir.resolve("demo.oud-89abcdef"));

        assertTrue(VariantIndex.read(half).isEmpty(), "a temporary folder is no variant");
        assertTrue(VariantIndex.read(whole).isEmpty(), "a temporary folder is no variant");
        List<VariantIndex.Entry> family = VariantIndex.family(dir, "demo");
        assertEquals(List.of(dir.resolve("demo"), dir.resolve("zuid")), family.stream().map(VariantIndex.Entry::folder).toList());
        assertTrue(new ScenarioReader().read(dir.resolve("zuid")).isValid(), "the complete one was put in place");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("demo", "zuid"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
