package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ruimteverkenner.model.GroupKind;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.report.GemeenteReport.FeatureItem;
import nl.ruimteverkenner.report.GemeenteReport.HorizonChange;
import nl.ruimteverkenner.report.GemeenteReport.HorizonRow;
import nl.ruimteverkenner.report.GemeenteReport.KeuzeItem;
import nl.ruimteverkenner.report.GemeenteReport.SchuurpuntItem;
import nl.ruimteverkenner.report.GemeenteReport.SourceItem;
import nl.ruimteverkenner.report.GemeenteReport.ThemeSection;
import nl.ruimteverkenner.style.Palette;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML and PDF renderings of one report document. */
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
        assertFalse(html.contains("url(http"), "no external resources in the CSS");
        assertTrue(html.contains("rel-conflict") && html.contains("rel-koppelkans"));
        assertTrue(html.contains("@media print") && html.contains("@page"));
    }

    @Test
    void wordingComesFromTheBundleNotTheModel() throws Exception {
        Document doc = parse(HtmlReportWriter.render(report()));
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Gemaakte keuze (≈ 2030)"), "category label from the enum");
        assertTrue(text.contains("doorsnijdend thema") || text.contains("beweging"), "group kind label");
        assertTrue(text.contains("23 november 2026"), "Dutch date");
        assertTrue(text.contains("Van 2030 naar 2050: 3 kaartobjecten erbij"), "horizon change sentence");
        assertTrue(text.contains("Nieuw zijn onder meer: Woningbouw Merwede."));
        assertTrue(text.contains("Basiskaart: GSHHG"), "fixed sources follow the documents");
    }

    @Test
    void htmlIsWellFormedXmlEvenWithHostileText() throws Exception {
        GemeenteReport r = report();
        String nasty = "A <b>&amp;</b> \"q\" 'x' ]]> \u0001\u0007 \ud800 einde";
        SchuurpuntItem sp = new SchuurpuntItem(nasty, Relation.VOORWAARDELIJK, nasty, nasty, 1.5, 0, nasty, nasty, nasty,
                nasty, false);
        GemeenteReport odd = new GemeenteReport(nasty, "</style>", nasty, 1, nasty, 2050, r.date(), r.summary(),
                r.mapPng(), List.of(new ThemeSection(nasty, GroupKind.THEMA, List.of(new FeatureItem(nasty, KeuzeCategorie.BESTAAND,
                1, 0, nasty + "\n\nnog een alinea\nregel", nasty, true)), List.of())), List.of(sp), r.horizons(),
                List.of(new HorizonChange(2030, 2050, 0, 0, 0, 0, List.of(nasty))), List.of(new SourceItem(nasty, nasty, nasty)));
        for (GemeenteReport each : List.of(report(), odd)) {
            Document doc = parse(HtmlReportWriter.render(each));
            assertEquals("html", doc.getDocumentElement().getTagName());
            assertEquals(1, doc.getElementsByTagName("img").getLength(), "the map");
            assertEquals(6, doc.getElementsByTagName("h2").getLength(), "the contents and five main sections");
        }
        Document doc = parse(HtmlReportWriter.render(odd));
        assertTrue(doc.getElementsByTagName("h1").item(0).getTextContent().contains("A <b>&amp;</b> \"q\" 'x' ]]>"),
                "markup in data stays text");
    }

    @Test
    void relationAndCategoryStylesComeFromThePalette() throws Exception {
        Document doc = parse(HtmlReportWriter.render(report()));
        String css = doc.getElementsByTagName("style").item(0).getTextContent();
        for (Relation rel : Relation.values()) {
            Matcher m = Pattern.compile("\\.rel-" + rel.id() + " \\{ background-color: (#[0-9a-f]{6}); }").matcher(css);
            assertTrue(m.find(), "a rule for " + rel);
            assertEquals(Palette.of(rel).mainHex(), m.group(1), rel.name());
        }
        assertTrue(hasElement(doc, "span", "rel rel-conflict"), "the conflict is marked with its relation class");
        assertTrue(hasElement(doc, "article", "sp sp-conflict"));
        // "te maken of agenderen" is HATCHED like "te maken", not solid
        assertTrue(hasElement(doc, "span", "tag cat-hatched"));
        assertTrue(hasElement(doc, "span", "tag cat-solid"));
        assertTrue(hasElement(doc, "span", "tag cat-outline"));
        assertTrue(css.contains(".cat-hatched { border-style: dashed; background-color: #ffffff; background-image: url(data:image/png;base64,"));
    }

    @Test
    void pdfHasPagesSearchableTextEmbeddedFontsAndTheMap() throws IOException {
        Path out = dir.resolve("utrecht.pdf");
        PdfReportWriter.write(report(), out);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            assertTrue(doc.getDocumentInformation().getTitle().contains("Utrecht"));
            assertTrue(doc.getDocumentInformation().getSubject().contains("2050"));
            String text = flat(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("Utrecht"));
            assertTrue(text.contains("Schuurpunten"));
            assertTrue(text.contains("Wonen in de uiterwaarden"));
            assertTrue(text.contains("≈ 42,5 ha"), "the schuurpunt's hectares, Dutch decimals: "
                    + text.substring(Math.max(0, text.indexOf("42,5") - 10)).codePoints().limit(20)
                    .mapToObj(Integer::toHexString).toList());
            assertTrue(text.contains("Waterberging Rijnenburg"));
            assertTrue(text.contains("milieucategorieën") && text.contains("ideële"), "accented Dutch words survive");
            assertTrue(text.contains("Kadaster – gemeentegrenzen ‘2024’"), "dash and quotes survive");
            assertTrue(text.contains("Vergelijking van de horizonnen"));
            assertTrue(text.contains("pagina 2"), "running footer with page numbers");

            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String cover = flat(first.getText(doc));
            assertTrue(cover.contains("Wat de Nota Ruimte betekent voor Utrecht"));
            assertTrue(cover.toLowerCase(Locale.ROOT).contains("inhoud"));

            boolean image = false;
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                image |= hasImage(page);
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertTrue(font.isEmbedded(), "font embedded: " + font.getName());
                    assertTrue(font.getName().contains("DejaVu"), "only the bundled fonts: " + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            assertTrue(image, "the map is in the PDF");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPage() throws IOException {
        GemeenteReport r = report();
        List<HorizonRow> rows = new ArrayList<>();
        for (int year = 2001; year <= 2090; year++) {
            rows.add(new HorizonRow(year, year % 7, 1, 0, 0, 0, 0));
        }
        GemeenteReport longTable = new GemeenteReport(r.areaName(), r.areaCode(), r.areaKind(), r.areaHa(), r.scenarioName(),
                r.horizon(), r.date(), r.summary(), r.mapPng(), List.of(), List.of(), rows, List.of(), List.of());
        Path out = dir.resolve("lang.pdf");
        PdfReportWriter.write(longTable, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            int pagesWithRows = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(p);
                page.setEndPage(p);
                String text = page.getText(doc);
                if (text.contains("2045") || text.contains("2089") || text.contains("2002")) {
                    pagesWithRows++;
                    assertTrue(text.contains("Conflict (ha)"), "header on page " + p);
                }
            }
            assertTrue(pagesWithRows >= 2, "the table spans pages: " + pagesWithRows);
        }
    }

    @Test
    void pdfCopesWithLongWordsMissingGlyphsAndNoMap() throws IOException {
        GemeenteReport r = report();
        String url = "https://www.example.nl/" + "heel-lang-pad-zonder-spaties/".repeat(20);
        GemeenteReport odd = new GemeenteReport(r.areaName(), "", "provincie", r.areaHa(), r.scenarioName() + " 🌍 ☃", 2100,
                r.date(), r.summary(), new byte[0], r.sections(), List.of(), List.of(), List.of(),
                List.of(new SourceItem(url, "", "")));
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
        assertThrows(IOException.class, () -> ReportService.write(report(), out));
        Path html = dir.resolve("bezet.html");
        Files.createDirectories(html);
        assertThrows(IOException.class, () -> ReportService.write(report(), html));
        assertEquals("oud", Files.readString(inside));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void theServiceChoosesTheFormatByExtension() throws IOException {
        assertTrue(ReportService.supports(Path.of("a.pdf")) && ReportService.supports(Path.of("a.HTML"))
                && ReportService.supports(Path.of("a.htm")));
        assertFalse(ReportService.supports(Path.of("a.docx")) || ReportService.supports(Path.of("pdf")));
        assertThrows(IllegalArgumentException.class, () -> ReportService.write(report(), dir.resolve("a.docx")));
        assertFalse(Files.exists(dir.resolve("a.docx")));
        Path pdf = dir.resolve("a.pdf");
        Path html = dir.resolve("a.htm");
        ReportService.write(report(), pdf);
        ReportService.write(report(), html);
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean hasElement(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (cssClass.equals(((Element) nodes.item(i)).getAttribute("class"))) {
                return true;
            }
        }
        return false;
    }

    /** Extracted text with line breaks from wrapping undone. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ");
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
        ThemeSection wonen = new ThemeSection("Beweging 1: Ruimte voor wonen en werken", GroupKind.BEWEGING,
                List.of(new FeatureItem("Verstedelijkingsgebied Merwedekanaalzone", KeuzeCategorie.GEMAAKT, 3.4, 0,
                                "Binnenstedelijke verdichting met circa 10.000 woningen; menging van wonen en werken "
                                        + "rond een hoogwaardig ov-knooppunt.",
                                "Voorontwerp Nota Ruimte, p. 42, § 3.2", false),
                        new FeatureItem("Hoofdvaarweg Amsterdam-Rijnkanaal", KeuzeCategorie.BESTAAND, 0, 12.8,
                                "Vaarweg van nationaal belang; ruimte voor verbreding blijft gereserveerd.",
                                "Voorontwerp Nota Ruimte, p. 77", true)),
                List.of(new KeuzeItem("Scheiding van functies in de Merwedekanaalzone", KeuzeCategorie.TE_MAKEN,
                        "Hoe ver gaat de menging van wonen en bedrijvigheid? Dit raakt de milieucategorieën en het "
                                + "ideële beeld van een complete wijk.", "Voorontwerp Nota Ruimte, p. 45")));
        ThemeSection water = new ThemeSection("Water en bodem sturend", GroupKind.BASIS,
                List.of(new FeatureItem("Waterberging Rijnenburg", KeuzeCategorie.TE_MAKEN_OF_AGENDEREN, 8.1, 0,
                        "Reservering voor piekberging langs de Lek; bodemdaling in het veenweidegebied.",
                        "Voorontwerp Nota Ruimte, p. 31", true)),
                List.of(new KeuzeItem("Bouwen in laaggelegen gebieden", KeuzeCategorie.TE_AGENDEREN,
                        "Afwegingskader voor bouwen in diepe polders; overleg met Veiligheidsregio's <geen> & provincie.",
                        "Voorontwerp Nota Ruimte, p. 28")));
        List<SchuurpuntItem> sps = List.of(
                new SchuurpuntItem("Wonen in de uiterwaarden", Relation.CONFLICT, "Woningbouw Merwede",
                        "Waterberging Rijnenburg", 42.5, 0,
                        "De woningbouwopgave valt samen met het gebied dat voor piekberging is gereserveerd.",
                        "Water en bodem is sturend: de woningbouw wijkt voor de waterberging.",
                        "Waar worden de 1.200 woningen dan gebouwd?", "Voorontwerp Nota Ruimte, p. 31 en 42", true),
                new SchuurpuntItem("Energielandschap Lage Weide", Relation.KOPPELKANS, "Zonnevelden", "Bedrijventerrein", 6.0, 0,
                        "Zon op daken en parkeerterreinen kan samengaan met bedrijvigheid.", "",
                        "Wie neemt het initiatief voor een energiecoöperatie?", "Voorontwerp Nota Ruimte, p. 55", false));
        List<HorizonRow> horizons = List.of(new HorizonRow(2030, 12, 4, 1, 2, 1, 18.2),
                new HorizonRow(2050, 15, 6, 2, 3, 1, 42.5), new HorizonRow(2100, 17, 6, 3, 2, 2, 61.0));
        return new GemeenteReport("Utrecht", "GM0344", "gemeente", 9_938.4, "Voorontwerp Nota Ruimte 2024", 2050,
                LocalDate.of(2026, 11, 23), new GemeenteReport.Summary(30, 10, 2, 1), png(),
                List.of(wonen, water), sps, horizons,
                List.of(new HorizonChange(2030, 2050, 3, 0, 1, 0, List.of("Woningbouw Merwede")),
                        new HorizonChange(2050, 2100, 2, 1, 1, 0, List.of())),
                List.of(new SourceItem("Voorontwerp Nota Ruimte", "Ministerie van BZK", "2024-06"),
                        new SourceItem("Basisregistratie Kadaster – gemeentegrenzen ‘2024’", "Kadaster", "2024")));
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
