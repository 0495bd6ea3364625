package nl.ruimteverkenner.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
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
 * {@link BasemapData} with Java2D: sea, neighbouring land, Dutch land, lakes, rivers (wider as the zoom
 * grows), province and national borders. Place names are not in the tiles (the map shows them above the
 * scenario's layers); {@link #paintLabels} draws them on a finished raster map, e.g. for a report. Geometry
 * is simplified per zoom level to half a pixel, turned into Java2D shapes with JTS {@link ShapeWriter} and
 * cached, so a tile costs a few milliseconds. Lines are drawn in every tile they come within
 * {@value #STROKE_MARGIN_PX} pixels of, so they continue across tile edges. Thread-safe: tiles may be
 * rendered in parallel.
 */
public final class TileRenderer {
    /** Tile size in pixels. */
    public static final int TILE = 256;
    public static final Color SEA = new Color(0xB5D0E6);
    public static final Color LAND = new Color(0xF4F1EA);
    public static final Color ABROAD = new Color(0xE3E1DC);
    public static final Color RIVER = new Color(0x9CC3E0);
    private static final Color BORDER = new Color(0x9A9287);
    private static final Color NATIONAL_BORDER = new Color(0x8C8278);
    private static final Color CITY = new Color(0x3A3A3A);
    private static final Color DISTRICT = new Color(0x6A6A6A);
    private static final Color WATER_LABEL = new Color(0x4F7FA8);
    private static final Color HALO = new Color(255, 255, 255, 215);
    /** Pixels around a tile within which strokes are still drawn, so thick lines continue across tile edges. */
    static final double STROKE_MARGIN_PX = 48;
    private static final int MAX_LOD = 13;
    /** Origin of the cached shapes (world units): the centre of the Netherlands. */
    private static final double X0 = WebMercator.x(5.3);
    private static final double Y0 = WebMercator.y(52.2);

    private final BasemapData data;
    private final Map<Integer, Lod> lods = new ConcurrentHashMap<>();

    public TileRenderer(BasemapData data) {
        this.data = data;
    }

    /**
     * Shapes of one level of detail, as Java2D shapes in local pixels at that level ({@code scale} pixels per
     * world unit, origin {@link #X0}, {@link #Y0}) with their envelopes in world units.
     */
    private record Lod(double scale, List<Item> land, List<Item> abroad, List<Item> lakes, List<List<Item>> riversByLevel,
                       List<Item> borders, List<Item> national) {
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
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(SEA);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double world = WebMercator.worldPixels(zoom);
        Envelope tileEnv = new Envelope(originX / world, (originX + width) / world, originY / world, (originY + height) / world);
        Envelope margin = new Envelope(tileEnv);
        margin.expandBy(STROKE_MARGIN_PX / world);
        Lod lod = lod(Math.max(zoom, detailZoom));
        AffineTransform base = g.getTransform();
        // world units to pixels of the region; g's own transform (a print scale) is applied once, when drawing
        AffineTransform toPixels = new AffineTransform();
        toPixels.translate(X0 * world - originX, Y0 * world - originY);
        toPixels.scale(world / lod.scale, world / lod.scale);

        fill(g, toPixels, base, lod.abroad, tileEnv, ABROAD);
        fill(g, toPixels, base, lod.land, tileEnv, LAND);
        fill(g, toPixels, base, lod.lakes, tileEnv, SEA);
        for (int level = lod.riversByLevel.size(); level >= 1; level--) {
            float riverWidth = riverWidth(level, zoom);
            if (riverWidth > 0) {
                stroke(g, toPixels, base, lod.riversByLevel.get(level - 1), margin, RIVER,
                        new BasicStroke(riverWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
        }
        float bw = zoom >= 10 ? 1.4f : 1.0f;
        stroke(g, toPixels, base, lod.borders, margin, BORDER,
                new BasicStroke(bw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {5f, 3f}, 0f));
        // the national border also covers the slivers where the Dutch land and the DCW neighbours differ slightly
        stroke(g, toPixels, base, lod.national, margin, NATIONAL_BORDER,
                new BasicStroke(zoom >= 12 ? 3f : zoom >= 9 ? 2f : 1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setTransform(base);
    }

    /**
     * Width in pixels of a river of a WDBII level (1 = major ... 4 = minor) at a zoom level, 0 when it is not
     * drawn: about the river's real width (major rivers some 250 m) once that is wider than its overview line.
     */
    static float riverWidth(int level, int zoom) {
        int from = switch (level) {
            case 1, 2 -> 0;
            case 3 -> 8;
            default -> 10;
        };
        if (zoom < from) {
            return 0;
        }
        double metres = switch (level) {
            case 1 -> 250;
            case 2 -> 120;
            case 3 -> 50;
            default -> 25;
        };
        double minimum = switch (level) {
            case 1 -> zoom >= 8 ? 1.8 : 1.2;
            case 2 -> zoom >= 8 ? 1.4 : 1.0;
            default -> 0.9;
        };
        // metres per pixel at about 52° N
        double metresPerPixel = 40_075_016.7 * Math.cos(Math.toRadians(52)) / WebMercator.worldPixels(zoom);
        return (float) Math.min(2 * STROKE_MARGIN_PX - 8, Math.max(minimum, metres / metresPerPixel));
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
                               Envelope grown, Color color, BasicStroke stroke) {
        g.setColor(color);
        g.setStroke(stroke);
        for (Item it : items) {
            if (it.env.intersects(grown)) {
                g.setTransform(base);
                g.draw(toPixels.createTransformedShape(it.shape));
            }
        }
    }

    /**
     * Draws the place and water names on a finished raster map, last, with a light halo and without overlaps
     * ({@link LabelPlacement}): the image's top-left corner is world pixel ({@code px0}, {@code py0}) at
     * {@code zoom}; {@code fontScale} enlarges the type and the spacing (for an image that is scaled down
     * afterwards, pass the factor it is scaled down by).
     */
    /** The names of the region of {@link #paint} (same arguments) at their normal size, drawn last. */
    public void paintLabels(Graphics2D g, int zoom, double originX, double originY, double width, double height) {
        paintLabels(g, zoom, originX, originY, (int) Math.ceil(width), (int) Math.ceil(height), 1.0);
    }

    public void paintLabels(Graphics2D g, int zoom, double px0, double py0, int width, int height, double fontScale) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double world = WebMercator.worldPixels(zoom);
        FontRenderContext frc = g.getFontRenderContext();
        // placed as the image is seen (after scaling down), so a scaled-down map is not crowded
        int seen = (int) Math.round(zoom - Math.log(fontScale) / Math.log(2));
        double toSeen = Math.pow(2, seen - zoom) * fontScale;
        List<LabelPlacement.Placed> placed = LabelPlacement.place(data.places(), seen, n -> {
            Font f = font(n, 1);
            return new double[] {f.getStringBounds(n.name(), frc).getWidth() * toSeen,
                    f.getLineMetrics(n.name(), frc).getHeight() * toSeen};
        }).stream().map(p -> new LabelPlacement.Placed(p.name(), p.dx() * fontScale / toSeen, p.dy() * fontScale / toSeen,
                p.width() * fontScale / toSeen, p.height() * fontScale / toSeen)).toList();
        BasicStroke haloStroke = new BasicStroke((float) (3 * fontScale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (LabelPlacement.Placed p : placed) {
            PlaceName n = p.name();
            double px = n.x() * world - px0;
            double py = n.y() * world - py0;
            if (px + p.dx() + p.width() < 0 || px + p.dx() > width || py + p.dy() + p.height() < 0 || py + p.dy() > height) {
                continue;
            }
            if (n.dotted()) {
                double r = (n.bold() ? 3.2 : 2.4) * fontScale;
                double h = r + fontScale;
                g.setColor(HALO);
                g.fill(new Ellipse2D.Double(px - h, py - h, 2 * h, 2 * h));
                g.setColor(CITY);
                g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
            }
            Font font = font(n, fontScale);
            TextLayout layout = new TextLayout(n.name(), font, frc);
            double baseline = py + p.dy() + (p.height() + layout.getAscent() - layout.getDescent()) / 2;
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(px + p.dx(), baseline));
            g.setColor(HALO);
            g.setStroke(haloStroke);
            g.draw(outline);
            g.setColor(n.kind() == PlaceName.Kind.WATER ? WATER_LABEL : n.kind() == PlaceName.Kind.DISTRICT ? DISTRICT : CITY);
            g.fill(outline);
        }
    }

    private static Font font(PlaceName n, double scale) {
        boolean water = n.kind() == PlaceName.Kind.WATER;
        int style = water ? Font.ITALIC : n.bold() ? Font.BOLD : Font.PLAIN;
        return new Font(water ? Font.SERIF : Font.SANS_SERIF, style, 12).deriveFont((float) (n.fontSize() * scale));
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
        List<List<Item>> rivers = new ArrayList<>();
        for (int l = 1; l <= 4; l++) {
            int lv = l;
            rivers.add(data.rivers().stream().filter(r -> r.level() == lv)
                    .flatMap(r -> lines(r.line(), tolerance, writer).stream()).toList());
        }
        return new Lod(scale, polygons(data.land(), tolerance, writer), polygons(data.abroad(), tolerance, writer),
                data.lakes().stream().flatMap(l -> polygons(l, tolerance, writer).stream()).toList(), rivers,
                lines(data.provinceBorders(), tolerance, writer), lines(data.nationalBorders(), tolerance, writer));
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
