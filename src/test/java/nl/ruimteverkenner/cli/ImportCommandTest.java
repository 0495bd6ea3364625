package nl.ruimteverkenner.cli;

import static nl.ruimteverkenner.io.imports.ImportFixtures.rdSquare;
import static nl.ruimteverkenner.io.imports.ImportFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.io.imports.ImportFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;
    private Path scenario;
    private Path plans;

    @BeforeEach
    void files() throws Exception {
        scenario = TestScenarios.copyTree(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"), dir.resolve("voorontwerp"));
        plans = ImportFixtures.geoPackage(dir.resolve("plannen.gpkg"), "woningbouwplannen", 28992, "POLYGON",
                List.of(rdSquare(5.860, 51.845, 400), rdSquare(5.875, 51.850, 300)),
                List.of(row("NAAM", "Waalfront", "FUNCTIE", "wonen"), row("NAAM", "Lentloper", "FUNCTIE", "bedrijven")), false);
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> dir.resolve("data")).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String tree(Path folder) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted().toList()) {
                b.append(folder.relativize(p)).append(Files.isRegularFile(p) ? " " + Files.size(p) + " " + Files.getLastModifiedTime(p) : "")
                        .append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void importWritesANewScenarioWhoseAnalysisFindsTheImportedHousing() throws Exception {
        String before = tree(scenario);
        Path target = dir.resolve("met-plannen");
        assertEquals(0, run("import", scenario.toString(), plans.toString(), "--name", "Plannen Nijmegen", "--theme", "eigen-plannen",
                "--horizon", "2030", "--category", "te-maken", "--tags", "eigen-plan", "--tag-field", "FUNCTIE", "--tag-map",
                "wonen=woningbouw,bedrijven=werken", "--label-field", "NAAM", "--table", "woningbouwplannen",
                "--organisation", "Gemeente Nijmegen", "--out", target.toString()), stderr());
        assertEquals("2 objecten toegevoegd als laag \"Plannen Nijmegen\" (plannen-nijmegen); nieuw scenario geschreven naar "
                + target + System.lineSeparator(), stdout());
        assertEquals(before, tree(scenario), "the original scenario is untouched");
        assertEquals(0, run("validate", target.toString()), stdout() + stderr());
        assertEquals(0, run("analyse", target.toString(), "--horizon", "2030", "--json"), stderr());
        JsonNode all = new ObjectMapper().readTree(stdout());
        boolean found = false;
        for (JsonNode p : all) {
            if (p.path("rule").asText().equals("wonen-in-ruimte-voor-rivier")
                    && p.path("features").toString().contains("plannen-nijmegen-1")) {
                found = true;
                assertEquals("eigen-plan", p.path("featureBasis").path("plannen-nijmegen-1").asText(), p.toString());
            }
            assertFalse(p.path("features").toString().contains("plannen-nijmegen-2"), "the business park is no housing");
        }
        assertTrue(found, all.toString());
        JsonNode manifest = new ObjectMapper().readTree(target.resolve("scenario.json").toFile());
        assertEquals("voorontwerp-nota-ruimte-2024", manifest.path("variant").path("basedOn").asText());
        assertTrue(Files.readString(target.resolve("layers/plannen-nijmegen.geojson")).contains("\"werken\""));
    }

    @Test
    void anExistingOutputIsNeverOverwritten() throws Exception {
        Path target = Files.createDirectories(dir.resolve("bezet"));
        Files.writeString(target.resolve("notitie.txt"), "van mij");
        assertEquals(2, run("import", scenario.toString(), plans.toString(), "--name", "P", "--theme", "eigen-plannen",
                "--horizon", "2030", "--category", "te-maken", "--out", target.toString()));
        assertTrue(stderr().startsWith("De map " + target + " bestaat al en is niet leeg."), stderr());
        assertEquals("van mij", Files.readString(target.resolve("notitie.txt")));
        Path empty = Files.createDirectories(dir.resolve("leeg"));
        assertEquals(0, run("import", scenario.toString(), plans.toString(), "--name", "P", "--theme", "beweging-3",
                "--horizon", "2050", "--category", "te-maken", "--out", empty.toString()), stderr());
        assertTrue(Files.isRegularFile(empty.resolve("scenario.json")));
    }

    @Test
    void wrongArgumentsAndUnreadableFilesExitTwoWithADutchMessage() throws Exception {
        Path target = dir.resolve("uit");
        String[] base = {"--name", "P", "--theme", "eigen-plannen", "--horizon", "2030", "--category", "te-maken", "--out", target.toString()};
        assertEquals(2, run(concat(new String[] {"import", scenario.toString()}, base)));
        assertTrue(stderr().startsWith("Geef het scenario en het bestand op"), stderr());
        assertTrue(stderr().contains("Gebruik: java -jar ruimteverkenner.jar import"), stderr());
        assertEquals(2, run("import", scenario.toString(), plans.toString(), "--name", "P", "--theme", "wonen", "--horizon", "2030",
                "--category", "te-maken", "--out", target.toString()));
        assertTrue(stderr().startsWith("Onbekend thema \"wonen\". Kies uit: water-en-bodem, "), stderr());
        assertEquals(2, run("import", scenario.toString(), plans.toString(), "--name", "P", "--theme", "eigen-plannen", "--horizon", "2040",
                "--category", "te-maken", "--out", target.toString()));
        assertTrue(stderr().startsWith("Onbekende horizon \"2040\""), stderr());
        assertEquals(2, run("import", scenario.toString(), plans.toString(), "--name", "P", "--theme", "eigen-plannen", "--horizon", "2030",
                "--category", "te-maken-of-agenderen", "--out", target.toString()));
        assertTrue(stderr().startsWith("Onbekende keuzecategorie"), stderr());
        assertEquals(2, run(concat(new String[] {"import", scenario.toString(), plans.toString(), "--tag-map", "wonen"}, base)));
        assertTrue(stderr().startsWith("--tag-map hoort bij --tag-field"), stderr());
        assertEquals(2, run(concat(new String[] {"import", scenario.toString(), plans.toString(), "--tag-field", "FUNCTIE", "--tag-map", "wonen"}, base)));
        assertTrue(stderr().startsWith("Ongeldige vertaling \"wonen\" in --tag-map"), stderr());
        assertEquals(2, run(concat(new String[] {"import", scenario.toString(), plans.toString(), "--label-field", "NAME"}, base)));
        assertTrue(stderr().startsWith("plannen.gpkg › woningbouwplannen heeft geen attribuut \"NAME\"."), stderr());
        assertEquals(2, run(concat(new String[] {"import", scenario.toString(), plans.toString(), "--table", "wegen"}, base)));
        assertTrue(stderr().startsWith("plannen.gpkg heeft geen laag \"wegen\". Kies uit: woningbouwplannen"), stderr());
        Path fake = dir.resolve("nep.gpkg");
        Files.writeString(fake, "geen database");
        assertEquals(2, run(concat(new String[] {"import", scenario.toString(), fake.toString()}, base)));
        assertEquals("nep.gpkg is geen GeoPackage (geen SQLite-bestand met gpkg_contents)." + System.lineSeparator(), stderr());
        assertEquals(2, run(concat(new String[] {"import", scenario.toString(), dir.resolve("weg.gpkg").toString()}, base)));
        assertTrue(stderr().startsWith("Bestand niet gevonden: "), stderr());
        assertEquals(2, run(concat(new String[] {"import", dir.resolve("geen-scenario").toString(), plans.toString()}, base)));
        assertTrue(stderr().startsWith("Scenario niet gevonden: "), stderr());
        assertFalse(Files.exists(target), "nothing was written");
        assertFalse(stderr().contains("Exception"));
    }

    @Test
    void usageNamesTheImportCommand() {
        assertEquals(0, run("--help"));
        assertTrue(stdout().contains("  import <scenario> <bestand.gpkg|.geojson|.shp|.zip> --name NAAM"), stdout());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
