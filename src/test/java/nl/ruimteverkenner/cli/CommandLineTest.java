package nl.ruimteverkenner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validScenarioGivesOneSummaryLineAndExitZero() {
        assertEquals(0, run("validate", TestScenarios.scenarios().resolve("demo").toString()));
        String text = stdout().strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("Geldig: Demonstratie Nota Ruimte ("), text);
    }

    @Test
    void invalidScenarioListsDutchProblemsAndExitsOne(@TempDir Path dir) throws Exception {
        TestScenarios.write(dir, "{ \"type\": \"FeatureCollection\", \"features\": [ }",
                TestScenarios.collection(TestScenarios.feature(TestScenarios.props("x", 2040, "gemaakt"),
                        TestScenarios.SQUARE_UTRECHT)));
        assertEquals(1, run("validate", dir.toString()));
        String text = stdout();
        assertTrue(text.contains("fout: layers/water.geojson, 1:"), text);
        assertTrue(text.contains("fout: layers/wonen.geojson, features[0].properties.horizon: onbekende horizon 2040"), text);
        assertTrue(text.contains("Ongeldig:"), text);
        assertFalse(text.contains("Exception") || err.toString(StandardCharsets.UTF_8).contains("Exception"));
    }

    @Test
    void analysePrintsSchuurpuntenAsJsonWithTheAgreedFields() throws Exception {
        assertEquals(0, run("analyse", TestScenarios.scenarios().resolve("demo").toString(), "--horizon", "2050", "--json"));
        var tree = new ObjectMapper().readTree(stdout());
        assertTrue(tree.isArray() && tree.size() > 0, stdout());
        for (var item : tree) {
            for (String field : new String[] {"rule", "relation", "layers", "features", "areaHa", "provinces", "horizon"}) {
                assertTrue(item.has(field), field + " in " + item);
            }
            assertEquals(2050, item.get("horizon").asInt());
            List<String> sourceKeys = new ArrayList<>();
            item.get("source").fieldNames().forEachRemaining(sourceKeys::add);
            assertEquals(List.of("document", "page", "section"), sourceKeys, "fixed key order, reproducible output");
            assertEquals(2, item.get("features").size());
        }
    }

    @Test
    void analyseAsTextCountsPerRelation() {
        assertEquals(0, run("analyse", TestScenarios.scenarios().resolve("demo").toString(), "--horizon", "2100"));
        String text = stdout();
        assertTrue(text.startsWith("Schuurpunten in Demonstratie Nota Ruimte bij 2100: "), text);
        assertTrue(text.contains("conflict"), text);
    }

    @Test
    void analyseRejectsBadArgumentsInDutchWithExitTwo() {
        String demo = TestScenarios.scenarios().resolve("demo").toString();
        assertEquals(2, run("analyse", demo));
        assertEquals(2, run("analyse", demo, "--horizon", "2040"));
        assertEquals(2, run("analyse", demo, "--horizon"));
        assertEquals(2, run("analyse", "/bestaat/niet", "--horizon", "2050"));
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--provincie", "Atlantis"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("Onbekende horizon \"2040\""), e);
        assertTrue(e.contains("Onbekende provincie \"Atlantis\""), e);
        assertFalse(e.contains("Exception"));
    }

    @Test
    void analyseCanBeLimitedToAProvince() {
        assertEquals(0, run("analyse", TestScenarios.scenarios().resolve("demo").toString(), "--horizon", "2100", "--provincie", "Gelderland"));
        String text = stdout();
        assertTrue(text.contains("in Gelderland"), text);
        assertFalse(text.contains("Noord-Holland"), text);
    }

    /** Runs the jar's entry point in a child JVM with {@code workDir} as working directory. */
    private static String[] runInFolder(Path workDir, String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.ruimteverkenner.app.Main"));
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "child JVM finished");
        return new String[] {String.valueOf(p.exitValue()), output};
    }

    @Test
    void relativePathsFromInsideTheScenarioFolderWork() throws Exception {
        Path demo = TestScenarios.scenarios().resolve("demo");
        for (String arg : new String[] {".", "scenario.json", "./", "../demo"}) {
            String[] r = runInFolder(demo, "validate", arg);
            assertEquals("0", r[0], arg + ": " + r[1]);
            assertTrue(r[1].startsWith("Geldig: Demonstratie Nota Ruimte ("), arg + ": " + r[1]);
            assertFalse(r[1].contains("buiten de scenariomap"), r[1]);
        }
        String[] r = runInFolder(demo, "analyse", ".", "--horizon", "2050", "--json");
        assertEquals("0", r[0], r[1]);
        assertTrue(new ObjectMapper().readTree(r[1]).size() > 0, r[1]);
    }

    @Test
    void analyseWarnsAboutEveryFeatureItCannotUse() throws Exception {
        var world = new org.locationtech.jts.io.WKTReader().read("POLYGON ((-180 -90, 180 -90, 180 90, -180 90, -180 -90))");
        var feature = nl.ruimteverkenner.model.Feature.builder("wereld", "water", world)
                .theme(nl.ruimteverkenner.model.Theme.WATER_EN_BODEM).horizon(nl.ruimteverkenner.model.Horizon.H2030)
                .category(nl.ruimteverkenner.model.KeuzeCategorie.GEMAAKT).description("d")
                .sources(List.of(new nl.ruimteverkenner.model.Citation("NR", 1, ""))).schematic(true).build();
        var layer = new nl.ruimteverkenner.model.Layer("water", nl.ruimteverkenner.model.Theme.WATER_EN_BODEM, "Water", "", true,
                new nl.ruimteverkenner.model.LayerStyle("#000000", 0.5, 1, nl.ruimteverkenner.model.LayerStyle.PointSymbol.CIRCLE),
                List.of(feature));
        var scenario = nl.ruimteverkenner.model.Scenario.builder("t", "T")
                .groups(List.of(new nl.ruimteverkenner.model.LayerGroup(nl.ruimteverkenner.model.Theme.WATER_EN_BODEM, "W", "")))
                .layers(List.of(layer)).build();
        var engine = new nl.ruimteverkenner.analysis.SchuurpuntEngine(scenario, List.of());
        AnalyseCommand.warnUnusable(engine, new PrintStream(err, true, StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("Waarschuwing: object \"wereld\" is niet meegenomen in de analyse: de geometrie kan niet naar RD New"), e);
    }

    @Test
    void wrongArgumentsExitTwo() {
        assertEquals(2, run("validate"));
        assertEquals(2, run("validate", "/bestaat/niet"));
        assertEquals(2, run("onzin"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Onbekende opdracht"));
    }
}
