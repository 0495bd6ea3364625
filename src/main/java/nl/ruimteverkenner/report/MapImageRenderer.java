package nl.ruimteverkenner.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
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
 * Draws a static map of an area for reports, headless: the offline basemap, the scenario's shown
 * features in their layer colours styled by keuze category as on the screen ({@link CategoryStyle}: solid,
 * hatched, dotted outline, light), the rest of the country dimmed, the area outlined and the place names on top. Rendered at the
 * next whole zoom level above the fit and scaled down, so it stays crisp in print.
 */
public final class MapImageRenderer {
    private static final double PADDING = 0.12;
    /** The largest image drawn before it is scaled down (about 100 MB). */
    private static final double MAX_PIXELS = 25e6;
    private static final Envelope WORLD = new Envelope(-180, 180, -WebMercator.MAX_LAT, WebMercator.MAX_LAT);
    private static final Envelope NETHERLANDS = new Envelope(3.2, 7.3, 50.7, 53.6);
    private final TileRenderer tiles;

    public MapImageRenderer(TileRenderer tiles) {
        this.tiles = tiles;
    }

    /** A PNG of {@code areaLonLat} with the features that pass {@code shown}, {@code width} × {@code height} pixels. */
    public byte[] render(Scenario scenario, Predicate<Feature> shown, Geometry areaLonLat, int width, int height) {
        Envelope env = drawable(areaLonLat.getEnvelopeInternal());
        double x0 = WebMercator.x(env.getMinX());
        double x1 = WebMercator.x(env.getMaxX());
        double y0 = WebMercator.y(env.getMaxY());
        double y1 = WebMercator.y(env.getMinY());
        double padX = (x1 - x0) * PADDING + 1e-6;
        double padY = (y1 - y0) * PADDING + 1e-6;
        x0 -= padX;
        x1 += padX;
        y0 -= padY;
        y1 += padY;
        // widen the box to the image's aspect ratio
        double aspect = (double) width / height;
        if ((x1 - x0) / (y1 - y0) < aspect) {
            double grow = ((y1 - y0) * aspect - (x1 - x0)) / 2;
            x0 -= grow;
            x1 += grow;
        } else {
            double grow = ((x1 - x0) / aspect - (y1 - y0)) / 2;
            y0 -= grow;
            y1 += grow;
        }
        double fit = Math.log(width / (256 * (x1 - x0))) / Math.log(2);
        int zoom = (int) Math.max(5, Math.min(14, Math.ceil(fit)));
        // a very large area: a lower zoom rather than an image that does not fit in memory
        while (zoom > 0 && (x1 - x0) * (y1 - y0) * WebMercator.worldPixels(zoom) * WebMercator.worldPixels(zoom) > MAX_PIXELS) {
            zoom--;
        }
        double world = WebMercator.worldPixels(zoom);
        int w = Math.max(1, (int) Math.ceil((x1 - x0) * world));
        int h = Math.max(1, (int) Math.ceil((y1 - y0) * world));
        BufferedImage big = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double px0 = x0 * world;
            double py0 = y0 * world;
            long i0 = (long) Math.floor(px0 / 256);
            long j0 = (long) Math.floor(py0 / 256);
            long i1 = (long) Math.floor((px0 + w) / 256);
            long j1 = (long) Math.floor((py0 + h) / 256);
            for (long i = i0; i <= i1; i++) {
                for (long j = j0; j <= j1; j++) {
                    g.drawImage(tiles.render(zoom, i, j), (int) Math.round(i * 256 - px0), (int) Math.round(j * 256 - py0), null);
                }
            }
            double scale = (double) w / width;
            ShapeWriter shapes = new ShapeWriter((c, dest) -> dest.setLocation(WebMercator.x(c.x) * world - px0,
                    WebMercator.y(c.y) * world - py0), new PointShapeFactory.Circle(16 * scale));
            Envelope view = new Envelope(WebMercator.lon(x0), WebMercator.lon(x1), WebMercator.lat(y1), WebMercator.lat(y0));
            for (Layer layer : scenario.layers()) {
                Color c = Color.decode(layer.style().color());
                for (Feature f : layer.features()) {
                    if (shown.test(f) && f.geometry().getEnvelopeInternal().intersects(view)) {
                        drawFeature(g, shapes, f, c, layer.style().opacity(), scale);
                    }
                }
            }
            Shape outline = shapes.toShape(areaLonLat);
            Area outside = new Area(new Rectangle2D.Double(0, 0, w, h));
            outside.subtract(new Area(outline));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
            g.setColor(Color.WHITE);
            g.fill(outside);
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(new Color(0x1B2A3A));
            g.setStroke(new BasicStroke(Math.max(3f, w / 400f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            // place names last, above features and mask, at their screen size once the image is scaled down
            tiles.paintLabels(g, zoom, px0, py0, w, h, scale);
        } finally {
            g.dispose();
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D o = out.createGraphics();
        try {
            o.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            o.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            o.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            o.drawImage(big, 0, 0, width, height, null);
            o.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, width / 110)));
            String credit = Messages.get("reportdata.map.credit");
            int tw = o.getFontMetrics().stringWidth(credit);
            o.setColor(new Color(255, 255, 255, 200));
            o.fillRect(width - tw - 12, height - o.getFontMetrics().getHeight() - 6, tw + 12, o.getFontMetrics().getHeight() + 6);
            o.setColor(new Color(0x404040));
            o.drawString(credit, width - tw - 6, height - 8);
        } finally {
            o.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
                g.setStroke(new BasicStroke((float) (1.5 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f));
                g.draw(shape);
            } else if (part instanceof LineString) {
                g.setColor(c);
                g.setStroke(new BasicStroke((float) (3 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f));
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

    /** The category's dash pattern, given in screen pixels, in pixels of the large image. */
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
