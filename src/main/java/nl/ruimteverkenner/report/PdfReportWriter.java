package nl.ruimteverkenner.report;

import static nl.ruimteverkenner.report.HtmlReportWriter.blank;
import static nl.ruimteverkenner.report.HtmlReportWriter.nz;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.AtomicFiles;
import nl.ruimteverkenner.report.GemeenteReport.FeatureItem;
import nl.ruimteverkenner.report.GemeenteReport.HorizonRow;
import nl.ruimteverkenner.report.GemeenteReport.KeuzeItem;
import nl.ruimteverkenner.report.GemeenteReport.SchuurpuntItem;
import nl.ruimteverkenner.report.GemeenteReport.ThemeSection;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Lays out a {@link GemeenteReport} as an A4 PDF with PDFBox: embedded DejaVu fonts (so Dutch accents
 * and ↔ · ≈ render everywhere), a cover with contents, the map scaled to the text width, sections per
 * beweging, schuurpunten as cards marked in the colour of their relation, the horizon table and the
 * sources; every page carries a running footer, and the document has bookmarks and linked contents.
 *
 * <p>The document is rendered twice (the first pass finds the page numbers for the contents) into
 * memory and only then written, atomically: an error never leaves a half-written file.
 */
public final class PdfReportWriter {
    private static final Logger LOG = Logger.getLogger(PdfReportWriter.class.getName());

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float LEFT = 20 * MM;
    private static final float WIDTH = PAGE_W - 2 * LEFT;
    private static final float TOP = PAGE_H - 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float FOOTER_BASELINE = 11 * MM;

    private static final Color INK = new Color(31, 35, 40);
    private static final Color MUTED = new Color(91, 99, 112);
    private static final Color RULE = new Color(208, 213, 221);
    private static final Color TINT = new Color(241, 244, 248);
    private static final Color ACCENT = new Color(21, 66, 115);
    private static final Color STUREND = new Color(29, 79, 134);
    private static final Color WHITE = Color.WHITE;

    private PdfReportWriter() {
    }

    /** Writes the report to {@code out}; the file is replaced only once the whole PDF is ready. */
    public static void write(GemeenteReport r, Path out) throws IOException {
        AtomicFiles.write(out, render(r));
    }

    /** The PDF as bytes. */
    static byte[] render(GemeenteReport r) throws IOException {
        Map<String, Integer> pages = Map.of();
        Pass pass = null;
        // pass 1 finds where the sections land; pass 2 prints those page numbers in the contents
        for (int i = 0; i < 3; i++) {
            pass = renderPass(r, pages);
            if (pass.pages().equals(pages)) {
                break;
            }
            pages = pass.pages();
        }
        return pass.bytes();
    }

    private record Pass(byte[] bytes, Map<String, Integer> pages) {
    }

