package nl.ruimteverkenner.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.geo.ScaleBarLength;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.AtomicFiles;
import nl.ruimteverkenner.io.Version;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a {@link MapSheet} as a finished map: title and subtitle (horizon, area), the map in a frame with scale
 * bar, north arrow and background credit, and beside it (landscape) or below it (portrait) the legend of what is
 * drawn, the scale on paper, the projection, the scenario's source documents and the date. As PNG (the whole
 * sheet as an image, its resolution in the pHYs chunk) or PDF (the map as an image, everything else vector text
 * in the embedded DejaVu fonts). Headless, no JavaFX; call it off the FX thread. Writing is atomic.
 */
public final class MapSheetRenderer {
    /** The formats a sheet is written in. */
    public enum Format {
        PNG, PDF;

        /** The format named by the file's extension (.png or .pdf). */
        public static Optional<Format> of(Path file) {
            String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".png") ? Optional.of(PNG) : n.endsWith(".pdf") ? Optional.of(PDF) : Optional.empty();
        }
    }

    /**
     * What was drawn.
     *
     * @param scale      the scale bar's length
     * @param paperScale the scale on paper (the n of 1 : n, rounded), 0 for a page without paper
     * @param legend     the legend's rows (headings and entries)
     */
    public record Result(int widthPx, int heightPx, ScaleBarLength.Choice scale, long paperScale, List<String> legend) {
    }

    /** The map frame of a page in pixels (at the page's resolution). */
    public record Frame(int x, int y, int width, int height) {
        /** The pixel of the sheet where {@code lon}, {@code lat} is drawn when the map shows {@code extent}. */
        public int[] pixel(Envelope extent, double lon, double lat) {
            MapImageRenderer.View v = MapImageRenderer.View.around(extent, 0, width, height);
            double perWorld = width / (v.x1() - v.x0());
            return new int[] {x + (int) Math.floor((WebMercator.x(lon) - v.x0()) * perWorld),
                    y + (int) Math.floor((WebMercator.y(lat) - v.y0()) * perWorld)};
        }
    }

    /** Where the map lies on a page, in pixels. */
    public static Frame mapFrame(MapSheet.Page page) {
        return frame(layout(page), page);
    }

    private static Frame frame(Layout l, MapSheet.Page page) {
        double ppp = page.dpi() / 72;
        int x0 = (int) Math.round(l.mapX() * ppp);
        int y0 = (int) Math.round(l.mapY() * ppp);
        int w = Math.max(1, (int) Math.round((l.mapX() + l.mapW()) * ppp) - x0);
        int h = Math.max(1, (int) Math.round((l.mapY() + l.mapH()) * ppp) - y0);
        return new Frame(x0, y0, w, h);
    }

    private record Layout(double u, double margin, double mapX, double mapY, double mapW, double mapH,
                          double panelX, double panelY, double panelW, double panelH, int columns) {
    }

    private final MapImageRenderer maps;

    /** A renderer on the offline basemap {@code tiles}. */
    public MapSheetRenderer(TileRenderer tiles) {
        this.maps = new MapImageRenderer(tiles);
    }

    /** Writes the sheet to {@code target} (.png or .pdf) atomically: a failure leaves the old file or none. */
    public Result write(MapSheet sheet, Path target) throws IOException {
        Format format = Format.of(target).orElseThrow(() -> new IllegalArgumentException("not .png or .pdf: " + target));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        Result r = format == Format.PNG ? png(sheet, bytes) : pdf(sheet, bytes);
        AtomicFiles.write(target, bytes.toByteArray());
        return r;
    }

    private static Layout layout(MapSheet.Page page) {
        double w = page.widthPt();
        double h = page.heightPt();
        double u = Math.max(0.6, Math.min(1.8, Math.sqrt(Math.min(w, h) / 595.28)));
        double margin = 22 * u;
        double top = margin + headerHeight(u);
        if (page.landscape()) {
            double panelW = Math.min(175 * u, w * 0.3);
            double mapW = w - 2 * margin - panelW - 14 * u;
            return new Layout(u, margin, margin, top, mapW, h - top - margin, margin + mapW + 14 * u, top, panelW,
                    h - top - margin, 1);
        }
        double panelH = (h - top - margin) * 0.27;
        double mapH = h - top - margin - panelH - 12 * u;
        return new Layout(u, margin, margin, top, w - 2 * margin, mapH, margin, top + mapH + 12 * u, w - 2 * margin,
                panelH, 3);
    }

    private static double headerHeight(double u) {
        return 17 * u * 1.15 + 9.5 * u * 1.4 + 8 * u;
    }

    private static Predicate<Feature> shown(MapSheet sheet) {
        return f -> sheet.layerIds().contains(f.layerId()) && f.isInForceAt(sheet.horizon());
    }

    /** Draws everything but the map image on {@code c}; the map frame of {@code l} is already filled. */
    private Result furniture(MapSheet sheet, SheetCanvas c, Layout l, MapImageRenderer.View view, int mapWidthPx) {
        double u = l.u();
        MapFurniture f = new MapFurniture(u);
        MapSheet.Page page = sheet.page();
        // header
        double titleSize = 17 * u;
        String title = fit(sheet.title(), titleSize, true, page.widthPt() - 2 * l.margin(), c);
        c.text(title, l.margin(), l.margin() + titleSize * 0.9, true, titleSize, 0x1f2933);
        String subtitle = sheet.areaName() == null || sheet.areaName().isBlank()
                ? Messages.get("mapsheet.subtitle", sheet.horizon().year())
                : Messages.get("mapsheet.subtitle.area", sheet.horizon().year(), sheet.areaName());
        c.text(fit(subtitle, 9.5 * u, false, page.widthPt() - 2 * l.margin(), c), l.margin(),
                l.margin() + titleSize * 1.15 + 9.5 * u * 1.1, false, 9.5 * u, 0x52606d);
        // the map's own furniture
        c.strokeRect(l.mapX(), l.mapY(), l.mapW(), l.mapH(), 0x52606d, 0.8 * u, null);
        double metresPerPoint = view.metresPerPixel(mapWidthPx) * mapWidthPx / l.mapW();
        ScaleBarLength.Choice bar = f.onMap(c, l.mapX(), l.mapY(), l.mapW(), l.mapH(), metresPerPoint, sheet.credit());
        // the panel: smaller type when it does not fit, and what still does not fit is said, not silently dropped
        MapLegend legend = MapLegend.of(sheet.scenario(), shown(sheet), view.lonLat());
        long paperScale = page.paper() == null ? 0 : roundScale(metresPerPoint / (0.0254 / 72));
        List<MapFurniture.Row> rows = List.of();
        MapFurniture panel = f;
        for (double shrink = 1.0; shrink >= 0.69; shrink -= 0.1) {
            panel = new MapFurniture(u * shrink);
            rows = panelRows(sheet, panel, legend, paperScale, view, panel.columnWidth(l.panelW(), l.columns()), c);
            if (panel.flow(null, rows, l.panelX(), l.panelY(), l.panelW(), l.panelH(), l.columns()) == rows.size()) {
                break;
            }
        }
        int drawn = panel.flow(c, rows, l.panelX(), l.panelY(), l.panelW(), l.panelH(), l.columns());
        if (drawn < rows.size()) {
            String more = Messages.get("mapsheet.more");
            c.fillRect(l.panelX(), l.panelY() + l.panelH() - 9 * u, l.panelW(), 9 * u + l.margin() / 2, 0xffffff);
            c.text(more, l.panelX() + l.panelW() - c.textWidth(more, false, 7 * u), l.panelY() + l.panelH(), false, 7 * u, 0xb3261e);
        }
        return new Result(page.widthPx(), page.heightPx(), bar, paperScale,
                legend.items().stream().map(MapLegend.Item::label).toList());
    }

    private static List<MapFurniture.Row> panelRows(MapSheet sheet, MapFurniture f, MapLegend legend, long paperScale,
                                                    MapImageRenderer.View view, double colW, SheetCanvas c) {
        List<MapFurniture.Row> rows = new ArrayList<>(f.heading(Messages.get("mapsheet.legend"), colW, c, 0));
        if (legend.isEmpty()) {
            rows.addAll(f.body(Messages.get("mapsheet.legend.empty"), colW, c));
        } else {
            rows.addAll(f.legendRows(legend, colW, c));
        }
        double gap = 8 * f.legendText() / 7.5;
        rows.addAll(f.heading(Messages.get("mapsheet.scale"), colW, c, gap));
        if (paperScale > 0) {
            rows.addAll(f.body(Messages.get("mapsheet.scale.paper", paperScale, sheet.page().paper().name()), colW, c));
        }
        rows.addAll(f.body(Messages.get("mapsheet.projection", view.centreLat()), colW, c));
        if (!sheet.scenario().sources().isEmpty()) {
            rows.addAll(f.heading(Messages.get("mapsheet.sources"), colW, c, gap));
            for (SourceDocument d : sheet.scenario().sources()) {
                String who = String.join(", ", List.of(d.publisher(), d.date()).stream().filter(s -> !s.isBlank()).toList());
                String text = who.isEmpty() ? d.title() : Messages.get("mapsheet.source", d.title(), who);
                rows.addAll(d == sheet.scenario().sources().get(0) ? f.body(text, colW, c) : f.item(text, colW, c));
            }
        }
        rows.addAll(f.heading(Messages.get("mapsheet.made.heading"), colW, c, gap));
        String date = sheet.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.locale()));
        rows.addAll(f.body(Messages.get("mapsheet.made", date, Version.current()), colW, c));
        return rows;
    }

    /** A scale rounded to two significant digits (1 : 248 312 → 250 000). */
    static long roundScale(double n) {
        if (!(n > 0)) {
            return 0;
        }
        double pow = Math.pow(10, Math.max(0, Math.floor(Math.log10(n)) - 1));
        return Math.round(Math.round(n / pow) * pow);
    }

    private static String fit(String text, double size, boolean bold, double width, SheetCanvas c) {
        if (c.textWidth(text, bold, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && c.textWidth(t + "…", bold, size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private BufferedImage mapImage(MapSheet sheet, Layout l, int[] px) {
        Frame f = frame(l, sheet.page());
        px[0] = f.x();
        px[1] = f.y();
        px[2] = f.width();
        px[3] = f.height();
        MapImageRenderer.View view = MapImageRenderer.View.around(sheet.extent(), 0, f.width(), f.height());
        return maps.draw(sheet.scenario(), shown(sheet), sheet.outline(), view, f.width(), f.height(), sheet.page().dpi() / 96);
    }

    /** The sheet as a PNG with its resolution recorded. */
    public Result png(MapSheet sheet, java.io.OutputStream out) throws IOException {
        MapSheet.Page page = sheet.page();
        BufferedImage img = new BufferedImage(page.widthPx(), page.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Result r;
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            Layout l = layout(page);
            int[] px = new int[4];
            BufferedImage map = mapImage(sheet, l, px);
            g.drawImage(map, px[0], px[1], null);
            MapImageRenderer.View view = MapImageRenderer.View.around(sheet.extent(), 0, px[2], px[3]);
            r = furniture(sheet, new Java2dCanvas(g, page.dpi() / 72), l, view, px[2]);
        } finally {
            g.dispose();
        }
        writePng(img, page.dpi(), out);
        return r;
    }

    /** The sheet as a one-page PDF: the map as an image, the rest as vector graphics and text. */
    public Result pdf(MapSheet sheet, java.io.OutputStream out) throws IOException {
        MapSheet.Page page = sheet.page();
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(new PDRectangle((float) page.widthPt(), (float) page.heightPt()));
            doc.addPage(p);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(sheet.title());
            info.setCreator(Messages.get("cli.version", Version.current()));
            Result r;
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                PdfCanvas canvas = new PdfCanvas(doc, cs, page.heightPt());
                Layout l = layout(page);
                int[] px = new int[4];
                BufferedImage map = mapImage(sheet, l, px);
                PDImageXObject image = LosslessFactory.createFromImage(doc, map);
                cs.drawImage(image, (float) l.mapX(), (float) (page.heightPt() - l.mapY() - l.mapH()), (float) l.mapW(),
                        (float) l.mapH());
                MapImageRenderer.View view = MapImageRenderer.View.around(sheet.extent(), 0, px[2], px[3]);
                r = furniture(sheet, canvas, l, view, px[2]);
            }
            doc.save(out);
            return r;
        }
    }

    /** Writes a PNG with its resolution in the pHYs chunk (pixels per metre). */
    static void writePng(BufferedImage img, double dpi, java.io.OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String ppm = Integer.toString((int) Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }
}
