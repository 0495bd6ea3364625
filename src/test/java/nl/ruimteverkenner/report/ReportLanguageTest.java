package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import nl.ruimteverkenner.i18n.Language;
import nl.ruimteverkenner.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report for the alderman in English: its wording, numbers and date, in HTML and in the PDF printed from it. */
class ReportLanguageTest {
    @TempDir
    Path dir;
    private final Language before = Messages.use(Language.ENGLISH);

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void theHtmlReportIsEnglishWithEnglishNumbersAndDate() {
        String html = HtmlReportWriter.render(ReportWritersTest.report());
        assertTrue(html.contains("<html lang=\"en\">"), "the document says its language");
        assertTrue(html.contains("What the Nota Ruimte means for Utrecht"));
        assertTrue(html.contains(">Friction points</h2>"));
        assertTrue(html.contains(">Comparison of the horizons</h2>"));
        assertTrue(html.contains(">Sources</h2>"));
        assertTrue(html.contains("23 November 2026"), "English date");
        assertTrue(html.contains("Utrecht (GM0344) · 9,938.4\u00a0ha"), around(html, "GM0344"));
        assertTrue(html.contains("42.5\u00a0ha"), "English decimals");
        assertTrue(html.contains("Choice to be made (≈ 2050)") || html.contains("Choice made (≈ 2030)"));
        assertTrue(html.contains(" page \" counter(page)"), "the running footer");
        // scenario content stays as it was written
        assertTrue(html.contains("Beweging 1: Ruimte voor wonen en werken"));
        assertFalse(html.contains(">Schuurpunten</h2>") || html.contains("november 2026") || html.contains("Bronnen"));
    }

    @Test
    void theDutchReportIsUnchanged() {
        Messages.use(Language.DUTCH);
        String html = HtmlReportWriter.render(ReportWritersTest.report());
        assertTrue(html.contains("<html lang=\"nl\">"));
        assertTrue(html.contains("23 november 2026"));
        assertTrue(html.contains("Utrecht (GM0344) · 9.938,4\u00a0ha"), around(html, "GM0344"));
    }

    @Test
    void thePdfIsEnglish() throws IOException {
        Path pdf = dir.resolve("utrecht.pdf");
        PdfReportWriter.write(ReportWritersTest.report(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("What the Nota Ruimte means for Utrecht"), text);
            assertTrue(text.contains("Friction points"), text);
            assertTrue(text.contains("page 1"), "English page footer: " + text);
            assertEquals("What the Nota Ruimte means for Utrecht at horizon 2050 (scenario Voorontwerp Nota Ruimte 2024)",
                    doc.getDocumentInformation().getSubject());
        }
    }

    private static String around(String text, String part) {
        int i = text.indexOf(part);
        return i < 0 ? text.substring(0, Math.min(2000, text.length())) : text.substring(Math.max(0, i - 200), Math.min(text.length(), i + 200));
    }
}
