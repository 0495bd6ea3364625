package nl.ruimteverkenner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.io.ExportFormat;
import nl.ruimteverkenner.io.Exports;
import nl.ruimteverkenner.io.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyse --format json|geojson|gpkg|csv --out FILE}: the files, and the refusals with exit 2. */
class AnalyseExportTest {
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final String demo = TestScenarios.scenarios().resolve("demo").toString();

    @TempDir
    Path dir;

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> dir).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonToAFileIsWhatJsonPrints() throws Exception {
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--json"));
        String printed = stdout();
        Path file = dir.resolve("s.json");
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--format", "json", "--out", file.toString()), stderr());
        assertEquals(printed, Files.readString(file));
        assertTrue(stdout().contains("geschreven naar " + file), stdout());
        // --json with --out writes the same, and --format json without --out prints as --json does
        Path second = dir.resolve("t.json");
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--json", "--out", second.toString()));
        assertEquals(printed, Files.readString(second));
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--format", "JSON"));
        assertEquals(printed, stdout());
    }

    @Test
    void geoJsonGeoPackageAndCsvAreWritten() throws Exception {
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--json"));
        int count = new ObjectMapper().readTree(stdout()).size();
        Path geojson = dir.resolve("s.geojson");
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--format", "geojson", "--out", geojson.toString()), stderr());
        var tree = new ObjectMapper().readTree(geojson.toFile());
        assertEquals("FeatureCollection", tree.get("type").asText());
        assertEquals(count, tree.get("features").size());
        // the format follows from the extension when --format is not given
        Path gpkg = dir.resolve("s.gpkg");
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--out", gpkg.toString()), stderr());
        assertTrue(stdout().contains("(GeoPackage)"), stdout());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM gpkg_contents), "
                     + "(SELECT count(*) FROM gpkg_geometry_columns WHERE srs_id = 28992)")) {
            assertTrue(rs.getInt(1) >= 1);
            assertEquals(rs.getInt(1), rs.getInt(2));
        }
        Path csv = dir.resolve("s.csv");
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--format", "csv", "--out", csv.toString()), stderr());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFrule;relation;title;"), text);
        assertEquals(count + 1, text.split("\r\n").length);
        // to standard output without the byte-order mark
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--format", "csv"));
        assertEquals(text.substring(1), stdout());
    }

    @Test
    void badFormatsAndTargetsAreRefusedWithExitTwo() throws Exception {
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--format", "shp", "--out", dir.resolve("s.shp").toString()));
        assertTrue(stderr().startsWith("Onbekend formaat \"shp\": kies json, geojson, gpkg of csv."), stderr());
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--format"));
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--format", "csv", "--out"));
        Path missing = dir.resolve("bestaat-niet").resolve("s.gpkg");
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--format", "gpkg", "--out", missing.toString()));
        assertTrue(stderr().contains("De map " + missing.getParent() + " bestaat niet; " + missing), stderr());
        assertFalse(Files.exists(missing.getParent()));
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--format", "gpkg"));
        assertTrue(stderr().contains("--out <bestand.gpkg>"), stderr());
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--out", dir.resolve("s.txt").toString()));
        assertTrue(stderr().contains("s.txt"), stderr());
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--json", "--format", "csv"));
        assertFalse(stderr().contains("Exception"), stderr());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "nothing written");
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path file = dir.resolve("mijn.geojson");
        Files.writeString(file, "van de gebruiker");
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--out", file.toString()));
        assertTrue(stderr().contains("Het bestand " + file + " bestaat al"), stderr());
        assertEquals("van de gebruiker", Files.readString(file));
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--out", file.toString(), "--force"), stderr());
        assertTrue(Files.readString(file).contains("FeatureCollection"));
    }

    /** GDAL (QGIS's reader) opens both files without a warning, when ogrinfo is installed. */
    @Test
    void ogrinfoOpensTheFilesWithoutWarnings() throws Exception {
        String ogrinfo = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(p -> Path.of(p, "ogrinfo")).filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
        assumeTrue(ogrinfo != null, "ogrinfo (gdal-bin) is not installed");
        Path gpkg = dir.resolve("s.gpkg");
        Path geojson = dir.resolve("s.geojson");
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--out", gpkg.toString()));
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--out", geojson.toString()));
        // every feature of the demo, areas and lines, as a layer export writes them
        var features = new ScenarioReader().read(Path.of(demo)).scenario().orElseThrow().features().toList();
        Path layerGpkg = dir.resolve("laag.gpkg");
        Path layerGeojson = dir.resolve("laag.geojson");
        Exports.writeFeatures(features, ExportFormat.GPKG, layerGpkg, "demo", "Demo");
        Exports.writeFeatures(features, ExportFormat.GEOJSON, layerGeojson, "demo", "Demo");
        for (Path f : List.of(gpkg, geojson, layerGpkg, layerGeojson)) {
            Process p = new ProcessBuilder(ogrinfo, "-ro", "-al", "-so", f.toString()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), text);
            assertFalse(text.contains("Warning") || text.contains("ERROR"), text);
            assertTrue(text.contains("Feature Count:"), text);
        }
        Process p = new ProcessBuilder(ogrinfo, "-ro", "-so", gpkg.toString(), "schuurpunten").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertTrue(text.contains("Geometry: Multi Polygon"), text);
        assertTrue(text.contains("ID[\"EPSG\",28992]"), text);
        p = new ProcessBuilder(ogrinfo, "-ro", "-al", "-so", geojson.toString()).redirectErrorStream(true).start();
        text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertTrue(text.contains("Geometry: Multi Polygon"), "one geometry type, one layer in QGIS: " + text);
        // GDAL's own GeoPackage validator, when python3-gdal brought it along
        Path validator = Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
        for (Path f : List.of(gpkg, layerGpkg)) {
            if (!Files.isRegularFile(validator)) {
                break;
            }
            Process v = new ProcessBuilder("python3", validator.toString(), f.toString()).redirectErrorStream(true).start();
            String said = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(v.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, v.exitValue(), said);
            assertEquals("", said.strip());
        }
    }
}
