package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The headless report command on the Voorontwerp scenario and the CBS gemeenten. */
class ReportCommandTest {
    private static final Path CBS = TestScenarios.shared().resolve("geodata/cbs-gemeenten-2025.geojson");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @BeforeAll
    static void needsShared() {
        assumeTrue(Files.exists(CBS), "needs ../shared/geodata");
    }

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String scenario() {
        return TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024").toString();
    }

    @Test
    void pdfReportForNijmegenOpensAndHasItsSectionsAndMap() throws Exception {
        Path pdf = dir.resolve("nijmegen.pdf");
        assertEquals(0, run("report", scenario(), "--gemeenten", CBS.toString(), "--gemeente", "GM0268",
                "--horizon", "2050", "--out", pdf.toString()), err.toString(StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Nijmegen"), "gemeente name");
            assertTrue(text.contains("Schuurpunten"), "schuurpunten section");
            assertTrue(text.contains("2030") && text.contains("2100"), "horizon comparison");
            assertTrue(text.contains("Voorontwerp Nota Ruimte"), "sources");
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
    }

    @Test
    void badArgumentsAndUnknownGemeenteExitTwoInDutch() {
        assertEquals(2, run("report", scenario(), "--gemeenten", CBS.toString(), "--gemeente", "GM0000",
                "--horizon", "2050", "--out", dir.resolve("x.pdf").toString()));
        assertEquals(2, run("report", scenario(), "--gemeenten", CBS.toString(), "--gemeente", "GM0268",
                "--horizon", "2050", "--out", dir.resolve("x.docx").toString()));
        assertEquals(2, run("report", scenario()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("Gemeente \"GM0000\" staat niet in"), e);
        assertTrue(e.contains("Onbekend rapportformaat"), e);
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }
}
