package nl.ruimteverkenner.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ruimteverkenner.geo.WebMercator;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Draws 256 × 256 basemap tiles (Web Mercator, tile column i and row j at a zoom level) from
 * {@link BasemapData} with Java2D: sea, neighbouring land, Dutch land, lakes, rivers, province borders
 * and place names. Geometry is simplified per zoom level to half a pixel, turned into Java2D shapes with
 * JTS {@link ShapeWriter} and cached, so a tile costs a few milliseconds. Thread-safe: tiles may be
 * rendered in parallel.
 */
public final class TileRenderer {
    /** Tile size in pixels. */
    public static final int TILE = 256;
    public static final Color SEA = new Color(0xB5D0E6);
    public static final Color LAND = new Color(0xF4F1EA);
    public static final Color ABROAD = new Color(0xE3E1DC);
    private static final Color RIVER = new Color(0x9CC3E0);
    private static final Color BORDER = new Color(0x9A9287);
    private static final Color CITY = new Color(0x3A3A3A);
    private static final Color WATER_LABEL = new Color(0x4F7FA8);
    private static final Color HALO = new Color(255, 255, 255, 210);
    private static final int MAX_LOD = 13;
    /** Origin of the cached shapes (world units): the centre of the Netherlands. */
    private static final double X0 = WebMercator.x(5.3);
    private static final double Y0 = WebMercator.y(52.2);

    private final BasemapData data;
    private final Map<Integer, Lod> lods = new ConcurrentHashMap<>();
    private final Font cityFont;
    private final Font bigCityFont;
    private final Font waterFont;

    public TileRenderer(BasemapData data) {
        this.data = data;
        this.cityFont = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        this.bigCityFont = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        this.waterFont = new Font(Font.SERIF, Font.ITALIC, 13);
    }

    /**
     * Shapes of one level of detail, as Java2D shapes in local pixels at that level ({@code scale} pixels per
     * world unit, origin {@link #X0}, {@link #Y0}) with their envelopes in world units.
     */
    private record Lod(double scale, List<Item> land, List<Item> abroad, List<Item> lakes, List<Item> rivers, List<Item> borders) {
    }

    private record Item(Shape shape, Envelope env) {
    }