    private static Pass renderPass(GemeenteReport r, Map<String, Integer> tocPages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = Fonts.load(doc);
            Layout l = new Layout(doc, fonts, r.areaName());
            Composer c = new Composer(r, l, fonts, tocPages);
            c.compose();
            l.finish();
            c.links();
            c.outline();
            String title = Messages.get("report.title", r.areaName());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(Messages.get("report.pdf.subject", r.areaName(), r.horizon(), nz(r.scenarioName())));
            info.setCreator("Ruimteverkenner");
            info.setCreationDate(Calendar.getInstance());
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setLanguage("nl-NL");
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);
            catalog.setPageMode(PageMode.USE_OUTLINES);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
            doc.save(bytes);
            Map<String, Integer> pages = new HashMap<>();
            c.anchors.forEach((k, a) -> pages.put(k, a.page + 1));
            return new Pass(bytes.toByteArray(), pages);
        }
    }

    // ------------------------------------------------------------------------------------------
    // What goes where

    /** Turns the report into calls on the layout. */
    private static final class Composer {
        private final GemeenteReport r;
        private final Layout l;
        private final Map<String, Integer> tocPages;
        private final Map<String, Anchor> anchors = new LinkedHashMap<>();
        private final List<TocLink> tocLinks = new ArrayList<>();

        private final Style body;
        private final Style bodyBold;
        private final Style lead;
        private final Style sturend;
        private final Style h1;
        private final Style h2;
        private final Style h3;
        private final Style h4;
        private final Style kicker;
        private final Style label;
        private final Style itemHead;
        private final Style spHead;
        private final Style size;
        private final Style small;
        private final Style tag;
        private final Style pill;
        private final Style tocText;
        private final Style tocSub;
        private final Style cell;
        private final Style cellBold;
        private final Style cellHot;
        private final Style cellHead;

        Composer(GemeenteReport r, Layout l, Fonts f, Map<String, Integer> tocPages) {
            this.r = r;
            this.l = l;
            this.tocPages = tocPages;
            body = new Style(f.serif, 10.5f, INK, 0);
            bodyBold = new Style(f.serifBold, 10.5f, INK, 0);
            lead = new Style(f.serif, 12f, INK, 0);
            sturend = new Style(f.serif, 10.5f, STUREND, 0);
            h1 = new Style(f.sansBold, 24f, ACCENT, -0.2f);
            h2 = new Style(f.sansBold, 17f, ACCENT, 0);
            h3 = new Style(f.sansBold, 13f, INK, 0);
            h4 = new Style(f.sansBold, 7.5f, MUTED, 0.8f);
            kicker = new Style(f.sansBold, 7.5f, MUTED, 1f);
            label = new Style(f.sans, 6.8f, MUTED, 0.5f);
            itemHead = new Style(f.sansBold, 10f, INK, 0);
            spHead = new Style(f.sansBold, 11.5f, INK, 0);
            size = new Style(f.sans, 8.5f, MUTED, 0);
            small = new Style(f.sans, 7.5f, MUTED, 0);
            tag = new Style(f.sans, 7f, new Color(52, 64, 84), 0);
            pill = new Style(f.sansBold, 6.8f, WHITE, 0.5f);
            tocText = new Style(f.sans, 10f, INK, 0);
            tocSub = new Style(f.sans, 9f, MUTED, 0);
            cell = new Style(f.sans, 9f, INK, 0);
            cellBold = new Style(f.sansBold, 9f, INK, 0);
            cellHot = new Style(f.sansBold, 9f, relationColor("conflict"), 0);
            cellHead = new Style(f.sansBold, 7.5f, MUTED, 0.3f);
        }

        void compose() throws IOException {
            cover();
            map();
            sections();
            schuurpunten();
            horizons();
            sources();
        }

        private void cover() throws IOException {
            l.newPage();
            l.fillRect(LEFT, l.y - 6, WIDTH, 6, ACCENT);
            l.y -= 6 + 22;
            l.paragraph(List.of(Span.of(upper(Messages.get("report.kicker")), kicker)), 0, 12);
            l.gap(6);
            l.paragraph(List.of(Span.of(Messages.get("report.title", r.areaName()), h1)), 0, 29);
            l.gap(16);
            List<String[]> meta = new ArrayList<>();
            meta.add(new String[] {Messages.get("report.cover.area"), HtmlReportWriter.areaLine(r)});
            meta.add(new String[] {Messages.get("report.cover.scenario"), nz(r.scenarioName())});
            meta.add(new String[] {Messages.get("report.cover.horizon"), Messages.get("report.cover.horizonValue", r.horizon())});
            meta.add(new String[] {Messages.get("report.cover.date"), nz(r.date())});
            metaGrid(meta);
            l.gap(20);
            if (!blank(r.intro())) {
                for (String p : paragraphs(r.intro())) {
                    l.paragraph(List.of(Span.of(p, lead)), 0, 18);
                    l.gap(8);
                }
                l.gap(14);
            }
            l.keepTogether(14 + 22 * 3);
            l.paragraph(List.of(Span.of(upper(Messages.get("report.toc")), h4)), 0, 14);
            l.gap(4);
            tocEntry("kaart", Messages.get("report.map"), 0);
            tocEntry("bewegingen", Messages.get("report.sections"), 0);
            for (int i = 0; i < r.sections().size(); i++) {
                tocEntry("thema-" + (i + 1), r.sections().get(i).theme(), 1);
            }
            tocEntry("schuurpunten", Messages.get("report.schuurpunten"), 0);
            tocEntry("horizonnen", Messages.get("report.horizons"), 0);
            tocEntry("bronnen", Messages.get("report.sources"), 0);
        }

        private void metaGrid(List<String[]> meta) throws IOException {
            float gutter = 18;
            float colW = (WIDTH - gutter) / 2;
            l.hline(LEFT, l.y, WIDTH, RULE, 0.6f);
            l.gap(9);
            for (int i = 0; i < meta.size(); i += 2) {
                List<List<Line>> labels = new ArrayList<>();
                List<List<Line>> values = new ArrayList<>();
                float rowH = 0;
                for (int j = i; j < Math.min(i + 2, meta.size()); j++) {
                    List<Line> lb = l.lines(List.of(Span.of(upper(meta.get(j)[0]), label)), colW);
                    List<Line> v = l.lines(List.of(Span.of(meta.get(j)[1], body.withSize(11.5f))), colW);
                    labels.add(lb);
                    values.add(v);
                    rowH = Math.max(rowH, lb.size() * 10 + v.size() * 15.5f);
                }
                l.keepTogether(rowH);
                for (int j = 0; j < labels.size(); j++) {
                    float x = LEFT + j * (colW + gutter);
                    l.drawLines(labels.get(j), x, l.y, 10, colW, Align.LEFT);
                    l.drawLines(values.get(j), x, l.y - labels.get(j).size() * 10, 15.5f, colW, Align.LEFT);
                }
                l.y -= rowH + 8;
            }
            l.hline(LEFT, l.y, WIDTH, RULE, 0.6f);
        }

        private void tocEntry(String key, String text, int level) throws IOException {
            float indent = level * 14;
            float numW = 30;
            Style st = level == 0 ? tocText : tocSub;
            float leading = level == 0 ? 17 : 14.5f;
            List<Line> lines = l.lines(List.of(Span.of(text, st)), WIDTH - indent - numW);
            float h = lines.size() * leading;
            l.keepTogether(h);
            float top = l.y;
            l.drawLines(lines, LEFT + indent, top, leading, WIDTH - indent - numW, Align.LEFT);
            Integer page = tocPages.get(key);
            if (page != null) {
                List<Line> num = l.lines(List.of(Span.of(String.valueOf(page), st)), numW);
                l.drawLines(num, LEFT + WIDTH - numW, top, leading, numW, Align.RIGHT);
            }
            if (level == 0) {
                l.hline(LEFT + indent, top - h + 1, WIDTH - indent, TINT, 0.5f);
            }
            tocLinks.add(new TocLink(key, l.pageIndex(), new PDRectangle(LEFT + indent, top - h, WIDTH - indent, h)));
            l.y -= h;
        }

        private void map() throws IOException {
            mainHeading("kaart", Messages.get("report.map"));
            BufferedImage img = decode(r.mapPng());
            if (img == null) {
                note(Messages.get("report.map.missing"));
                return;
            }
            PDImageXObject x = LosslessFactory.createFromImage(l.doc, img);
            List<Line> caption = blank(r.mapCaption()) ? List.of()
                    : l.lines(List.of(Span.of(r.mapCaption(), small.withSize(8f))), WIDTH);
            float captionH = caption.size() * 11.5f + 6;
            float w = WIDTH;
            float h = w * img.getHeight() / img.getWidth();
            float room = l.y - BOTTOM - captionH;
            if (h > room) {
                // a tall map shrinks to the page instead of running off it
                h = room;
                w = h * img.getWidth() / img.getHeight();
            }
            float x0 = LEFT + (WIDTH - w) / 2;
            l.image(x, x0, l.y - h, w, h);
            l.strokeRect(x0, l.y - h, w, h, RULE, 0.6f);
            l.y -= h + 6;
            l.drawLines(caption, LEFT, l.y, 11.5f, WIDTH, Align.LEFT);
            l.y -= caption.size() * 11.5f;
        }

        private BufferedImage decode(byte[] png) {
            if (png.length == 0) {
                return null;
            }
            try {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
                if (img == null || img.getWidth() <= 0 || img.getHeight() <= 0) {
                    LOG.warning("map image of the report is not a readable image; the PDF is written without it");
                    return null;
                }
                return img;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "map image of the report could not be decoded; the PDF is written without it", e);
                return null;
            }
        }

        private void sections() throws IOException {
            mainHeading("bewegingen", Messages.get("report.sections"));
            if (r.sections().isEmpty()) {
                note(Messages.get("report.sections.none", r.areaName()));
            }
            for (int i = 0; i < r.sections().size(); i++) {
                ThemeSection s = r.sections().get(i);
                if (i > 0) {
                    l.gap(10);
                    l.keepTogether(120);
                    l.hline(LEFT, l.y, WIDTH, RULE, 0.6f);
                    l.gap(12);
                }
                l.keepTogether(110);
                anchor("thema-" + (i + 1), s.theme(), 1);
                if (!blank(s.themeKind())) {
                    l.paragraph(List.of(Span.of(upper(s.themeKind()), kicker)), 0, 12);
                }
                l.paragraph(List.of(Span.of(s.theme(), h3)), 0, 17);
                subHeading(Messages.get("report.features"));
                if (s.features().isEmpty()) {
                    note(Messages.get("report.features.none"));
                }
                for (FeatureItem f : s.features()) {
                    List<Span> head = new ArrayList<>();
                    head.add(Span.of(nz(f.label()), itemHead));
                    categoryTag(head, f.category());
                    if (f.schematic()) {
                        head.add(schematicTag());
                    }
                    String sz = HtmlReportWriter.featureSize(f);
                    if (!sz.isEmpty()) {
                        head.add(Span.of(" " + sz, size));
                    }
                    item(head, f.description(), f.source());
                }
                subHeading(Messages.get("report.keuzes"));
                if (s.keuzes().isEmpty()) {
                    note(Messages.get("report.keuzes.none"));
                }
                for (KeuzeItem k : s.keuzes()) {
                    List<Span> head = new ArrayList<>();
                    head.add(Span.of(nz(k.title()), itemHead));
                    categoryTag(head, k.category());
                    item(head, k.summary(), k.source());
                }
            }
        }

        private void subHeading(String text) throws IOException {
            l.gap(8);
            l.keepTogether(14 + 45);
            l.paragraph(List.of(Span.of(upper(text), h4)), 0, 14);
            l.gap(3);
        }

        /** A feature or keuze: a head line with tags, a description and its source, with a grey bar left. */
        private void item(List<Span> head, String text, String source) throws IOException {
            float indent = 10;
            float w = WIDTH - indent;
            List<String> paras = blank(text) ? List.of() : paragraphs(text);
            float h = l.lines(head, w).size() * 14.5f + 2;
            for (String p : paras) {
                h += l.lines(List.of(Span.of(p, body)), w).size() * 15f + 2;
            }
            if (!blank(source)) {
                h += l.lines(List.of(Span.of(Messages.get("report.source", source), small)), w).size() * 10.5f + 1;
            }
            l.keepTogether(h);
            l.startBar(LEFT, 2f, RULE);
            l.paragraph(head, indent, 14.5f);
            l.gap(2);
            for (String p : paras) {
                l.paragraph(List.of(Span.of(p, body)), indent, 15f);
                l.gap(2);
            }
            if (!blank(source)) {
                l.paragraph(List.of(Span.of(Messages.get("report.source", source), small)), indent, 10.5f);
            }
            l.endBar();
            l.gap(9);
        }

        private void schuurpunten() throws IOException {
            mainHeading("schuurpunten", Messages.get("report.schuurpunten"));
            if (r.schuurpunten().isEmpty()) {
                note(Messages.get("report.schuurpunten.none", r.horizon(), r.areaName()));
                return;
            }
            l.paragraph(List.of(Span.of(Messages.get("report.schuurpunten.intro", r.areaName(), r.horizon()), body)), 0, 15.5f);
            l.gap(6);
            for (String kind : List.of("conflict", "voorwaardelijk", "koppelkans")) {
                l.paragraph(List.of(relationPill(Messages.get("relation." + kind), kind),
                        Span.of(Messages.get("report.schuurpunten.legend." + kind), body.withSize(9.5f))), 0, 15f);
            }
            l.gap(14);
            for (SchuurpuntItem s : r.schuurpunten()) {
                card(s);
            }
        }

        /** A schuurpunt as a card: coloured bar, relation pill and title, then label/value rows. */
        private void card(SchuurpuntItem s) throws IOException {
            String kind = HtmlReportWriter.relationKind(s.relation());
            float indent = 12;
            float labelW = 30 * MM;
            float valueW = WIDTH - indent - labelW;
            List<Span> head = new ArrayList<>();
            head.add(relationPill(nz(s.relation()), kind));
            head.add(Span.of(nz(s.title()), spHead));
            if (s.schematic()) {
                head.add(schematicTag());
            }
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {Messages.get("report.sp.claims"),
                    Messages.get("report.sp.claimPair", nz(s.claimA()), nz(s.claimB())), body});
            String sz = HtmlReportWriter.schuurpuntSize(s);
            if (!sz.isEmpty()) {
                rows.add(new Object[] {Messages.get("report.sp.size"), sz, body});
            }
            if (!blank(s.explanation())) {
                rows.add(new Object[] {Messages.get("report.sp.explanation"), s.explanation(), body});
            }
            if (!blank(s.sturend())) {
                rows.add(new Object[] {Messages.get("report.sp.sturend"), s.sturend(), sturend});
            }
            if (!blank(s.choice())) {
                rows.add(new Object[] {Messages.get("report.sp.choice"), s.choice(), bodyBold});
            }
            float leading = 15f;
            float h = 4 + l.lines(head, WIDTH - indent).size() * 17f + 5;
            for (Object[] row : rows) {
                h += Math.max(l.lines(labelSpans((String) row[0]), labelW - 6).size() * 9f + 6,
                        l.lines(List.of(Span.of((String) row[1], (Style) row[2])), valueW).size() * leading) + 3;
            }
            List<Span> src = blank(s.source()) ? List.of() : List.of(Span.of(Messages.get("report.source", s.source()), small));
            if (!src.isEmpty()) {
                h += l.lines(src, WIDTH - indent).size() * 10.5f + 3;
            }
            h += 6;
            l.keepTogether(h);
            l.startBar(LEFT, 3.5f, relationColor(kind));
            l.gap(4);
            l.paragraph(head, indent, 17f);
            l.gap(5);
            for (Object[] row : rows) {
                List<Span> value = List.of(Span.of((String) row[1], (Style) row[2]));
                List<Line> labelLines = l.lines(labelSpans((String) row[0]), labelW - 6);
                l.keepTogether(Math.max(leading, labelLines.size() * 9f + 6));
                float top = l.y;
                int page = l.pageIndex();
                // the label shares its first baseline with the value
                l.drawLines(labelLines, LEFT + indent, top, 9f, labelW - 6, Align.LEFT,
                        Layout.baseline(top, leading, ((Style) row[2]).size()));
                l.paragraph(value, indent + labelW, leading);
                float labelBottom = top - (labelLines.size() - 1) * 9f - leading;
                if (l.pageIndex() == page && l.y > labelBottom) {
                    l.y = labelBottom;
                }
                l.gap(3);
            }
            if (!src.isEmpty()) {
                l.gap(2);
                l.paragraph(src, indent, 10.5f);
            }
            l.gap(6);
            l.endBar();
            l.gap(14);
        }

        private List<Span> labelSpans(String text) {
            return List.of(Span.of(upper(text), label));
        }

        private void horizons() throws IOException {
            mainHeading("horizonnen", Messages.get("report.horizons"));
            if (!r.horizons().isEmpty()) {
                l.paragraph(List.of(Span.of(Messages.get("report.horizons.intro", r.areaName()), body)), 0, 15.5f);
                l.gap(10);
                table();
                l.gap(18);
            }
            if (!r.horizonChanges().isEmpty()) {
                l.keepTogether(17 + 30);
                l.paragraph(List.of(Span.of(Messages.get("report.horizons.changes"), h3)), 0, 17);
                l.gap(4);
                for (String c : r.horizonChanges()) {
                    bullet(List.of(Span.of(c, body)), 15.5f);
                    l.gap(3);
                }
            }
        }

        private void table() throws IOException {
            List<String> headers = HtmlReportWriter.HORIZON_COLUMNS.stream()
                    .map(c -> Messages.get("report.horizons.col." + c)).toList();
            List<List<String>> rows = r.horizons().stream().map(HtmlReportWriter::horizonCells).toList();
            int n = headers.size();
            float pad = 5;
            float[] natural = new float[n];
            for (int c = 0; c < n; c++) {
                natural[c] = l.width(List.of(Span.of(headers.get(c), cellHead))) + 2 * pad;
                for (List<String> row : rows) {
                    natural[c] = Math.max(natural[c], l.width(List.of(Span.of(row.get(c), cellBold))) + 2 * pad);
                }
            }
            float sum = 0;
            for (float v : natural) {
                sum += v;
            }
            float[] widths = new float[n];
            for (int c = 0; c < n; c++) {
                widths[c] = sum <= WIDTH ? natural[c] + (WIDTH - sum) / n : natural[c] * WIDTH / sum;
            }
            // header
            List<List<Line>> headLines = new ArrayList<>();
            int headRows = 1;
            for (int c = 0; c < n; c++) {
                List<Line> lines = l.lines(List.of(Span.of(headers.get(c), cellHead)), widths[c] - 2 * pad);
                headLines.add(lines);
                headRows = Math.max(headRows, lines.size());
            }
            float headLeading = 10;
            float headH = headRows * headLeading + 8;
            float rowH = 20;
            l.keepTogether(headH + rowH * Math.min(rows.size(), 3));
            float x = LEFT;
            for (int c = 0; c < n; c++) {
                List<Line> lines = headLines.get(c);
                float top = l.y - 2 - (headRows - lines.size()) * headLeading;
                l.drawLines(lines, x + pad, top, headLeading, widths[c] - 2 * pad, c == 0 ? Align.LEFT : Align.RIGHT);
                x += widths[c];
            }
            l.y -= headH;
            l.hline(LEFT, l.y, WIDTH, INK, 1.2f);
            for (int i = 0; i < rows.size(); i++) {
                l.keepTogether(rowH);
                HorizonRow row = r.horizons().get(i);
                boolean current = row.horizon() == r.horizon();
                if (current) {
                    l.fillRect(LEFT, l.y - rowH, WIDTH, rowH, TINT);
                }
                x = LEFT;
                for (int c = 0; c < n; c++) {
                    Style st = c == 3 && row.conflicts() > 0 ? cellHot : current || c == 0 ? cellBold : cell;
                    List<Line> lines = l.lines(List.of(Span.of(rows.get(i).get(c), st)), widths[c] - 2 * pad);
                    l.drawLines(lines, x + pad, l.y - 3, 14, widths[c] - 2 * pad, c == 0 ? Align.LEFT : Align.RIGHT);
                    x += widths[c];
                }
                l.y -= rowH;
                l.hline(LEFT, l.y, WIDTH, RULE, 0.5f);
            }
        }

        private void sources() throws IOException {
            l.gap(26);
            l.keepTogether(22 + 40);
            anchor("bronnen", Messages.get("report.sources"), 0);
            heading2(Messages.get("report.sources"));
            Style src = new Style(small.font(), 8.5f, INK, 0);
            int i = 1;
            for (String s : r.sources()) {
                List<Span> spans = List.of(Span.of(s, src));
                l.keepTogether(12);
                List<Line> num = l.lines(List.of(Span.of(i + ".", src)), 16);
                float top = l.y;
                l.drawLines(num, LEFT, top, 12, 16, Align.RIGHT);
                l.paragraph(spans, 22, 12);
                l.gap(3);
                i++;
            }
            l.gap(18);
            l.keepTogether(30);
            l.hline(LEFT, l.y, WIDTH, RULE, 0.6f);
            l.gap(8);
            l.paragraph(List.of(Span.of(Messages.get("report.colophon", nz(r.date())), small)), 0, 10.5f);
        }

        // --- building blocks ---

        private void mainHeading(String key, String text) throws IOException {
            l.newPage();
            anchor(key, text, 0);
            heading2(text);
        }

        private void heading2(String text) throws IOException {
            l.paragraph(List.of(Span.of(text, h2)), 0, 22);
            l.gap(3);
            l.hline(LEFT, l.y, WIDTH, ACCENT, 1.5f);
            l.gap(14);
        }

        private void note(String text) throws IOException {
            l.paragraph(List.of(Span.of(text, body.withColor(MUTED))), 0, 15.5f);
            l.gap(4);
        }

        private void bullet(List<Span> spans, float leading) throws IOException {
            l.keepTogether(leading);
            List<Line> dot = l.lines(List.of(Span.of("•", spans.get(0).style())), 10);
            l.drawLines(dot, LEFT + 2, l.y, leading, 10, Align.LEFT);
            l.paragraph(spans, 14, leading);
        }

        private void categoryTag(List<Span> head, String category) {
            if (blank(category)) {
                return;
            }
            String c = category.toLowerCase(Locale.ROOT);
            Box box;
            Style st = tag;
            if (c.contains("gemaakt")) {
                box = new Box(new Color(52, 64, 84), null, null);
                st = tag.withColor(WHITE);
            } else if (c.contains("te maken")) {
                box = new Box(null, new Color(120, 130, 148), new float[] {2, 1.5f});
            } else if (c.contains("agender")) {
                box = new Box(null, new Color(120, 130, 148), new float[] {0.6f, 1.2f});
            } else if (c.contains("bestaand")) {
                box = new Box(null, RULE, null);
                st = tag.withColor(MUTED);
            } else {
                box = new Box(null, new Color(152, 162, 179), null);
            }
            head.add(new Span(category, st, box));
        }

        private Span schematicTag() {
            return new Span(Messages.get("report.schematic"), tag.withColor(new Color(122, 93, 0)),
                    new Box(new Color(255, 248, 225), new Color(176, 137, 0), null));
        }

        private Span relationPill(String text, String kind) {
            return new Span(upper(text), pill, new Box(relationColor(kind), null, null));
        }

        private void anchor(String key, String title, int level) {
            anchors.put(key, new Anchor(title, level, l.pageIndex(), l.y));
        }

        /** Link annotations over the contents entries. */
        void links() throws IOException {
            for (TocLink link : tocLinks) {
                Anchor a = anchors.get(link.key());
                if (a == null) {
                    continue;
                }
                PDAnnotationLink annotation = new PDAnnotationLink();
                annotation.setRectangle(link.rect());
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                annotation.setBorderStyle(border);
                PDActionGoTo action = new PDActionGoTo();
                action.setDestination(destination(a));
                annotation.setAction(action);
                PDPage page = l.doc.getPage(link.page());
                List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
                annotations.add(annotation);
                page.setAnnotations(annotations);
            }
        }

        /** Bookmarks: the main sections, with the bewegingen as children. */
        void outline() {
            PDDocumentOutline outline = new PDDocumentOutline();
            l.doc.getDocumentCatalog().setDocumentOutline(outline);
            PDOutlineItem parent = null;
            for (Anchor a : anchors.values()) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(a.title());
                item.setDestination(destination(a));
                if (a.level() == 0 || parent == null) {
                    outline.addLast(item);
                    parent = item;
                } else {
                    parent.addLast(item);
                    parent.openNode();
                }
            }
            outline.openNode();
        }

        private PDPageXYZDestination destination(Anchor a) {
            PDPageXYZDestination d = new PDPageXYZDestination();
            d.setPage(l.doc.getPage(a.page()));
            d.setTop(Math.round(Math.min(PAGE_H, a.y() + 20)));
            d.setLeft(0);
            return d;
        }
    }

    private record Anchor(String title, int level, int page, float y) {
    }

    private record TocLink(String key, int page, PDRectangle rect) {
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static String upper(String s) {
        return s.toUpperCase(Messages.locale());
    }

    private static Color relationColor(String kind) {
        return switch (kind) {
            case "conflict" -> new Color(192, 57, 43);
            case "voorwaardelijk" -> new Color(217, 130, 43);
            case "koppelkans" -> new Color(43, 138, 62);
            default -> new Color(102, 112, 133);
        };
    }

    // ------------------------------------------------------------------------------------------
    // Text layout

    /** The four embedded faces; each can stand in for the other family when a glyph is missing. */
    private static final class Fonts {
        final PDType0Font serif;
        final PDType0Font serifBold;
        final PDType0Font sans;
        final PDType0Font sansBold;
        private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new IdentityHashMap<>();

        private Fonts(PDType0Font serif, PDType0Font serifBold, PDType0Font sans, PDType0Font sansBold) {
            this.serif = serif;
            this.serifBold = serifBold;
            this.sans = sans;
            this.sansBold = sansBold;
        }

        static Fonts load(PDDocument doc) throws IOException {
            return new Fonts(font(doc, "DejaVuSerif.ttf"), font(doc, "DejaVuSerif-Bold.ttf"),
                    font(doc, "DejaVuSans.ttf"), font(doc, "DejaVuSans-Bold.ttf"));
        }

        private static PDType0Font font(PDDocument doc, String file) throws IOException {
            try (InputStream in = PdfReportWriter.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IOException("font missing from the classpath: fonts/" + file);
                }
                return PDType0Font.load(doc, in);
            }
        }

        PDType0Font fallback(PDType0Font f) {
            if (f == serif) {
                return sans;
            }
            if (f == serifBold) {
                return sansBold;
            }
            return f == sans ? serif : serifBold;
        }

        boolean has(PDType0Font f, int codePoint) {
            return glyphs.computeIfAbsent(f, k -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
                try {
                    f.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }
    }

    private enum Align { LEFT, RIGHT }

    /** Font, size, colour and letter spacing of a run of text. */
    private record Style(PDType0Font font, float size, Color color, float tracking) {
        Style withSize(float s) {
            return new Style(font, s, color, tracking);
        }

        Style withColor(Color c) {
            return new Style(font, size, c, tracking);
        }

        Style withFont(PDType0Font f) {
            return new Style(f, size, color, tracking);
        }
    }

    /** A tag drawn around a run: fill and/or outline (dashed when {@code dash} is set). */
    private record Box(Color fill, Color stroke, float[] dash) {
        static final float PAD = 3.2f;
    }

    /** Input text: a run in one style; a boxed run never breaks. */
    private record Span(String text, Style style, Box box) {
        static Span of(String text, Style style) {
            return new Span(text, style, null);
        }
    }

    /** Output text: a run of characters that all have a glyph in the style's font. */
    private static final class Piece {
        final Style style;
        final StringBuilder text = new StringBuilder();
        final Box box;
        private float width = -1;

        Piece(Style style, Box box) {
            this.style = style;
            this.box = box;
        }

        float width() throws IOException {
            if (width < 0) {
                String s = text.toString();
                width = style.font().getStringWidth(s) / 1000f * style.size()
                        + style.tracking() * s.codePointCount(0, s.length()) + (box == null ? 0 : 2 * Box.PAD);
            }
            return width;
        }
    }

    /** Pieces between two spaces. */
    private static final class Word {
        final boolean spaceBefore;
        final List<Piece> pieces = new ArrayList<>();

        Word(boolean spaceBefore) {
            this.spaceBefore = spaceBefore;
        }

        void append(Style style, int codePoint) {
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last == null || last.box != null || !last.style.equals(style)) {
                last = new Piece(style, null);
                pieces.add(last);
            }
            last.text.appendCodePoint(codePoint);
        }

        float width() throws IOException {
            float w = 0;
            for (Piece p : pieces) {
                w += p.width();
            }
            return w;
        }

        /** The space between two words: the wider of the spaces of both (a small tag after a title). */
        static float space(Word before, Word after) throws IOException {
            return Math.max(spaceOf(before.pieces.get(before.pieces.size() - 1).style),
                    spaceOf(after.pieces.get(0).style));
        }

        private static float spaceOf(Style s) throws IOException {
            return s.font().getStringWidth(" ") / 1000f * s.size() + s.tracking();
        }

        float maxSize() {
            float m = 0;
            for (Piece p : pieces) {
                m = Math.max(m, p.box == null ? p.style.size() : p.style.size() * 1.25f);
            }
            return m;
        }

        /** Breaks a word wider than {@code width} (a long URL, say) between characters. */
        List<Word> split(float width) throws IOException {
            List<Word> out = new ArrayList<>();
            Word cur = new Word(spaceBefore);
            float w = 0;
            for (Piece p : pieces) {
                if (p.box != null) {
                    cur.pieces.add(p);
                    w += p.width();
                    continue;
                }
                String s = p.text.toString();
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    float cw = p.style.font().getStringWidth(new String(Character.toChars(cp))) / 1000f * p.style.size()
                            + p.style.tracking();
                    if (w + cw > width && !cur.pieces.isEmpty()) {
                        out.add(cur);
                        cur = new Word(false);
                        w = 0;
                    }
                    cur.append(p.style, cp);
                    w += cw;
                }
            }
            out.add(cur);
            return out;
        }
    }

    private record Line(List<Word> words, float width) {
        float maxSize() {
            float m = 0;
            for (Word w : words) {
                m = Math.max(m, w.maxSize());
            }
            return m;
        }
    }

    /**
     * A cursor on the current page: wraps text to the column, starts new pages with the running footer,
     * and draws the decorations (bars, rules, boxes) around the text.
     */
    private static final class Layout {
        final PDDocument doc;
        private final Fonts fonts;
        private final String areaName;
        private PDPageContentStream cs;
        private int pages;
        private boolean atTop;
        float y;
        private Color barColor;
        private float barX;
        private float barW;
        private float barTop;

        Layout(PDDocument doc, Fonts fonts, String areaName) {
            this.doc = doc;
            this.fonts = fonts;
            this.areaName = areaName;
        }

        int pageIndex() {
            return pages - 1;
        }

        void newPage() throws IOException {
            if (cs != null) {
                finishPage();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages++;
            cs = new PDPageContentStream(doc, page);
            y = TOP;
            atTop = true;
            barTop = TOP;
        }

        void finish() throws IOException {
            if (cs != null) {
                finishPage();
            }
        }

        private void finishPage() throws IOException {
            if (barColor != null) {
                drawBar(barTop, y);
            }
            hline(LEFT, FOOTER_BASELINE + 11, WIDTH, RULE, 0.5f);
            Style footer = new Style(fonts.sans, 7.5f, MUTED, 0);
            List<Line> lines = lines(List.of(Span.of(Messages.get("report.footer", areaName, pages), footer)), WIDTH);
            if (!lines.isEmpty()) {
                drawLines(lines.subList(0, 1), LEFT, FOOTER_BASELINE + 8, 10, WIDTH, Align.LEFT, FOOTER_BASELINE);
            }
            cs.close();
            cs = null;
        }

        /** Starts a new page unless {@code h} points still fit (or the block is taller than a page anyway). */
        void keepTogether(float h) throws IOException {
            if (y - h < BOTTOM && !atTop) {
                newPage();
            }
        }

        /** Vertical space, dropped at the top of a page. */
        void gap(float h) {
            if (!atTop) {
                y = Math.max(BOTTOM, y - h);
            }
        }

        /** Wraps {@code spans} to {@code width} and draws them line by line, breaking pages as needed. */
        void paragraph(List<Span> spans, float indent, float leading) throws IOException {
            float w = WIDTH - indent;
            for (Line line : lines(spans, w)) {
                keepTogether(leading);
                drawLines(List.of(line), LEFT + indent, y, leading, w, Align.LEFT);
                y -= leading;
                atTop = false;
            }
        }

        float width(List<Span> spans) throws IOException {
            float max = 0;
            for (Line line : lines(spans, Float.MAX_VALUE)) {
                max = Math.max(max, line.width());
            }
            return max;
        }

        /** Greedy line breaking; words wider than the column are broken between characters. */
        List<Line> lines(List<Span> spans, float width) throws IOException {
            List<Line> out = new ArrayList<>();
            List<Word> cur = new ArrayList<>();
            float w = 0;
            for (Word word : words(spans)) {
                float ww = word.width();
                float sp = cur.isEmpty() || !word.spaceBefore ? 0 : Word.space(cur.get(cur.size() - 1), word);
                if (!cur.isEmpty() && w + sp + ww > width) {
                    out.add(new Line(cur, w));
                    cur = new ArrayList<>();
                    w = 0;
                    sp = 0;
                }
                if (cur.isEmpty() && ww > width) {
                    List<Word> parts = word.split(width);
                    for (int i = 0; i < parts.size() - 1; i++) {
                        out.add(new Line(List.of(parts.get(i)), parts.get(i).width()));
                    }
                    Word last = parts.get(parts.size() - 1);
                    cur.add(last);
                    w = last.width();
                    continue;
                }
                cur.add(word);
                w += sp + ww;
            }
            if (!cur.isEmpty()) {
                out.add(new Line(cur, w));
            }
            return out;
        }

        /** Splits spans into words; characters without a glyph use the other family, or become '?'. */
        private List<Word> words(List<Span> spans) {
            List<Word> words = new ArrayList<>();
            Word cur = null;
            boolean space = false;
            for (Span s : spans) {
                String text = s.text() == null ? "" : s.text();
                if (s.box() != null) {
                    if (text.isBlank()) {
                        continue;
                    }
                    Word w = new Word(!words.isEmpty());
                    Piece p = new Piece(s.style(), s.box());
                    text.strip().codePoints().forEach(cp -> {
                        boolean ok = fonts.has(s.style().font(), cp);
                        p.text.appendCodePoint(Character.isWhitespace(cp) ? ' ' : ok ? cp : '?');
                    });
                    w.pieces.add(p);
                    words.add(w);
                    cur = null;
                    space = true;
                    continue;
                }
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                        cur = null;
                        space = true;
                        continue;
                    }
                    Style st = s.style();
                    int c = cp;
                    if (!fonts.has(st.font(), cp)) {
                        PDType0Font fb = fonts.fallback(st.font());
                        if (fonts.has(fb, cp)) {
                            st = st.withFont(fb);
                        } else {
                            c = '?';
                        }
                    }
                    if (cur == null) {
                        cur = new Word(space && !words.isEmpty());
                        words.add(cur);
                        space = false;
                    }
                    cur.append(st, c);
                }
            }
            return words;
        }

        static float baseline(float top, float leading, float size) {
            return top - (leading - 1.17f * size) / 2 - 0.93f * size;
        }

        void drawLines(List<Line> lines, float x, float top, float leading, float width, Align align)
                throws IOException {
            drawLines(lines, x, top, leading, width, align, Float.NaN);
        }

        /**
         * Draws lines without breaking pages. {@code firstBaseline}, when not NaN, fixes the baseline of the
         * first line (to align a label with the text beside it).
         */
        void drawLines(List<Line> lines, float x, float top, float leading, float width, Align align,
                       float firstBaseline) throws IOException {
            float t = top;
            float base = firstBaseline;
            atTop = false;
            for (Line line : lines) {
                float b = Float.isNaN(base) ? baseline(t, leading, line.maxSize()) : base;
                float cx = align == Align.RIGHT ? x + width - line.width() : x;
                Word prev = null;
                for (Word w : line.words()) {
                    if (prev != null && w.spaceBefore) {
                        cx += Word.space(prev, w);
                    }
                    prev = w;
                    for (Piece p : w.pieces) {
                        if (p.box != null) {
                            drawBox(p, cx, b);
                            text(p, cx + Box.PAD, b);
                        } else {
                            text(p, cx, b);
                        }
                        cx += p.width();
                    }
                }
                t -= leading;
                if (!Float.isNaN(base)) {
                    base -= leading;
                }
            }
        }

        private void text(Piece p, float x, float baseline) throws IOException {
            Style s = p.style;
            cs.beginText();
            cs.setFont(s.font(), s.size());
            cs.setNonStrokingColor(s.color());
            if (s.tracking() != 0) {
                cs.setCharacterSpacing(s.tracking());
            }
            cs.newLineAtOffset(x, baseline);
            cs.showText(p.text.toString());
            if (s.tracking() != 0) {
                cs.setCharacterSpacing(0);
            }
            cs.endText();
        }

        private void drawBox(Piece p, float x, float baseline) throws IOException {
            float size = p.style.size();
            float h = size * 1.55f;
            float bottom = baseline - size * 0.42f;
            float w = p.width() - (p.style.tracking() > 0 ? p.style.tracking() : 0);
            roundRect(x, bottom, w, h, 1.8f);
            Box b = p.box;
            if (b.fill() != null) {
                cs.setNonStrokingColor(b.fill());
            }
            if (b.stroke() != null) {
                cs.setStrokingColor(b.stroke());
                cs.setLineWidth(0.6f);
                if (b.dash() != null) {
                    cs.setLineDashPattern(b.dash(), 0);
                }
            }
            if (b.fill() != null && b.stroke() != null) {
                cs.fillAndStroke();
            } else if (b.fill() != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
            if (b.dash() != null) {
                cs.setLineDashPattern(new float[0], 0);
            }
        }

        private void roundRect(float x, float y0, float w, float h, float r) throws IOException {
            float k = 0.5523f * r;
            cs.moveTo(x + r, y0);
            cs.lineTo(x + w - r, y0);
            cs.curveTo(x + w - r + k, y0, x + w, y0 + r - k, x + w, y0 + r);
            cs.lineTo(x + w, y0 + h - r);
            cs.curveTo(x + w, y0 + h - r + k, x + w - r + k, y0 + h, x + w - r, y0 + h);
            cs.lineTo(x + r, y0 + h);
            cs.curveTo(x + r - k, y0 + h, x, y0 + h - r + k, x, y0 + h - r);
            cs.lineTo(x, y0 + r);
            cs.curveTo(x, y0 + r - k, x + r - k, y0, x + r, y0);
            cs.closePath();
        }

        void fillRect(float x, float y0, float w, float h, Color c) throws IOException {
            cs.setNonStrokingColor(c);
            cs.addRect(x, y0, w, h);
            cs.fill();
            atTop = false;
        }

        void strokeRect(float x, float y0, float w, float h, Color c, float lineWidth) throws IOException {
            cs.setStrokingColor(c);
            cs.setLineWidth(lineWidth);
            cs.addRect(x, y0, w, h);
            cs.stroke();
        }

        void hline(float x, float y0, float w, Color c, float lineWidth) throws IOException {
            cs.setStrokingColor(c);
            cs.setLineWidth(lineWidth);
            cs.moveTo(x, y0);
            cs.lineTo(x + w, y0);
            cs.stroke();
            atTop = false;
        }

        void image(PDImageXObject img, float x, float y0, float w, float h) throws IOException {
            cs.drawImage(img, x, y0, w, h);
            atTop = false;
        }

        /** Starts a vertical bar left of the following block; it continues across page breaks. */
        void startBar(float x, float w, Color c) {
            barColor = c;
            barX = x;
            barW = w;
            barTop = y;
        }

        void endBar() throws IOException {
            if (barColor != null) {
                drawBar(barTop, y);
            }
            barColor = null;
        }

        private void drawBar(float top, float bottom) throws IOException {
            if (top - bottom > 0.5f) {
                cs.setNonStrokingColor(barColor);
                cs.addRect(barX, bottom, barW, top - bottom);
                cs.fill();
            }
        }
    }
}
