package nl.ruimteverkenner.io;

import static nl.ruimteverkenner.TestScenarios.SQUARE_UTRECHT;
import static nl.ruimteverkenner.TestScenarios.collection;
import static nl.ruimteverkenner.TestScenarios.feature;
import static nl.ruimteverkenner.TestScenarios.props;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.bench.LargeLayerBenchmark;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
    @TempDir
    Path dir;

    private ScenarioLoad load(String water, String wonen) throws Exception {
        return new ScenarioReader().read(TestScenarios.write(dir, water, wonen));
    }

    private static Problem only(ScenarioLoad load) {
        assertEquals(1, load.problems().size(), () -> "problems: " + load.problems());
        return load.problems().get(0);
    }

    @Test
    void validScenarioIsReadWithAllProperties() throws Exception {
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"), SQUARE_UTRECHT)),
                collection(feature("{ \"id\": \"h1\", \"label\": \"Woningen\", \"theme\": \"beweging-3\", \"horizon\": 2050,"
                        + " \"until\": 2100, \"category\": \"te-maken\", \"description\": \"Nieuwe wijk.\", \"schematic\": false,"
                        + " \"tags\": [\"wonen\"], \"sources\": [ { \"document\": \"NR\", \"page\": 93 } ] }",
                        "{ \"type\": \"Point\", \"coordinates\": [5.1, 52.1] }")));
        assertTrue(load.isValid(), () -> load.problems().toString());
        Scenario s = load.scenario().orElseThrow();
        assertEquals("Testscenario", s.name());
        assertEquals(List.of(Horizon.H2030, Horizon.H2050, Horizon.H2100), s.horizons());
        Feature h1 = s.feature("h1").orElseThrow();
        assertEquals(Theme.BEWEGING_3, h1.theme());
        assertEquals(Horizon.H2050, h1.horizon());
        assertEquals(Horizon.H2100, h1.until().orElseThrow());
        assertEquals(KeuzeCategorie.TE_MAKEN, h1.category());
        assertEquals(93, h1.sources().get(0).page());
        assertEquals(Set.of("wonen"), h1.tags());
        assertFalse(h1.schematic());
        Feature w1 = s.feature("w1").orElseThrow();
        assertEquals(Theme.WATER_EN_BODEM, w1.theme(), "theme defaults to the layer's group");
        assertEquals(0.4, s.layer("wonen").orElseThrow().style().opacity(), 1e-9);
    }

    @Test
    void brokenJsonNamesFileAndLineAndColumn() throws Exception {
        String broken = "{ \"type\": \"FeatureCollection\",\n  \"features\": [ { \"type\": \"Feature\" ,, } ] }";
        ScenarioLoad load = load(broken, collection());
        Problem p = only(load);
        assertTrue(p.isError());
        assertEquals("layers/water.geojson", p.file());
        assertEquals("2:38", p.location(), "the second comma");
        assertTrue(p.message().contains("onverwacht teken ','"), p.message());
        assertTrue(load.scenario().isPresent(), "the rest of the scenario stays usable");
        assertEquals(2, load.scenario().get().layers().size());
    }

    @Test
    void truncatedFileIsReported() throws Exception {
        ScenarioLoad load = load("{ \"type\": \"FeatureCollection\", \"features\": [", collection());
        assertTrue(only(load).message().contains("houdt halverwege op"), only(load).message());
    }

    @Test
    void wrongTypeIsReportedWithJsonPath() throws Exception {
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt").replace("\"schematic\": true", "\"schematic\": \"ja\""),
                SQUARE_UTRECHT)), collection());
        Problem p = only(load);
        assertEquals("features[0].properties.schematic", p.location());
        assertTrue(p.message().contains("true of false"), p.message());
        assertEquals(0, load.scenario().get().features().count(), "the faulty feature is skipped");
    }

    @Test
    void unknownHorizonIsRejected() throws Exception {
        ScenarioLoad load = load(collection(feature(props("w1", 2040, "gemaakt"), SQUARE_UTRECHT)), collection());
        Problem p = only(load);
        assertEquals("features[0].properties.horizon", p.location());
        assertTrue(p.message().contains("onbekende horizon 2040"), p.message());
    }

    @Test
    void missingRequiredPropertyIsNamed() throws Exception {
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt").replace("\"label\": \"Label w1\",", ""),
                SQUARE_UTRECHT)), collection());
        Problem p = only(load);
        assertEquals("features[0].properties.label", p.location());
        assertTrue(p.message().contains("\"label\" ontbreekt"), p.message());
    }

    @Test
    void coordinatesOutsideTheWorldAreRejected() throws Exception {
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"),
                "{ \"type\": \"Point\", \"coordinates\": [52.1, 185.0] }")), collection());
        Problem p = only(load);
        assertEquals("features[0].geometry.coordinates", p.location());
        assertTrue(p.message().contains("buiten de wereld"), p.message());
    }

    @Test
    void polygonAroundTheWorldIsRejectedWithTheFeatureId() throws Exception {
        String world = "{ \"type\": \"Polygon\", \"coordinates\": [[[-180,-90],[180,-90],[180,90],[-180,90],[-180,-90]]] }";
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"), world)), collection());
        Problem p = only(load);
        assertTrue(p.isError());
        assertEquals("features[0].geometry", p.location());
        assertTrue(p.message().contains("\"w1\"") && p.message().contains("ver buiten Nederland"), p.message());
        assertEquals(0, load.scenario().orElseThrow().features().count());
    }

    @Test
    void featureEntirelyOutsideTheNetherlandsIsAnError() throws Exception {
        String swapped = "{ \"type\": \"Point\", \"coordinates\": [52.1, 5.1] }";
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"), swapped)), collection());
        Problem p = only(load);
        assertTrue(p.isError());
        assertTrue(p.message().contains("\"w1\"") && p.message().contains("helemaal buiten Nederland"), p.message());
        assertFalse(load.isValid());
    }

    @Test
    void selfIntersectingPolygonIsRepairedWithWarning() throws Exception {
        String bowtie = "{ \"type\": \"Polygon\", \"coordinates\": [[[5.0,52.0],[5.2,52.2],[5.2,52.0],[5.0,52.2],[5.0,52.0]]] }";
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"), bowtie)), collection());
        Problem p = only(load);
        assertFalse(p.isError());
        assertTrue(p.message().contains("hersteld"), p.message());
        assertTrue(load.isValid());
        Feature f = load.scenario().get().feature("w1").orElseThrow();
        assertTrue(f.geometry().isValid());
        assertEquals(0.02, f.geometry().getArea(), 1e-9, "both triangles of the bow-tie are kept");
    }

    @Test
    void unclosedRingIsClosedWithWarning() throws Exception {
        String open = "{ \"type\": \"Polygon\", \"coordinates\": [[[5.0,52.0],[5.2,52.0],[5.2,52.2],[5.0,52.2]]] }";
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"), open)), collection());
        assertFalse(only(load).isError());
        assertEquals(0.04, load.scenario().get().feature("w1").orElseThrow().geometry().getArea(), 1e-9);
    }

    @Test
    void problemsOfManyFeaturesComeInFileOrderWhileGeometriesAreBuiltInParallel() throws Exception {
        // geometries are built on all cores; the problems must still follow the file, feature by feature
        String bowtie = "{ \"type\": \"Polygon\", \"coordinates\": [[[5.0,52.0],[5.2,52.2],[5.2,52.0],[5.0,52.2],[5.0,52.0]]] }";
        String open = "{ \"type\": \"Polygon\", \"coordinates\": [[[5.0,52.0],[5.2,52.0],[5.2,52.2],[5.0,52.2]]] }";
        String tooShort = "{ \"type\": \"Polygon\", \"coordinates\": [[[5.0,52.0],[5.2,52.0],[5.0,52.0]]] }";
        List<String> features = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String geometry = i % 3 == 0 ? bowtie : i % 3 == 1 ? open : tooShort;
            // every fifth feature repeats the id of the one before: a duplicate after its own geometry problem
            String id = i % 5 == 4 ? "f" + (i - 1) : "f" + i;
            features.add(feature(props(id, 2030, "gemaakt"), geometry));
        }
        features.add(3, "42");
        ScenarioLoad load = load(collection(features.toArray(String[]::new)), collection());
        List<Problem> problems = load.problems();
        List<Integer> order = problems.stream().map(p -> Integer.parseInt(p.location().replaceAll("^features\\[(\\d+)\\].*", "$1")))
                .toList();
        assertEquals(order.stream().sorted().toList(), order, "problems out of file order");
        assertEquals("features[3].type", problems.stream().filter(p -> p.location().startsWith("features[3]")).findFirst()
                .orElseThrow().location());
        // a feature whose id is taken gets its geometry problem first, then the duplicate id
        List<String> tenth = problems.stream().filter(p -> p.location().startsWith("features[10]")).map(Problem::location).toList();
        assertEquals(List.of("features[10].geometry", "features[10].properties.id"), tenth);
        long repaired = problems.stream().filter(p -> !p.isError() && p.message().contains("hersteld")).count();
        assertEquals(100, repaired);
    }

    @Test
    void missingLayerFileLeavesOtherLayersUsable() throws Exception {
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"), SQUARE_UTRECHT)), null);
        Problem p = only(load);
        assertEquals("layers/wonen.geojson", p.file());
        assertTrue(p.message().contains("ontbreekt"));
        assertEquals(1, load.scenario().get().features().count());
    }

    @Test
    void citedPageMustExistInTheDocument() throws Exception {
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt").replace("\"page\": 35", "\"page\": 129"),
                SQUARE_UTRECHT)), collection());
        Problem p = only(load);
        assertEquals("features[0].properties.sources[0].page", p.location());
        assertTrue(p.message().contains("pagina 129 bestaat niet"), p.message());
    }

    @Test
    void duplicateFeatureIdsAcrossLayersAreRejected() throws Exception {
        ScenarioLoad load = load(collection(feature(props("x", 2030, "gemaakt"), SQUARE_UTRECHT)),
                collection(feature(props("x", 2030, "gemaakt"), SQUARE_UTRECHT)));
        Problem p = only(load);
        assertEquals("layers/wonen.geojson", p.file());
        assertTrue(p.message().contains("komt al eerder voor"));
    }

    @Test
    void keuzeLinksMustResolve() throws Exception {
        TestScenarios.write(dir, collection(feature(props("w1", 2030, "gemaakt"), SQUARE_UTRECHT)), collection());
        Files.writeString(dir.resolve("keuzes.json"), """
                { "keuzes": [ { "id": "b3-k01", "theme": "beweging-3", "category": "te-maken-of-agenderen", "horizon": 2050,
                  "title": "Titel", "summary": "Samenvatting.", "source": { "document": "NR", "page": 95 },
                  "features": ["w1", "bestaat-niet"] } ] }
                """);
        ScenarioLoad load = new ScenarioReader().read(dir);
        Problem p = only(load);
        assertEquals("keuzes.json", p.file());
        assertEquals("keuzes[0].features[1]", p.location());
        Scenario s = load.scenario().orElseThrow();
        assertEquals(1, s.keuzes().size());
        assertEquals(KeuzeCategorie.TE_MAKEN_OF_AGENDEREN, s.keuzes().get(0).category());
        assertEquals(1, s.keuzesFor("w1").size());
    }

    @Test
    void symlinkOutOfTheScenarioFolderIsRefused(@TempDir Path outside) throws Exception {
        TestScenarios.write(dir, collection(feature(props("w1", 2030, "gemaakt"), SQUARE_UTRECHT)), null);
        Path elsewhere = Files.writeString(outside.resolve("elders.geojson"),
                collection(feature(props("h1", 2030, "gemaakt"), SQUARE_UTRECHT)));
        Files.createSymbolicLink(dir.resolve("layers/wonen.geojson"), elsewhere);
        ScenarioLoad load = new ScenarioReader().read(dir);
        Problem p = only(load);
        assertTrue(p.isError());
        assertEquals("layers/wonen.geojson", p.file());
        assertTrue(p.message().contains("buiten de scenariomap") && p.message().contains("layers/wonen.geojson"), p.message());
        assertTrue(load.scenario().orElseThrow().feature("h1").isEmpty(), "nothing is read through the link");
        assertEquals(1, load.scenario().get().features().count(), "the rest stays usable");
    }

    @Test
    void symlinkInsideTheScenarioFolderIsAccepted() throws Exception {
        TestScenarios.write(dir, collection(feature(props("w1", 2030, "gemaakt"), SQUARE_UTRECHT)), null);
        Files.writeString(dir.resolve("elders.geojson"), collection(feature(props("h1", 2030, "gemaakt"), SQUARE_UTRECHT)));
        Files.createSymbolicLink(dir.resolve("layers/wonen.geojson"), Path.of("../elders.geojson"));
        ScenarioLoad load = new ScenarioReader().read(dir);
        assertTrue(load.isValid(), () -> load.problems().toString());
        assertEquals(2, load.scenario().orElseThrow().features().count());
    }

    @Test
    void fifoAsLayerFileIsRefusedWithoutHanging() throws Exception {
        TestScenarios.write(dir, collection(feature(props("w1", 2030, "gemaakt"), SQUARE_UTRECHT)), null);
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("layers/wonen.geojson").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        ScenarioLoad load = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new ScenarioReader().read(dir));
        Problem p = only(load);
        assertEquals("layers/wonen.geojson", p.file());
        assertTrue(p.message().contains("geen gewoon bestand"), p.message());
        assertEquals(1, load.scenario().orElseThrow().features().count());
    }

    @Test
    void fifoAsKeuzesFileIsRefusedWithoutHanging() throws Exception {
        TestScenarios.write(dir, collection(feature(props("w1", 2030, "gemaakt"), SQUARE_UTRECHT)), collection());
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("keuzes.json").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        ScenarioLoad load = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new ScenarioReader().read(dir));
        assertEquals("keuzes.json", only(load).file());
        assertTrue(only(load).message().contains("geen gewoon bestand"), only(load).message());
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        TestScenarios.write(dir, "\uFEFF" + TestScenarios.MANIFEST, "\uFEFF" + collection(feature(props("w1", 2030, "gemaakt"),
                SQUARE_UTRECHT)), collection());
        ScenarioLoad load = new ScenarioReader().read(dir);
        assertTrue(load.isValid(), () -> load.problems().toString());
        assertEquals(1, load.scenario().orElseThrow().features().count());
    }

    @Test
    void textAfterTheJsonIsRefusedWithLineAndColumn() throws Exception {
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"), SQUARE_UTRECHT)) + "\n{ \"extra\": 1 }",
                collection());
        Problem p = only(load);
        assertEquals("layers/water.geojson", p.file());
        assertEquals("2:1", p.location());
        assertTrue(p.message().contains("na het einde"), p.message());
        assertEquals(0, load.scenario().orElseThrow().features().count());
    }

    @Test
    void garbageAfterTheManifestIsRefused() throws Exception {
        TestScenarios.write(dir, TestScenarios.MANIFEST + "xyz", collection(), collection());
        ScenarioLoad load = new ScenarioReader().read(dir);
        Problem p = only(load);
        assertEquals("scenario.json", p.file());
        assertTrue(p.location().startsWith("18:"), p.location());
        assertTrue(p.message().contains("na het einde"), p.message());
    }

    @Test
    void scenarioIdMustHaveTheDocumentedForm() throws Exception {
        TestScenarios.write(dir, TestScenarios.MANIFEST.replace("\"id\": \"test\"", "\"id\": \"Mijn Scenario!\""),
                collection(), collection());
        ScenarioLoad load = new ScenarioReader().read(dir);
        Problem p = only(load);
        assertEquals("scenario.json", p.file());
        assertEquals("id", p.location());
        assertTrue(p.message().contains("Mijn Scenario!"), p.message());
        assertTrue(load.scenario().isPresent(), "the rest stays readable");
    }

    @Test
    void deepNestingIsRefusedWithLineAndColumn() throws Exception {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt"),
                "{ \"type\": \"Point\", \"coordinates\": " + deep + " }")), collection());
        Problem p = only(load);
        assertTrue(p.location().matches("1:\\d+"), p.location());
        assertTrue(p.message().contains("te diep genest"), p.message());
    }

    @Test
    void hugeStringIsRefusedWithLineAndColumn() throws Exception {
        String huge = "x".repeat(20_000_001);
        ScenarioLoad load = load(collection(feature(props("w1", 2030, "gemaakt").replace("Omschrijving.", huge),
                SQUARE_UTRECHT)), collection());
        Problem p = only(load);
        assertTrue(p.location().matches("1:\\d+"), p.location());
        assertTrue(p.message().contains("tekst is te lang"), p.message());
    }

    @Test
    void layerTooLargeForTheHeapIsRefusedAndASmallHeapSuffices(@TempDir Path big) throws Exception {
        LargeLayerBenchmark.write(big, 12L << 20);
        String[] small = validateInChildJvm(big, "-Xmx40m");
        assertEquals("1", small[0], small[1]);
        assertTrue(small[1].contains("te groot voor het beschikbare geheugen") && small[1].contains("-Xmx"), small[1]);
        String[] enough = validateInChildJvm(big, "-Xmx96m");
        assertEquals("0", enough[0], "a 12 MB layer is read in a 96 MB heap: " + enough[1]);
    }

    private static String[] validateInChildJvm(Path scenario, String heap) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), "nl.ruimteverkenner.app.Main", "validate", scenario.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new String[] {String.valueOf(p.exitValue()), out};
    }

    @Test
    void brokenManifestGivesNoScenarioButAMessage() throws Exception {
        TestScenarios.write(dir, "{ \"formatVersion\": 1, ", null, null);
        ScenarioLoad load = new ScenarioReader().read(dir);
        assertTrue(load.scenario().isEmpty());
        assertEquals("scenario.json", only(load).file());
    }

    @Test
    void bundledScenariosAreValid() {
        for (String name : new String[] {"demo"}) {
            ScenarioLoad load = new ScenarioReader().read(TestScenarios.scenarios().resolve(name));
            assertTrue(load.isValid(), () -> name + ": " + load.problems());
        }
    }

    @Test
    void demoScenarioCoversEveryGroupHorizonAndCategory() {
        Scenario s = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();
        for (Theme t : Theme.values()) {
            if (t == Theme.EIGEN_PLANNEN) {
                continue; // the group of layers a user imports
            }
            assertTrue(s.features().anyMatch(f -> f.theme() == t), () -> "no feature for " + t);
        }
        for (Horizon h : Horizon.values()) {
            assertTrue(s.features().anyMatch(f -> f.horizon() == h), () -> "no feature from " + h);
        }
        for (KeuzeCategorie c : KeuzeCategorie.values()) {
            if (c.allowedForFeature()) {
                assertTrue(s.features().anyMatch(f -> f.category() == c), () -> "no feature of " + c);
            }
        }
        assertTrue(s.features().anyMatch(f -> f.until().isPresent()));
    }

    @Test
    void basisAndSameAsAreReadAndCheckedAgainstTheOtherFeature() throws Exception {
        String w1 = props("w1", 2030, "gemaakt").replace("\"schematic\": true,", "\"schematic\": true, \"basis\": \"aanname\",");
        String w2 = props("w2", 2030, "gemaakt").replace("\"schematic\": true,", "\"schematic\": true, \"sameAs\": \"w1\",");
        ScenarioLoad ok = load(collection(feature(w1, SQUARE_UTRECHT), feature(w2, SQUARE_UTRECHT)),
                collection());
        assertTrue(ok.isValid(), () -> ok.problems().toString());
        Scenario s = ok.scenario().orElseThrow();
        assertEquals(Basis.AANNAME, s.feature("w1").orElseThrow().basis());
        assertEquals(Basis.SCHEMATISCH, s.feature("w2").orElseThrow().basis(), "without basis: from the schematic flag");
        assertEquals("w1", s.feature("w2").orElseThrow().sameAs().orElseThrow());

        String unknown = props("w2", 2030, "gemaakt").replace("\"schematic\": true,", "\"schematic\": true, \"sameAs\": \"w9\",");
        ScenarioLoad dangling = load(collection(feature(w1, SQUARE_UTRECHT), feature(unknown, SQUARE_UTRECHT)), collection());
        assertFalse(dangling.isValid());
        assertTrue(dangling.problems().stream().anyMatch(p -> p.describe().contains("w9")), dangling.problems().toString());

        String badBasis = props("w1", 2030, "gemaakt").replace("\"schematic\": true,", "\"schematic\": true, \"basis\": \"gok\",");
        ScenarioLoad wrong = load(collection(feature(badBasis, SQUARE_UTRECHT)), collection());
        assertFalse(wrong.isValid());
        assertTrue(wrong.problems().get(0).describe().contains("basis"), wrong.problems().toString());

        String moved = "{ \"type\": \"Polygon\", \"coordinates\": [[[5.0,52.0],[5.3,52.0],[5.3,52.2],[5.0,52.2],[5.0,52.0]]] }";
        ScenarioLoad other = load(collection(feature(w1, SQUARE_UTRECHT), feature(w2, moved)), collection());
        assertTrue(other.isValid(), "a warning, not an error");
        assertTrue(other.problems().stream().anyMatch(p -> !p.isError() && p.describe().contains("w1")), other.problems().toString());
    }
}
