package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {
    private static final Path VOORONTWERP = TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024");

    @TempDir
    Path dir;

    @Test
    void savedScenarioReadsBackTheSame() throws Exception {
        Scenario a = new ScenarioReader().read(VOORONTWERP).scenario().orElseThrow();
        Path copy = dir.resolve("kopie");
        new ScenarioWriter().save(a, copy);
        ScenarioLoad back = new ScenarioReader().read(copy);
        assertTrue(back.isValid(), () -> back.problems().toString());
        Scenario b = back.scenario().orElseThrow();
        assertEquals(a.features().count(), b.features().count());
        assertEquals(a.keuzes(), b.keuzes());
        assertEquals(a.rules().size(), b.rules().size());
        assertEquals(keys(a), keys(b), "the same schuurpunten after a round trip");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(copy), files.toList(), "no temporary folders left");
        }
    }

    @Test
    void aFeatureFromTheDocumentsReshapedInTheWorkshopCitesTheWorkshopAndSurvivesSaving() throws Exception {
        Scenario a = new ScenarioReader().read(VOORONTWERP).scenario().orElseThrow();
        var river = a.feature("wb-uiterwaarden-waal").orElseThrow();
        var vertex = nl.ruimteverkenner.edit.GeometryEdits.vertices(river.geometry()).get(0);
        var c = vertex.at();
        var widened = nl.ruimteverkenner.edit.GeometryEdits.moveVertex(river.geometry(), vertex.ref(),
                new org.locationtech.jts.geom.Coordinate(c.x, c.y + 0.01));
        Scenario edited = nl.ruimteverkenner.edit.ScenarioEdits.withGeometry(a, river.id(), widened);
        var reshaped = edited.feature(river.id()).orElseThrow();
        assertEquals(river.layerId(), reshaped.layerId(), "it stays in its own layer");
        assertTrue(reshaped.sources().containsAll(river.sources()), "the document is still cited");
        assertTrue(reshaped.sources().stream().anyMatch(x -> x.document().equals(nl.ruimteverkenner.edit.ScenarioEdits.WORKSHOP_SOURCE)));
        assertEquals(a.features().map(f -> f.id()).toList(), edited.features().map(f -> f.id()).toList(), "order kept");
        Path copy = dir.resolve("verbreed");
        new ScenarioWriter().save(edited, copy);
        ScenarioLoad back = new ScenarioReader().read(copy);
        assertTrue(back.isValid(), () -> back.problems().toString());
        var read = back.scenario().orElseThrow().feature(river.id()).orElseThrow();
        assertTrue(read.geometry().equalsExact(widened, 1e-6), "the new shape is saved");
        assertTrue(read.sources().stream().anyMatch(x -> x.document().equals(nl.ruimteverkenner.edit.ScenarioEdits.WORKSHOP_SOURCE)));
        // shown as "…, p. 93, …" for the document and without a page for the one-page workshop source
        List<String> shown = read.sources().stream()
                .map(x -> nl.ruimteverkenner.report.ReportBuilder.citation(back.scenario().orElseThrow(), x)).toList();
        assertTrue(shown.get(0).contains("p. "), shown.toString());
        assertEquals("Schets uit de ontwerpwerkplaats, vorm aangepast", shown.get(shown.size() - 1));
    }

    private static List<String> keys(Scenario s) {
        return new SchuurpuntEngine(s, Provinces.all()).analyse(Horizon.H2050).stream().map(Schuurpunt::key).sorted().toList();
    }

    @Test
    void aSaveKilledAtRandomMomentsAlwaysLeavesACompleteScenario() throws Exception {
        Path target = dir.resolve("werkplaats");
        Scenario a = new ScenarioReader().read(VOORONTWERP).scenario().orElseThrow();
        new ScenarioWriter().save(a, target);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Random random = new Random(20261123);
        int midSave = 0;
        int versionA = 0;
        int versionB = 0;
        for (int run = 0; run < 50; run++) {
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", cp,
                    SaveTorture.class.getName(), VOORONTWERP.toString(), target.toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("go", line, "child started");
            Thread.sleep(random.nextInt(400));
            p.destroyForcibly();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            try (var siblings = Files.list(dir)) {
                if (siblings.anyMatch(x -> !x.equals(target))) {
                    midSave++;
                }
            }
            ScenarioWriter.recover(target);
            ScenarioLoad load = new ScenarioReader().read(target);
            assertTrue(load.isValid(), "run " + run + ": " + load.problems());
            Scenario s = load.scenario().orElseThrow();
            assertEquals(296, s.features().count(), "run " + run);
            if (s.name().equals(a.name()) && s.keuzes().size() == a.keuzes().size()) {
                versionA++;
            } else if (s.name().equals(a.name() + " (variant)") && s.keuzes().isEmpty()) {
                versionB++;
            } else {
                throw new AssertionError("run " + run + ": a mix of two versions: " + s.name() + ", " + s.keuzes().size() + " keuzes");
            }
        }
        System.out.printf("kill test: 50 kills, %d in the middle of a save; found version A %d×, B %d×%n", midSave, versionA, versionB);
        assertTrue(midSave > 0, "at least some kills must land during a save, or the test proves nothing");
        assertTrue(versionA > 0 && versionB > 0, "both versions were seen");
    }
}
