package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.edit.GeometryEdits;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.report.ReportBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class ScenarioWriterTest {
    /** The number of features of the bundled scenario the torture saves (every save must hold all of them). */
    private static final long VOORONTWERP_FEATURES = new ScenarioReader()
            .read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")).scenario().orElseThrow().features().count();

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
        var vertex = GeometryEdits.vertices(river.geometry()).get(0);
        var c = vertex.at();
        var widened = GeometryEdits.moveVertex(river.geometry(), vertex.ref(),
                new Coordinate(c.x, c.y + 0.01));
        Scenario edited = ScenarioEdits.withGeometry(a, river.id(), widened);
        var reshaped = edited.feature(river.id()).orElseThrow();
        assertEquals(river.layerId(), reshaped.layerId(), "it stays in its own layer");
        assertTrue(reshaped.sources().containsAll(river.sources()), "the document is still cited");
        assertTrue(reshaped.sources().stream().anyMatch(x -> x.document().equals(ScenarioEdits.WORKSHOP_SOURCE)));
        assertEquals(a.features().map(f -> f.id()).toList(), edited.features().map(f -> f.id()).toList(), "order kept");
        Path copy = dir.resolve("verbreed");
        new ScenarioWriter().save(edited, copy);
        ScenarioLoad back = new ScenarioReader().read(copy);
        assertTrue(back.isValid(), () -> back.problems().toString());
        var read = back.scenario().orElseThrow().feature(river.id()).orElseThrow();
        assertTrue(read.geometry().equalsExact(widened, 1e-6), "the new shape is saved");
        assertTrue(read.sources().stream().anyMatch(x -> x.document().equals(ScenarioEdits.WORKSHOP_SOURCE)));
        // shown as "…, p. 93, …" for the document and without a page for the one-page workshop source
        List<String> shown = read.sources().stream()
                .map(x -> ReportBuilder.citation(back.scenario().orElseThrow(), x)).toList();
        assertTrue(shown.get(0).contains("p. "), shown.toString());
        assertEquals("Schets uit de ontwerpwerkplaats, vorm aangepast", shown.get(shown.size() - 1));
    }

    private static List<String> keys(Scenario s) {
        return new SchuurpuntEngine(s, Provinces.all()).analyse(Horizon.H2050).stream().map(Schuurpunt::key).sorted().toList();
    }

    /**
     * Kills a child process that saves one numbered version after another into one folder (see {@link SaveTorture}),
     * after a random number of completed saves plus a random delay, and looks at the folder as the kill left it,
     * before any recovery: it holds the last completed save or the one that just finished (never an older one, and
     * never parts of two), or, when the kill fell between the two renames, the folder is missing and the old one,
     * moved aside, holds the last completed save. Then {@link ScenarioWriter#recover} restores exactly that.
     * The child saves without pause, so nearly every kill lands inside a save, however fast or slow the machine;
     * nothing here depends on how long a save takes.
     */
    @Test
    void aSaveKilledAtRandomMomentsAlwaysLeavesACompleteScenario(@TempDir Path counterDir) throws Exception {
        Path target = dir.resolve("werkplaats");
        Scenario a = new ScenarioReader().read(VOORONTWERP).scenario().orElseThrow();
        new ScenarioWriter().save(a, target);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Random random = new Random(20261123);
        int kills = 20;
        int midSave = 0;
        int betweenRenames = 0;
        for (int run = 0; run < kills; run++) {
            Path counter = counterDir.resolve("run-" + run);
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", cp,
                    SaveTorture.class.getName(), VOORONTWERP.toString(), target.toString(), counter.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("go", out.readLine(), "child started");
            long wanted = 1 + random.nextInt(3);
            long completed = 0;
            while (completed < wanted) {
                String line = out.readLine();
                assertNotNull(line, "run " + run + ": the child ended before save " + wanted);
                completed = savedNumber(line).orElse(completed);
            }
            Thread.sleep(random.nextInt(150));
            p.destroyForcibly();
            p.waitFor();
            // the counter, not the output: destroying the process closes its output, lines may be lost
            completed = Long.parseLong(Files.readString(counter).trim());

            List<Path> siblings;
            try (var list = Files.list(dir)) {
                siblings = list.filter(x -> !x.equals(target)).toList();
            }
            midSave += siblings.isEmpty() ? 0 : 1;
            long found;
            if (Files.exists(target)) {
                found = saveNumber(target, run);
                assertTrue(found == completed || found == completed + 1,
                        "run " + run + ": save " + found + " found after " + completed + " completed saves");
            } else {
                betweenRenames++;
                List<Path> old = siblings.stream().filter(x -> x.getFileName().toString().startsWith("werkplaats.oud-")).toList();
                assertEquals(1, old.size(), "run " + run + ": the folder is missing, so the old one must be aside: " + siblings);
                found = saveNumber(old.get(0), run);
                assertEquals(completed, found, "run " + run + ": the folder moved aside holds the last completed save");
            }
            ScenarioWriter.recover(target);
            assertEquals(found, saveNumber(target, run), "run " + run + ": recovery keeps what was on disk");
            try (var list = Files.list(dir)) {
                assertEquals(List.of(target), list.toList(), "run " + run + ": recovery removes the leftovers");
            }
        }
        System.out.printf("kill test: %d kills, %d in the middle of a save, %d between the renames%n", kills, midSave, betweenRenames);
        assertTrue(midSave > 0, "at least some kills must land during a save, or the test proves nothing");
    }

    /**
     * The same for "Variant opslaan als…": the child saves each numbered version as a variant into a NEW folder
     * ({@code variant-N}, see {@link SaveTorture#NEW_FOLDERS}) and is killed after a random number of completed saves
     * plus a random delay. As the kill left it, before any recovery: every completed variant is there and complete,
     * the one being saved is there complete or not at all, and whatever temporary folder is left is never listed
     * by {@link VariantIndex}. Listing the variants then recovers or removes it, and lists exactly the complete ones.
     * Nothing here depends on how long a save takes.
     */
    @Test
    void aVariantSaveIntoANewFolderKilledAtRandomMomentsIsNeverListedHalfWritten(@TempDir Path counterDir) throws Exception {
        Path family = dir.resolve("familie");
        Scenario a = new ScenarioReader().read(VOORONTWERP).scenario().orElseThrow();
        Path original = family.resolve("origineel");
        new ScenarioWriter().save(a, original);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Random random = new Random(20261129);
        int kills = 12;
        int leftovers = 0;
        for (int run = 0; run < kills; run++) {
            Path counter = counterDir.resolve("run-" + run);
            Path parent = dir.resolve("run-" + run);
            Files.createDirectories(parent);
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", cp,
                    SaveTorture.class.getName(), original.toString(), parent.toString(), counter.toString(),
                    SaveTorture.NEW_FOLDERS).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("go", out.readLine(), "child started");
            long wanted = 1 + random.nextInt(3);
            long completed = 0;
            while (completed < wanted) {
                String line = out.readLine();
                assertNotNull(line, "run " + run + ": the child ended before save " + wanted);
                completed = savedNumber(line).orElse(completed);
            }
            Thread.sleep(random.nextInt(150));
            p.destroyForcibly();
            p.waitFor();
            completed = Long.parseLong(Files.readString(counter).trim());

            // as the kill left it
            List<Path> all;
            try (var list = Files.list(parent)) {
                all = list.sorted().toList();
            }
            List<Path> temporary = all.stream().filter(ScenarioWriter::isTemporary).toList();
            List<Path> variants = all.stream().filter(x -> !ScenarioWriter.isTemporary(x)).toList();
            leftovers += temporary.isEmpty() ? 0 : 1;
            for (Path t : temporary) {
                assertTrue(VariantIndex.read(t).isEmpty(), "run " + run + ": a temporary folder would be listed as a variant: " + t);
            }
            List<Path> expected = new ArrayList<>();
            for (long n = 1; n <= completed; n++) {
                expected.add(SaveTorture.variantFolder(parent, n));
            }
            if (variants.contains(SaveTorture.variantFolder(parent, completed + 1))) {
                expected.add(SaveTorture.variantFolder(parent, completed + 1)); // renamed in place, counter not yet written
            }
            assertEquals(expected.stream().sorted().toList(), variants, "run " + run + ": after " + completed + " completed saves");
            for (Path v : variants) {
                assertEquals(Long.parseLong(v.getFileName().toString().substring("variant-".length())), saveNumber(v, run),
                        "run " + run + ": " + v);
            }
            // listing recovers or removes the leftovers and lists only complete variants
            List<Path> listed = VariantIndex.family(parent, a.id()).stream().map(VariantIndex.Entry::folder).toList();
            try (var list = Files.list(parent)) {
                List<Path> after = list.sorted().toList();
                assertTrue(after.stream().noneMatch(ScenarioWriter::isTemporary), "run " + run + ": leftovers remain: " + after);
                assertEquals(after, listed.stream().sorted().toList(), "run " + run + ": every folder left is a listed variant");
                for (Path v : after) {
                    saveNumber(v, run);
                }
            }
        }
        System.out.printf("variant kill test: %d kills, %d left a temporary folder%n", kills, leftovers);
        assertTrue(leftovers > 0, "at least some kills must land during a save, or the test proves nothing");
    }

    private static Optional<Long> savedNumber(String line) {
        return line.startsWith(SaveTorture.SAVED)
                ? Optional.of(Long.parseLong(line.substring(SaveTorture.SAVED.length()).trim()))
                : Optional.empty();
    }

    /** The number of the save a folder holds, after checking that it is complete and not a mix of two saves. */
    private static long saveNumber(Path folder, int run) {
        ScenarioLoad load = new ScenarioReader().read(folder);
        assertTrue(load.isValid(), "run " + run + ": " + load.problems());
        Scenario s = load.scenario().orElseThrow();
        assertEquals(VOORONTWERP_FEATURES, s.features().count(), "run " + run);
        long n = SaveTorture.number(s).orElseThrow(() -> new AssertionError("run " + run + ": not a numbered save: " + s.name()));
        assertEquals(n % 2 == 0, !s.keuzes().isEmpty(), "run " + run + ": manifest of save " + n + " with the keuzes of another");
        return n;
    }
}
