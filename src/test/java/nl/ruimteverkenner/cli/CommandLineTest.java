package nl.ruimteverkenner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.io.JsonOutput;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

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
            // what the number rests on: the weaker basis of the two claims, and each claim's own
            var basis = item.get("basis").asText();
            var featureBasis = item.get("featureBasis");
            assertEquals(2, featureBasis.size(), item.toString());
            for (var f : item.get("features")) {
                assertTrue(featureBasis.has(f.asText()), item.toString());
            }
            List<String> order = List.of("officieel", "schematisch", "aanname");
            int weakest = 0;
            for (var b : featureBasis) {
                weakest = Math.max(weakest, order.indexOf(b.asText()));
            }
            assertEquals(order.get(weakest), basis, item.toString());
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
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.ruimteverkenner.app.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM finished");
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
        var world = new WKTReader().read("POLYGON ((-180 -90, 180 -90, 180 90, -180 90, -180 -90))");
        var feature = Feature.builder("wereld", "water", world)
                .theme(Theme.WATER_EN_BODEM).horizon(Horizon.H2030)
                .category(KeuzeCategorie.GEMAAKT).description("d")
                .sources(List.of(new Citation("NR", 1, ""))).schematic(true).build();
        var layer = new Layer("water", Theme.WATER_EN_BODEM, "Water", "", true,
                new LayerStyle("#000000", 0.5, 1, LayerStyle.PointSymbol.CIRCLE),
                List.of(feature));
        var scenario = Scenario.builder("t", "T")
                .groups(List.of(new LayerGroup(Theme.WATER_EN_BODEM, "W", "")))
                .layers(List.of(layer)).build();
        var engine = new SchuurpuntEngine(scenario, List.of());
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
    @Test
    void versionAndHelpAreOptionsOfTheCommandLineNotOfTheGui() {
        assertTrue(CommandLine.isCommand("--version"), "--version must not start the GUI");
        assertTrue(CommandLine.isCommand("--help"));
        assertTrue(CommandLine.isCommand("-x"));
        assertEquals(0, run("--version"));
        assertTrue(stdout().strip().matches("Ruimteverkenner \\d+\\.\\d+.*"), stdout());
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(stdout().startsWith("Gebruik: java -jar ruimteverkenner.jar") && stdout().contains("--version"), stdout());
    }

    @Test
    void anUnknownOptionExitsTwoWithTheUsage() {
        assertEquals(2, run("--onzin"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("Onbekende optie \"--onzin\"") && e.contains("Gebruik:"), e);
        assertEquals("", stdout());
    }

    @Test
    void anUnexpectedErrorGivesADutchMessageNamingTheLogWithTheDetails(@TempDir Path home) throws Exception {
        CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> home);
        int code = cli.guarded(new String[] {"report", "x"}, () -> {
            throw new IllegalArgumentException("Width (-1) and height (0) cannot be <= 0");
        });
        assertEquals(2, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("Er ging onverwacht iets mis."), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
        try (var logs = Files.list(home.resolve("logs"))) {
            Path log = logs.findFirst().orElseThrow();
            assertTrue(log.getFileName().toString().matches("ruimteverkenner-\\d{4}-\\d{2}-\\d{2}\\.log"), log.toString());
            assertTrue(e.contains(log.toString()), "the message names the log: " + e);
            String details = Files.readString(log);
            assertTrue(details.contains("IllegalArgumentException: Width (-1)") && details.contains("opdracht: report x"), details);
        }
    }

    @Test
    void runningOutOfMemoryGivesADutchMessage(@TempDir Path home) {
        CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> home);
        assertEquals(2, cli.guarded(new String[] {"analyse"}, () -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("Te weinig geheugen voor deze opdracht") && e.contains("-Xmx4g"), e);
        assertFalse(e.contains("OutOfMemoryError"), e);
    }
    @Test
    void controlCharactersFromAScenarioNameReachTheTerminalEscaped(@TempDir Path dir) throws Exception {
        // ESC [2J clears the screen; U+009B is the one-character CSI; DEL and a bare carriage return too
        String manifest = TestScenarios.MANIFEST.replace("\"Testscenario\"",
                "\"Test\\u001b[2J\\u001b[31mrood\\u009b0m\\u007f\\rx\"");
        TestScenarios.write(dir, manifest, TestScenarios.collection(), TestScenarios.collection(
                TestScenarios.feature(TestScenarios.props("w1", 2030, "gemaakt"), TestScenarios.SQUARE_UTRECHT)));
        assertEquals(0, run("validate", dir.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("analyse", dir.toString(), "--horizon", "2050"), err.toString(StandardCharsets.UTF_8));
        String text = stdout();
        for (char c : new char[] {'\u001b', '\u009b', '\u007f', '\r'}) {
            assertEquals(-1, text.indexOf(c), "raw U+" + Integer.toHexString(c) + " in: " + text);
        }
        assertTrue(text.contains("Geldig: Test\\u001b[2J\\u001b[31mrood\\u009b0m\\u007f\\u000dx ("), text);
        assertTrue(text.contains("Schuurpunten in Test\\u001b[2J"), text);
    }

    @Test
    void jsonOutputKeepsControlCharactersAsJsonEscapesWithTheSameValue() throws Exception {
        String name = "a\u001b[2Jb\u009bc\u007fd";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream safe = TerminalSafeStream.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        safe.println(JsonOutput.write(Map.of("labels", List.of(name))));
        String json = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(json.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f), json);
        assertEquals(name, new ObjectMapper().readTree(json).get("labels").get(0).asText());
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void reset() {
        out.reset();
        err.reset();
    }

    @Test
    void shareWritesOneFileThatValidateAndAnalyseAccept(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("gedeeld/demo.ruimte");
        assertEquals(0, run("share", TestScenarios.scenarios().resolve("demo").toString(), "--out", target.toString()), stderr());
        assertTrue(stdout().startsWith("Gedeeld: Demonstratie Nota Ruimte → "), stdout());
        assertTrue(Files.size(target) > 1000);

        reset();
        assertEquals(0, run("validate", target.toString()), stderr());
        assertTrue(stdout().startsWith("Geldig: Demonstratie Nota Ruimte ("), stdout());

        reset();
        assertEquals(0, run("analyse", target.toString(), "--horizon", "2050", "--json"), stderr());
        var fromArchive = new ObjectMapper().readTree(stdout());
        reset();
        assertEquals(0, run("analyse", TestScenarios.scenarios().resolve("demo").toString(), "--horizon", "2050", "--json"));
        assertEquals(new ObjectMapper().readTree(stdout()), fromArchive);

        // the temporary folders the archive was unpacked into are gone again
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith("ruimteverkenner-"))
                    .filter(p -> Files.exists(p.resolve("demo"))).toList());
        }
    }

    @Test
    void shareRefusesToOverwriteWithoutForceAndChecksItsArguments(@TempDir Path dir) throws Exception {
        String demo = TestScenarios.scenarios().resolve("demo").toString();
        Path target = dir.resolve("demo.ruimte");
        Files.writeString(target, "van iemand anders");
        assertEquals(2, run("share", demo, "--out", target.toString()));
        assertTrue(stderr().contains("bestaat al") && stderr().contains("--force"), stderr());
        assertEquals("van iemand anders", Files.readString(target));

        reset();
        assertEquals(0, run("share", demo, "--out", target.toString(), "--force"), stderr());
        assertTrue(Files.size(target) > 1000);

        reset();
        assertEquals(2, run("share", demo));
        assertTrue(stderr().contains("--out ontbreekt"), stderr());
        reset();
        assertEquals(2, run("share", demo, "--out", dir.resolve("demo.zip").toString()));
        assertTrue(stderr().contains("moet op .ruimte eindigen"), stderr());
        reset();
        assertEquals(2, run("share", dir.resolve("bestaat-niet").toString(), "--out", dir.resolve("x.ruimte").toString()));
        assertTrue(stderr().contains("Scenario niet gevonden"), stderr());
        assertFalse(Files.exists(dir.resolve("x.ruimte")));
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @Test
    void validateOfAHostileArchiveNamesArchiveAndEntryAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("kwaad.ruimte");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("scenario.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("../../buiten.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(2, run("validate", bad.toString()));
        assertTrue(stderr().contains("kwaad.ruimte") && stderr().contains("\"../../buiten.txt\""), stderr());
        assertFalse(Files.exists(dir.getParent().resolve("buiten.txt")));
        assertFalse(stderr().contains("Exception"), stderr());

        reset();
        Path half = dir.resolve("half.ruimte");
        Files.write(half, java.util.Arrays.copyOf(Files.readAllBytes(bad), 40));
        assertEquals(2, run("validate", half.toString()));
        assertTrue(stderr().contains("half.ruimte") && stderr().contains("beschadigd of onvolledig"), stderr());
    }

    @Test
    void aSharedScenarioAloneOpensTheApp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.ruimte");
        Files.writeString(file, "x");
        assertTrue(CommandLine.opensInApp(new String[] {file.toString()}));
        assertFalse(CommandLine.opensInApp(new String[] {"validate", file.toString()}));
        assertFalse(CommandLine.opensInApp(new String[] {dir.resolve("bestaat-niet.ruimte").toString()}));
        assertFalse(CommandLine.opensInApp(new String[] {"--help"}));
    }
}
