package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.cli.CommandLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The headless report command on the Voorontwerp scenario and the CBS gemeenten. */
class ReportCommandTest {
    private static final Path CBS = TestScenarios.shared().resolve("geodata/cbs-gemeenten-2025.geojson");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    /** Nijmegen's code, looked up by name in the CBS file at test time (no CBS record is held here). */
    private static String nijmegenCode;

    @BeforeAll
    static void needsShared() throws IOException {
        assumeTrue(Files.exists(CBS), "needs ../shared/geodata");
        for (JsonNode f : new ObjectMapper().readTree(CBS.toFile()).get("features")) {
            if ("Nijmegen".equals(f.path("properties").path("statnaam").asText())) {
                nijmegenCode = f.path("properties").path("statcode").asText();
            }
        }
        assertNotNull(nijmegenCode, "Nijmegen in " + CBS);
    }

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /**
     * A gemeente file in RD New with Nijmegen's CBS record, read from ../shared/geodata at test time (CBS data is
     * never committed), with the given polygon coordinates, or with its own WGS84 geometry when null.
     */
    private Path nijmegenWith(String fileName, String rdCoordinates) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode nijmegen = null;
        for (JsonNode f : mapper.readTree(CBS.toFile()).get("features")) {
            if (nijmegenCode.equals(f.path("properties").path("statcode").asText())) {
                nijmegen = (ObjectNode) f.deepCopy();
            }
        }
        assertNotNull(nijmegen, "Nijmegen in " + CBS);
        if (rdCoordinates != null) {
            nijmegen.set("geometry", mapper.readTree("{ \"type\": \"Polygon\", \"coordinates\": " + rdCoordinates + " }"));
        }
        ObjectNode collection = mapper.createObjectNode().put("type", "FeatureCollection");
        collection.set("crs", mapper.readTree("{ \"type\": \"name\", \"properties\": { \"name\": \"urn:ogc:def:crs:EPSG::28992\" } }"));
        collection.putArray("features").add(nijmegen);
        return Files.writeString(dir.resolve(fileName), mapper.writeValueAsString(collection));
    }

    private String scenario() {
        return TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024").toString();
    }

    @Test
    void pdfReportForNijmegenOpensAndHasItsSectionsAndMap() throws Exception {
        Path pdf = dir.resolve("nijmegen.pdf");
        assertEquals(0, run("report", scenario(), "--gemeenten", CBS.toString(), "--gemeente", nijmegenCode,
                "--horizon", "2050", "--out", pdf.toString()), err.toString(StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Nijmegen"), "gemeente name");
            assertTrue(text.contains("Schuurpunten"), "schuurpunten section");
            assertTrue(text.contains("2030") && text.contains("2100"), "horizon comparison");
            assertTrue(text.contains("Voorontwerp Nota Ruimte"), "sources");
            assertTrue(text.contains("pagina 2"), "page numbers");
            boolean image = false;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    image |= page.getResources().getXObject(name) instanceof PDImageXObject;
                }
            }
            assertTrue(image, "the map image is in the PDF");
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Nijmegen"));
    }

    @Test
    void htmlReportIsSelfContained() throws Exception {
        Path html = dir.resolve("utrecht.html");
        assertEquals(0, run("report", scenario(), "--gemeenten", CBS.toString(), "--gemeente", "Utrecht",
                "--horizon", "2030", "--out", html.toString()), err.toString(StandardCharsets.UTF_8));
        String text = Files.readString(html);
        assertTrue(text.contains("Utrecht"));
        assertTrue(text.contains("data:image/png;base64,"));
        assertFalse(text.contains("src=\"http"), "no external resources");
        // the markup the PDF is printed from parses as XML
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(html.toFile());
        assertEquals(1, doc.getElementsByTagName("img").getLength(), "the map");
    }

    @Test
    void badArgumentsAndUnknownGemeenteExitTwoInDutch() {
        assertEquals(2, run("report", scenario(), "--gemeenten", CBS.toString(), "--gemeente", "GM0000",
                "--horizon", "2050", "--out", dir.resolve("x.pdf").toString()));
        assertEquals(2, run("report", scenario(), "--gemeenten", CBS.toString(), "--gemeente", nijmegenCode,
                "--horizon", "2050", "--out", dir.resolve("x.docx").toString()));
        assertEquals(2, run("report", scenario()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("Gemeente \"GM0000\" staat niet in"), e);
        assertTrue(e.contains("Onbekend rapportformaat"), e);
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }
    @Test
    void gemeentenInDegreesLabelledRdNewStopTheReportWithExitTwo() throws Exception {
        // Nijmegen's own boundary in degrees, declared as RD New
        Path file = nijmegenWith("nijmegen-rd.geojson", null);
        Path html = dir.resolve("nijmegen.html");
        assertEquals(2, run("report", scenario(), "--gemeenten", file.toString(), "--gemeente", nijmegenCode,
                "--horizon", "2050", "--out", html.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("nijmegen-rd.geojson") && e.contains("lijken WGS84 (graden) maar het bestand zegt RD New (EPSG:28992)"), e);
        assertFalse(Files.exists(html), "no report with a wrong answer");
    }
    @Test
    void aSelfIntersectingBoundaryIsRepairedWithAWarningOnStandardError() throws Exception {
        // a 2 km square near Nijmegen whose last two corners are swapped: a bow-tie
        Path file = nijmegenWith("strik.geojson",
                "[[[186000,428000],[188000,428000],[186000,430000],[188000,430000],[186000,428000]]]");
        Path html = dir.resolve("strik.html");
        assertEquals(0, run("report", scenario(), "--gemeenten", file.toString(), "--gemeente", nijmegenCode,
                "--horizon", "2050", "--out", html.toString()), err.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("waarschuwing: strik.geojson, features[0].geometry: ongeldige geometrie (") && e.contains("hersteld"), e);
        assertTrue(Files.exists(html));
    }
    @Test
    void absurdRdCoordinatesGiveADutchMessageNotAStackTrace() throws Exception {
        Path file = nijmegenWith("absurd.geojson", "[[[155000,1e15],[160000,1e15],[160000,1.000000000005e15],[155000,1e15]]]");
        assertEquals(2, run("report", scenario(), "--gemeenten", file.toString(), "--gemeente", nijmegenCode,
                "--horizon", "2050", "--out", dir.resolve("absurd.html").toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("absurd.geojson") && e.contains("liggen niet in of bij Nederland"), e);
        assertFalse(e.contains("Exception"), e);
    }
    @Test
    void aReportIntoAMissingFolderSaysItCreatedTheFolder() throws Exception {
        Path html = dir.resolve("nieuw/rapporten/nijmegen.html");
        assertEquals(0, run("report", scenario(), "--gemeenten", CBS.toString(), "--gemeente", nijmegenCode,
                "--horizon", "2030", "--out", html.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(html));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("Map " + html.getParent().toAbsolutePath() + " bestond nog niet en is aangemaakt."), e);
    }

    @Test
    void aGpkgThatIsNotSqliteIsNamedAsSuch() throws Exception {
        Path fake = Files.write(dir.resolve("gemeenten.gpkg"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFE, 0, 1});
        assertEquals(2, run("report", scenario(), "--gemeenten", fake.toString(), "--gemeente", nijmegenCode,
                "--horizon", "2050", "--out", dir.resolve("x.html").toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("gemeenten.gpkg is geen GeoPackage (SQLite)"), e);
        assertFalse(e.contains("MalformedInputException"), e);
    }

    @Test
    void gemeenteNamesAreEscapedInTheHtmlReport() throws Exception {
        Path file = Files.writeString(dir.resolve("naam.geojson"), """
                { "type": "FeatureCollection",
                  "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::28992" } },
                  "features": [ { "type": "Feature", "properties": { "statcode": "PROEF9",
                      "statnaam": "<script>alert('x')</script> & Co" },
                    "geometry": { "type": "Polygon", "coordinates": [[[186000,428000],[188000,428000],[188000,430000],[186000,430000],[186000,428000]]] } } ] }
                """);
        Path html = dir.resolve("naam.html");
        assertEquals(0, run("report", scenario(), "--gemeenten", file.toString(), "--gemeente", "PROEF9",
                "--horizon", "2050", "--out", html.toString()), err.toString(StandardCharsets.UTF_8));
        String text = Files.readString(html);
        assertFalse(text.contains("<script"), "no script element");
        assertTrue(text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                || text.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; Co"), "the name, escaped");
    }
}
