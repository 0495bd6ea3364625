package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import nl.ruimteverkenner.report.GemeenteReport.FeatureItem;
import nl.ruimteverkenner.report.GemeenteReport.HorizonRow;
import nl.ruimteverkenner.report.GemeenteReport.KeuzeItem;
import nl.ruimteverkenner.report.GemeenteReport.SchuurpuntItem;
import nl.ruimteverkenner.report.GemeenteReport.ThemeSection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {
    @TempDir
    Path dir;

    @Test
    void htmlIsSelfContainedEscapedAndHasEverySection() throws IOException {
        Path out = dir.resolve("utrecht.html");
        HtmlReportWriter.write(report(), out);
        String html = Files.readString(out, StandardCharsets.UTF_8);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"nl\">"));
        assertTrue(html.contains("Wat de Nota Ruimte betekent voor Utrecht"));
        assertTrue(html.contains(">Beweging 1: Ruimte voor wonen en werken</h3>"));
        assertTrue(html.contains(">Water en bodem sturend</h3>"));
        assertTrue(html.contains(">Schuurpunten</h2>"));
        assertTrue(html.contains(">Vergelijking van de horizonnen</h2>"));
        assertTrue(html.contains(">Bronnen</h2>"));
        assertTrue(html.contains("<img src=\"data:image/png;base64,"));
        assertTrue(html.contains("Woningbouw Merwede ↔ Waterberging Rijnenburg"));
        assertTrue(html.contains("Veiligheidsregio&#39;s &lt;geen&gt; &amp; provincie"), "text is escaped");
        assertFalse(html.contains("<geen>"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("src=\"http"), "no external resources");
        assertTrue(html.contains("rel-conflict") && html.contains("rel-koppelkans"));
        assertTrue(html.contains("@media print"));
    }

    @Test
    void pdfHasPagesTextAndTheMap() throws IOException {
        Path out = dir.resolve("utrecht.pdf");
        PdfReportWriter.write(report(), out);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            assertTrue(doc.getDocumentInformation().getTitle().contains("Utrecht"));
            assertTrue("Ruimteverkenner".equals(doc.getDocumentInformation().getCreator()));
            String text = flat(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("Utrecht"));
            assertTrue(text.contains("Schuurpunten"));
            assertTrue(text.contains("Wonen in de uiterwaarden"));
            assertTrue(text.contains("↔") || text.contains("Waterberging Rijnenburg"));
            assertTrue(text.contains("Scheiding van functies in de Merwedekanaalzone"), "é and ë survive");
            assertTrue(text.contains("Vergelijking van de horizonnen"));
            assertTrue(text.contains("pagina 2"), "running footer");

            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String cover = flat(first.getText(doc));
            assertTrue(cover.contains("Wat de Nota Ruimte betekent voor Utrecht"));
            assertTrue(cover.toLowerCase(java.util.Locale.ROOT).contains("inhoud"));

            boolean image = false;
            for (int i = 0; i < Math.min(3, doc.getNumberOfPages()); i++) {
                image |= hasImage(doc.getPage(i));
            }
            assertTrue(image, "the map is on one of the first pages");
        }
    }

    @Test
    void pdfCopesWithLongWordsMissingGlyphsAndNoMap() throws IOException {
        GemeenteReport r = report();
        String url = "https://www.example.nl/" + "heel-lang-pad-zonder-spaties/".repeat(20);
        GemeenteReport odd = new GemeenteReport(r.areaName(), "", "provincie", r.areaHa(), r.scenarioName(), 2100,
                r.date(), r.intro() + " 🌍 ☃", new byte[0], "", r.sections(), List.of(), List.of(), List.of(),
                List.of(url));
        Path out = dir.resolve("odd.pdf");
        PdfReportWriter.write(odd, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("De kaart kon niet in dit rapport worden opgenomen."));
            assertTrue(text.contains("heel-lang-pad"));
        }
    }

    @Test
    void aFailedWriteLeavesNoPartialFile() throws IOException {
        // the target is a folder that is not empty: the final move fails after the PDF has been rendered
        Path out = dir.resolve("bezet.pdf");
        Files.createDirectories(out);
        Path inside = Files.writeString(out.resolve("blijft.txt"), "oud");
        assertThrows(IOException.class, () -> PdfReportWriter.write(report(), out));
        assertThrows(IOException.class, () -> HtmlReportWriter.write(report(), out));
        assertEquals("oud", Files.readString(inside));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary files left behind");
        }
    }

    /** Extracted text with line breaks from wrapping undone. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static boolean hasImage(PDPage page) throws IOException {
        PDResources res = page.getResources();
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }

    static GemeenteReport report() {
        ThemeSection wonen = new ThemeSection("Beweging 1: Ruimte voor wonen en werken", "beweging",
                List.of(new FeatureItem("Verstedelijkingsgebied Merwedekanaalzone", "gemaakte keuze", 3.4, 0,
                                "Binnenstedelijke verdichting met circa 10.000 woningen; menging van wonen en werken "
                                        + "rond een hoogwaardig ov-knooppunt.",
                                "Voorontwerp Nota Ruimte, p. 42, § 3.2", false),
                        new FeatureItem("Hoofdvaarweg Amsterdam-Rijnkanaal", "bestaande situatie", 0, 12.8,
                                "Vaarweg van nationaal belang; ruimte voor verbreding blijft gereserveerd.",
                                "Voorontwerp Nota Ruimte, p. 77", true)),
                List.of(new KeuzeItem("Scheiding van functies in de Merwedekanaalzone", "te maken keuze",
                        "Hoe ver gaat de menging van wonen en bedrijvigheid? Dit raakt de milieucategorieën en het "
                                + "ideële beeld van een complete wijk.", "Voorontwerp Nota Ruimte, p. 45")));
        ThemeSection water = new ThemeSection("Water en bodem sturend", "doorsnijdend thema",
                List.of(new FeatureItem("Waterberging Rijnenburg", "te maken keuze", 8.1, 0,
                        "Reservering voor piekberging langs de Lek; bodemdaling in het veenweidegebied.",
                        "Voorontwerp Nota Ruimte, p. 31", true)),
                List.of(new KeuzeItem("Bouwen in laaggelegen gebieden", "te agenderen keuze",
                        "Afwegingskader voor bouwen in diepe polders; overleg met Veiligheidsregio's <geen> & provincie.",
                        "Voorontwerp Nota Ruimte, p. 28")));
        List<SchuurpuntItem> sps = List.of(
                new SchuurpuntItem("Wonen in de uiterwaarden", "conflict", "Woningbouw Merwede",
                        "Waterberging Rijnenburg", 42.5, 0,
                        "De woningbouwopgave valt samen met het gebied dat voor piekberging is gereserveerd.",
                        "Water en bodem is sturend: de woningbouw wijkt voor de waterberging.",
                        "Waar worden de 1.200 woningen dan gebouwd?", "Voorontwerp Nota Ruimte, p. 31 en 42", true),
                new SchuurpuntItem("Energielandschap Lage Weide", "koppelkans", "Zonnevelden", "Bedrijventerrein", 6.0, 0,
                        "Zon op daken en parkeerterreinen kan samengaan met bedrijvigheid.", "",
                        "Wie neemt het initiatief voor een energiecoöperatie?", "Voorontwerp Nota Ruimte, p. 55", false));
        List<HorizonRow> horizons = List.of(new HorizonRow(2030, 12, 4, 1, 2, 1, 18.2),
                new HorizonRow(2050, 15, 6, 2, 3, 1, 42.5), new HorizonRow(2100, 17, 6, 3, 2, 2, 61.0));
        return new GemeenteReport("Utrecht", "GM0344", "gemeente", 9_938.4, "Voorontwerp Nota Ruimte 2024", 2050,
                "23 november 2026",
                "Utrecht groeit door, maar de ruimte is eindig. Dit rapport laat zien welke keuzes uit de Nota Ruimte "
                        + "in de gemeente landen, waar ze elkaar raken (↔) en welke beslissingen het college nog moet nemen.",
                png(), "Utrecht bij 2050 met de actieve lagen · schematische onderdelen gearceerd",
                List.of(wonen, water), sps, horizons,
                List.of("Van 2030 naar 2050 komt er één conflict bij: wonen ↔ waterberging in Rijnenburg.",
                        "Van 2050 naar 2100 groeit het conflictoppervlak tot ≈ 61 ha door bodemdaling."),
                List.of("Voorontwerp Nota Ruimte (2024), Ministerie van BZK", "Basisregistratie Kadaster, gemeentegrenzen 2024"));
    }

    private static byte[] png() {
        BufferedImage img = new BufferedImage(400, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(232, 238, 228));
        g.fillRect(0, 0, 400, 260);
        g.setColor(new Color(120, 170, 220));
        g.fillOval(40, 60, 200, 120);
        g.setColor(new Color(215, 48, 31));
        g.drawRect(180, 90, 120, 80);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