    /** Renders tile (i, j) at {@code zoom} into a new ARGB image. */
    public BufferedImage render(int zoom, long i, long j) {
        BufferedImage img = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            draw(g, zoom, i, j);
        } finally {
            g.dispose();
        }
        return img;
    }

    private void draw(Graphics2D g, int zoom, long i, long j) {
        paint(g, zoom, zoom, (double) i * TILE, (double) j * TILE, TILE, TILE);
        // tiles keep every name: leaving one out in one tile but not its neighbour would cut it in half
        labels(g, zoom, (double) i * TILE, (double) j * TILE, TILE, TILE, WebMercator.worldPixels(zoom), false);
    }

    /**
     * Paints a region of the basemap at {@code zoom} into {@code g}: the rectangle of {@code width} ×
     * {@code height} pixels whose top-left corner is world pixel ({@code originX}, {@code originY}) at that zoom,
     * drawn at (0, 0) in the user space of {@code g}, without the place names ({@link #paintLabels}, so a map
     * can draw them above its own features). A transform on {@code g} scales everything, so a print at a higher
     * resolution gets the same map with larger pixels. Geometry is simplified for {@code detailZoom} (at least
     * {@code zoom}; higher when the region is drawn magnified).
     */
    public void paint(Graphics2D g, int zoom, int detailZoom, double originX, double originY, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(SEA);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double world = WebMercator.worldPixels(zoom);
        Envelope tileEnv = new Envelope(originX / world, (originX + width) / world, originY / world, (originY + height) / world);
        Lod lod = lod(Math.max(zoom, detailZoom));
        AffineTransform base = g.getTransform();
        AffineTransform toPixels = new AffineTransform();
        toPixels.translate(X0 * world - originX, Y0 * world - originY);
        toPixels.scale(world / lod.scale, world / lod.scale);

        fill(g, toPixels, base, lod.abroad, tileEnv, ABROAD);
        fill(g, toPixels, base, lod.land, tileEnv, LAND);
        fill(g, toPixels, base, lod.lakes, tileEnv, SEA);
        float riverWidth = (float) Math.max(1.0, Math.min(6.0, 0.6 * (zoom - 5)));
        stroke(g, toPixels, base, lod.rivers, tileEnv, RIVER, new BasicStroke(riverWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        float bw = zoom >= 10 ? 1.4f : 1.0f;
        stroke(g, toPixels, base, lod.borders, tileEnv, BORDER,
                new BasicStroke(bw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {5f, 3f}, 0f));
        g.setTransform(base);
    }

    /**
     * Paints the place and water names of the region of {@link #paint} (same arguments), placed once for the whole
     * region, never cut at a tile border; where two names would overlap, the larger place keeps its name.
     */
    public void paintLabels(Graphics2D g, int zoom, double originX, double originY, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        labels(g, zoom, originX, originY, width, height, WebMercator.worldPixels(zoom), true);
    }

    private static void fill(Graphics2D g, AffineTransform toPixels, AffineTransform base, List<Item> items,
                             Envelope tile, Color color) {
        g.setColor(color);
        for (Item it : items) {
            if (it.env.intersects(tile)) {
                Shape s = toPixels.createTransformedShape(it.shape);
                g.setTransform(base);
                g.fill(s);
            }
        }
    }

    private static void stroke(Graphics2D g, AffineTransform toPixels, AffineTransform base, List<Item> items,
                               Envelope tile, Color color, BasicStroke stroke) {
        g.setColor(color);
        g.setStroke(stroke);
        Envelope grown = new Envelope(tile);
        grown.expandBy(tile.getWidth() * 0.05);
        for (Item it : items) {
            if (it.env.intersects(grown)) {
                g.setTransform(base);
                g.draw(toPixels.createTransformedShape(it.shape));
            }
        }
    }

    private void labels(Graphics2D g, int zoom, double ox, double oy, double width, double height, double world,
                        boolean avoidOverlap) {
        List<BasemapData.Place> places = data.places();
        List<Rectangle2D> taken = new ArrayList<>();
        if (avoidOverlap) {
            // larger places first: they keep their name when two would overlap
            places = places.stream().sorted(java.util.Comparator.comparingInt(BasemapData.Place::rank)).toList();
        }
        for (BasemapData.Place p : places) {
            if (!showLabel(p, zoom)) {
                continue;
            }
            Font font = p.water() ? waterFont : (p.rank() == 1 ? bigCityFont : cityFont);
            FontMetrics fm = g.getFontMetrics(font);
            double px = p.x() * world - ox;
            double py = p.y() * world - oy;
            double textW = fm.stringWidth(p.name());
            double tx = p.water() ? px - textW / 2 : px + 5;
            double ty = p.water() ? py : py + fm.getAscent() / 2.0 - 1;
            Rectangle2D box = new Rectangle2D.Double(Math.min(px - 4, tx) - 3, ty - fm.getAscent() - 3,
                    textW + Math.abs(tx - px) + 10, fm.getHeight() + 6);
            if (!box.intersects(0, 0, width, height)) {
                continue;
            }
            if (avoidOverlap) {
                Rectangle2D tight = new Rectangle2D.Double(box.getX() + 2, box.getY() + 2, box.getWidth() - 4, box.getHeight() - 4);
                if (taken.stream().anyMatch(tight::intersects)) {
                    continue;
                }
                taken.add(tight);
            }
            if (!p.water()) {
                g.setColor(CITY);
                double r = p.rank() == 1 ? 3.5 : 2.5;
                g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
            }
            TextLayout layout = new TextLayout(p.name(), font, g.getFontRenderContext());
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(tx, ty));
            g.setColor(HALO);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(p.water() ? WATER_LABEL : CITY);
            g.fill(outline);
        }
    }

    private static boolean showLabel(BasemapData.Place p, int zoom) {
        if (p.water()) {
            return zoom >= 7 && (p.rank() == 1 || zoom >= 9) && zoom <= 12;
        }
        return switch (p.rank()) {
            case 1 -> zoom >= 6;
            case 2 -> zoom >= 8;
            default -> zoom >= 9;
        };
    }

    private Lod lod(int zoom) {
        int level = Math.max(4, Math.min(MAX_LOD, zoom));
        return lods.computeIfAbsent(level, this::buildLod);
    }

    private Lod buildLod(int level) {
        double scale = WebMercator.worldPixels(level);
        double tolerance = level >= MAX_LOD ? 0 : 0.5 / scale;
        // ShapeWriter stores floats: local pixels around the Netherlands keep them exact to a fraction of a pixel.
        ShapeWriter writer = new ShapeWriter((c, p) -> p.setLocation((c.x - X0) * scale, (c.y - Y0) * scale));
        return new Lod(scale, polygons(data.land(), tolerance, writer), polygons(data.abroad(), tolerance, writer),
                data.lakes().stream().flatMap(l -> polygons(l, tolerance, writer).stream()).toList(),
                data.rivers().stream().flatMap(r -> lines(r, tolerance, writer).stream()).toList(),
                lines(data.provinceBorders(), tolerance, writer));
    }

    private static Geometry simplify(Geometry g, double tolerance) {
        return tolerance == 0 ? g : DouglasPeuckerSimplifier.simplify(g, tolerance);
    }

    private static List<Item> polygons(Geometry g, double tolerance, ShapeWriter writer) {
        List<Item> out = new ArrayList<>();
        for (Geometry part : atoms(simplify(g, tolerance))) {
            if (part instanceof Polygon poly && !poly.isEmpty()) {
                out.add(new Item(writer.toShape(poly), poly.getEnvelopeInternal()));
            }
        }
        return out;
    }

    private static List<Item> lines(Geometry g, double tolerance, ShapeWriter writer) {
        List<Item> out = new ArrayList<>();
        for (Geometry part : atoms(simplify(g, tolerance))) {
            if (part instanceof LineString ls && ls.getNumPoints() >= 2) {
                out.add(new Item(writer.toShape(ls), ls.getEnvelopeInternal()));
            }
        }
        return out;
    }

    /** The non-collection parts of a geometry, at any nesting depth. */
    static List<Geometry> atoms(Geometry g) {
        List<Geometry> out = new ArrayList<>();
        if (g instanceof GeometryCollection) {
            for (int n = 0; n < g.getNumGeometries(); n++) {
                out.addAll(atoms(g.getGeometryN(n)));
            }
        } else {
            out.add(g);
        }
        return out;
    }
}
