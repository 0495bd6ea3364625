package nl.ruimteverkenner.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.geo.ScaleBarLength;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.style.CategoryStyle;
import org.locationtech.jts.awt.PointShapeFactory;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws static maps headless, for the wethouder's report and the exported map sheets: the offline basemap
 * painted at the output's own resolution (place names as large on paper as on the screen), the scenario's shown
 * features in their layer colours styled by keuze category as on the screen ({@link CategoryStyle}: solid,
 * hatched, dotted outline, light), and for an area the rest of the country dimmed and the area outlined.
 * The report map ({@link #render}) carries its furniture: scale bar, north arrow, background credit and a legend
 * of what it shows ({@link MapFurniture}).
 */
public final class MapImageRenderer {
    private static final double PADDING = 0.12;
    private static final Envelope WORLD = new Envelope(-180, 180, -WebMercator.MAX_LAT, WebMercator.MAX_LAT);
    private static final Envelope NETHERLANDS = new Envelope(3.2, 7.3, 50.7, 53.6);
    /** Print resolution the report map is drawn for: 1600 pixels over the 17 cm of an A4 text column. */
    private static final double REPORT_DPI = 240;
    private final TileRenderer tiles;

    public MapImageRenderer(TileRenderer tiles) {
        this.tiles = tiles;
    }

    /**
     * The part of the world a map shows, in Web Mercator world units (0..1 west to east and north to south).
     *
     * @param x0 west edge
     * @param y0 north edge
     * @param x1 east edge
     * @param y1 south edge
     */
    public record View(double x0, double y0, double x1, double y1) {
        /**
         * The box {@code lonLat} grown by {@code padding} (a fraction of its size on each side) and widened to the
         * aspect ratio {@code width} : {@code height}, around the same centre. A box that cannot be drawn becomes
         * the part of it that can, or the Netherlands.
         */
        public static View around(Envelope lonLat, double padding, double width, double height) {
            Envelope env = drawable(lonLat);
            double x0 = WebMercator.x(env.getMinX());
            double x1 = WebMercator.x(env.getMaxX());
            double y0 = WebMercator.y(env.getMaxY());
            double y1 = WebMercator.y(env.getMinY());
            double padX = (x1 - x0) * padding + 1e-6;
            double padY = (y1 - y0) * padding + 1e-6;
            x0 -= padX;
            x1 += padX;
            y0 -= padY;
            y1 += padY;
            double aspect = width / height;
            if ((x1 - x0) / (y1 - y0) < aspect) {
                double grow = ((y1 - y0) * aspect - (x1 - x0)) / 2;
                x0 -= grow;
                x1 += grow;
            } else {
                double grow = ((x1 - x0) / aspect - (y1 - y0)) / 2;
                y0 -= grow;
                y1 += grow;
            }
            return new View(x0, y0, x1, y1);
        }

        /** The view in lon/lat. */
        public Envelope lonLat() {
            return new Envelope(WebMercator.lon(x0), WebMercator.lon(x1), WebMercator.lat(y1), WebMercator.lat(y0));
        }

        /** The latitude of the centre, where the scale bar is exact. */
        public double centreLat() {
            return WebMercator.lat((y0 + y1) / 2);
        }

        /** Metres per pixel at the centre's latitude for an image {@code widthPx} wide. */
        public double metresPerPixel(int widthPx) {
            return ScaleBarLength.metresPerPixel(x1 - x0, widthPx, centreLat());
        }
    }

    /**
     * A PNG of {@code areaLonLat} with the features that pass {@code shown}, {@code width} × {@code height} pixels
     * for the map, with its scale bar, north arrow, credit and, below the map, a legend of what it shows (so the
     * image is taller than {@code height} when there is something to explain).
     */
    public byte[] render(Scenario scenario, Predicate<Feature> shown, Geometry areaLonLat, int width, int height) {
        View view = View.around(areaLonLat.getEnvelopeInternal(), PADDING, width, height);
        double ppp = REPORT_DPI / 72;
        BufferedImage map = draw(scenario, shown, areaLonLat, view, width, height, REPORT_DPI / 96);
        MapLegend legend = MapLegend.of(scenario, shown, view.lonLat());
        double widthPt = width / ppp;
        double heightPt = height / ppp;
        MapFurniture furniture = new MapFurniture(1.0);
        double legendPt = legend.isEmpty() ? 0 : furniture.legendHeight(legend, widthPt - 12, 3, probe()) + 6;
        int total = height + (int) Math.ceil(legendPt * ppp);
        BufferedImage out = new BufferedImage(width, total, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, total);
            g.drawImage(map, 0, 0, null);
            Java2dCanvas canvas = new Java2dCanvas(g, ppp);
            furniture.onMap(canvas, 0, 0, widthPt, heightPt, view.metresPerPixel(width) * ppp,
                    Messages.get("reportdata.map.credit"));
            if (!legend.isEmpty()) {
                furniture.legendColumns(canvas, legend, 6, heightPt + 8, widthPt - 12, legendPt, 3);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A canvas to measure text on. */
    private static SheetCanvas probe() {
        return new Java2dCanvas(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics(), 1);
    }

    /**
     * Draws the map of {@code view} into a new {@code width} × {@code height} image: the basemap, the features
     * that pass {@code shown}, and, when {@code outline} is given, the rest dimmed and the outline drawn.
     *
     * @param pixelRatio output pixels per screen pixel (dpi / 96): line widths, symbols and place names grow with
     *                   it, so a print shows them as large as the screen does
     */
    public BufferedImage draw(Scenario scenario, Predicate<Feature> shown, Geometry outline, View view, int width,
                              int height, double pixelRatio) {
        double ratio = Math.max(0.25, pixelRatio);
        double perWorld = width / (view.x1() - view.x0());
        double fit = Math.log(perWorld / (256 * ratio)) / Math.log(2);
        int zoom = (int) Math.max(3, Math.min(16, Math.round(fit)));
        double zoomWorld = WebMercator.worldPixels(zoom);
        double s = perWorld / zoomWorld;
        int detail = zoom + (int) Math.max(0, Math.round(Math.log(s) / Math.log(2)));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            Graphics2D base = (Graphics2D) g.create();
            try {
                base.scale(s, s);
                tiles.paint(base, zoom, detail, view.x0() * zoomWorld, view.y0() * zoomWorld, width / s, height / s);
            } finally {
                base.dispose();
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            ShapeWriter shapes = new ShapeWriter((c, dest) -> dest.setLocation((WebMercator.x(c.x) - view.x0()) * perWorld,
                    (WebMercator.y(c.y) - view.y0()) * perWorld), new PointShapeFactory.Circle(12 * ratio));
            Envelope visible = view.lonLat();
            for (Layer layer : scenario.layers()) {
                Color c = Color.decode(layer.style().color());
                for (Feature f : layer.features()) {
                    if (shown.test(f) && f.geometry().getEnvelopeInternal().intersects(visible)) {
                        drawFeature(g, shapes, f, c, layer.style().opacity(), ratio);
                    }
                }
            }
            // place names above the features, so they stay readable
            Graphics2D names = (Graphics2D) g.create();
            try {
                names.scale(s, s);
                tiles.paintLabels(names, zoom, view.x0() * zoomWorld, view.y0() * zoomWorld, width / s, height / s);
            } finally {
                names.dispose();
            }
            if (outline != null && !outline.isEmpty()) {
                Shape shape = shapes.toShape(outline);
                Area outside = new Area(new Rectangle2D.Double(0, 0, width, height));
                outside.subtract(new Area(shape));
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
                g.setColor(Color.WHITE);
                g.fill(outside);
                g.setComposite(AlphaComposite.SrcOver);
                g.setColor(new Color(0x1B2A3A));
                g.setStroke(new BasicStroke((float) (2.2 * ratio), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(shape);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The part of {@code env} that can be drawn: within the Web Mercator world; when nothing is left (coordinates
     * that are not numbers, or lie off the world) the Netherlands, so the map is never an exception.
     */
    static Envelope drawable(Envelope env) {
        if (env == null || env.isNull() || !Double.isFinite(env.getMinX()) || !Double.isFinite(env.getMaxX())
                || !Double.isFinite(env.getMinY()) || !Double.isFinite(env.getMaxY())) {
            return new Envelope(NETHERLANDS);
        }
        Envelope clipped = env.intersection(WORLD);
        return clipped.isNull() ? new Envelope(NETHERLANDS) : clipped;
    }

    private static void drawFeature(Graphics2D g, ShapeWriter shapes, Feature f, Color c, double opacity, double scale) {
        CategoryStyle style = CategoryStyle.of(f.category());
        float[] dash = dashes(style, scale);
        Geometry geom = f.geometry();
        for (int n = 0; n < geom.getNumGeometries(); n++) {
            Geometry part = geom.getGeometryN(n);
            Shape shape = shapes.toShape(part);
            if (part instanceof Polygon) {
                g.setColor(withAlpha(c, opacity * style.fillFactor()));
                g.fill(shape);
                if (style.hatched()) {
                    g.setPaint(hatch(c, scale));
                    g.fill(shape);
                }
                g.setColor(c.darker());
                g.setStroke(new BasicStroke((float) (1.2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f));
                g.draw(shape);
            } else if (part instanceof LineString) {
                g.setColor(c);
                g.setStroke(new BasicStroke((float) (2.5 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f));
                g.draw(shape);
            } else if (part instanceof Point) {
                g.setColor(withAlpha(c, Math.max(0.35, opacity * style.fillFactor())));
                g.fill(shape);
                g.setColor(new Color(0x202020));
                g.setStroke(new BasicStroke((float) (1.5 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f));
                g.draw(shape);
            }
        }
    }

    /** The category's dash pattern, given in screen pixels, in output pixels. */
    private static float[] dashes(CategoryStyle style, double scale) {
        double[] d = style.dashes();
        if (d == null) {
            return null;
        }
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) (d[i] * scale);
        }
        return out;
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    /** Diagonal lines in the layer colour, the hatching of {@link CategoryStyle#hatched()} categories. */
    private static TexturePaint hatch(Color c, double scale) {
        int size = Math.max(6, (int) Math.round(8 * scale));
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D t = tile.createGraphics();
        try {
            t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            t.setColor(withAlpha(c.darker(), 0.75));
            t.setStroke(new BasicStroke((float) Math.max(1, 1.2 * scale)));
            t.drawLine(-1, size + 1, size + 1, -1);
            t.drawLine(-size / 2 - 1, size / 2 + 1, size / 2 + 1, -size / 2 - 1);
            t.drawLine(size / 2 - 1, size + size / 2 + 1, size + size / 2 + 1, size / 2 - 1);
        } finally {
            t.dispose();
        }
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, size, size));
    }
}
