package nl.ruimteverkenner.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.style.CategoryStyle;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Draws one large layer into square raster tiles with Java2D, off the FX thread, in the styles the vector
 * map uses (layer colour, keuze category: fill, hatching, dashes; constant screen widths). The features are
 * converted once to compact float coordinates in {@link MapProjection}'s local units and indexed by envelope;
 * each tile then draws only the features it touches, simplified for its zoom level: vertices closer than
 * {@value #MIN_STEP_PX} px to the last drawn one are skipped, and a feature smaller than
 * {@value #DOT_BELOW_PX} px is drawn as a dot, so a tile at national scale draws a parcel layer in a fraction of
 * the work of its full geometry. The analysis always uses the full geometry; this is only what is seen.
 * Thread-safe: tiles may be drawn on several threads at once.
 */
final class LayerRaster {
    /** Tile edge in pixels. */
    static final int TILE = 256;
    static final double MIN_STEP_PX = 0.6;
    static final double DOT_BELOW_PX = 1.5;
    private static final double POINT_RADIUS = 5.5;
    private static final Color POINT_EDGE = new Color(0x20, 0x20, 0x20);

    /** One feature in local units: its parts as interleaved x, y floats, and its envelope. */
    private record Item(Feature feature, CategoryStyle style, boolean bestaand, float[][] polygons, int[] ringsPerPolygon,
                        float[][] lines, float[] points, Envelope env, int ordinal) {
    }

    private final Layer layer;
    private final Color color;
    private final Color edge;
    private volatile STRtree index;
    /** Hatch images by period in pixels; drawn once, read by every tile. */
    private final Map<Integer, BufferedImage> hatches = new ConcurrentHashMap<>();

    LayerRaster(Layer layer) {
        this.layer = layer;
        this.color = Color.decode(layer.style().color());
        this.edge = color.darker();
    }

    /** The layer this draws (identity matters: an unchanged layer keeps its raster). */
    Layer layer() {
        return layer;
    }

    /** Local-unit size of a tile at zoom {@code z}. */
    static double tileSize(int z) {
        return TILE / Math.pow(2, z - MapProjection.REF_ZOOM);
    }

    /**
     * Draws tile ({@code tx}, {@code ty}) of zoom {@code z} (local units [tx·size, (tx+1)·size) with size =
     * {@link #tileSize(int)}) with the features in force at {@code horizon}. Returns premultiplied ARGB pixels,
     * row by row, or null when nothing lies on the tile.
     */
    int[] render(int z, long tx, long ty, Horizon horizon) {
        double size = tileSize(z);
        double k = TILE / size;
        double x0 = tx * size;
        double y0 = ty * size;
        // a margin for line widths and point symbols reaching in from outside
        double margin = (POINT_RADIUS + 4) / k;
        Envelope query = new Envelope(x0 - margin, x0 + size + margin, y0 - margin, y0 + size + margin);
        @SuppressWarnings("unchecked")
        List<Item> items = index().query(query);
        if (items.isEmpty()) {
            return null;
        }
        // file order, as the vector map stacks them (the index returns them in tree order)
        items.sort((a, b) -> Integer.compare(a.ordinal, b.ordinal));
        BufferedImage img = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        boolean drawn = false;
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            LayerStyle ls = layer.style();
            TexturePaint hatch = hatch(ScreenStrokes.hatchPeriod(z), tx, ty);
            for (Item it : items) {
                if (!it.feature.isInForceAt(horizon) || !it.env.intersects(query)) {
                    continue;
                }
                drawn = true;
                draw(g, it, ls, k, x0, y0, hatch);
            }
        } finally {
            g.dispose();
        }
        return drawn ? ((DataBufferInt) img.getRaster().getDataBuffer()).getData() : null;
    }

    private void draw(Graphics2D g, Item it, LayerStyle ls, double k, double x0, double y0, TexturePaint hatch) {
        CategoryStyle cs = it.style;
        double wPx = (it.env.getWidth()) * k;
        double hPx = (it.env.getHeight()) * k;
        boolean tiny = it.points == null && wPx < DOT_BELOW_PX && hPx < DOT_BELOW_PX;
        if (tiny) {
            // Below a pixel and a half the shape cannot be seen; the pixel under its centre, in the layer's fill (at
            // least 35 % opaque), keeps the feature's presence, and a dense layer reads as a tint.
            double cx = ((it.env.getMinX() + it.env.getMaxX()) / 2 - x0) * k;
            double cy = ((it.env.getMinY() + it.env.getMaxY()) / 2 - y0) * k;
            g.setColor(withAlpha(color, Math.max(0.35, ls.opacity() * cs.fillFactor())));
            g.fill(new Rectangle2D.Double(Math.floor(cx), Math.floor(cy), 1, 1));
            return;
        }
        float[] dashes = dashes(cs.dashes());
        if (it.polygons != null) {
            int p = 0;
            for (int poly = 0; poly < it.ringsPerPolygon.length; poly++) {
                Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
                for (int r = 0; r < it.ringsPerPolygon[poly]; r++) {
                    append(path, it.polygons[p++], k, x0, y0, true);
                }
                g.setColor(withAlpha(color, ls.opacity() * cs.fillFactor()));
                g.fill(path);
                if (cs.hatched()) {
                    g.setPaint(hatch);
                    g.fill(path);
                }
                g.setColor(edge);
                g.setStroke(stroke(ls.strokeWidth(), dashes));
                g.draw(path);
            }
        }
        if (it.lines != null) {
            g.setColor(color);
            double w = ls.strokeWidth() * (it.bestaand ? 1.0 : 1.6);
            g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 4f, dashes, 0f));
            for (float[] line : it.lines) {
                Path2D.Float path = new Path2D.Float();
                append(path, line, k, x0, y0, false);
                g.draw(path);
            }
        }
        if (it.points != null) {
            for (int i = 0; i < it.points.length; i += 2) {
                double cx = (it.points[i] - x0) * k;
                double cy = (it.points[i + 1] - y0) * k;
                Ellipse2D.Double dot = new Ellipse2D.Double(cx - POINT_RADIUS, cy - POINT_RADIUS, 2 * POINT_RADIUS,
                        2 * POINT_RADIUS);
                g.setColor(switch (cs) {
                    case SOLID -> color;
                    case HATCHED -> withAlpha(color, 0.45);
                    case OUTLINE -> Color.WHITE;
                    case LIGHT -> withAlpha(color.brighter(), 0.8);
                });
                g.fill(dot);
                g.setColor(cs == CategoryStyle.OUTLINE || cs == CategoryStyle.HATCHED ? color : POINT_EDGE);
                g.setStroke(new BasicStroke(cs == CategoryStyle.OUTLINE ? 2f : 1.2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 4f, cs.dashes() == null ? null : new float[] {3f, 2f}, 0f));
                g.draw(dot);
            }
        }
    }

    /**
     * Appends a ring or line in tile pixels, skipping vertices within {@link #MIN_STEP_PX} of the last one drawn
     * (the last vertex is always kept, so lines end where they end).
     */
    static void append(Path2D.Float path, float[] xy, double k, double x0, double y0, boolean close) {
        int n = xy.length / 2;
        if (n == 0) {
            return;
        }
        double lx = (xy[0] - x0) * k;
        double ly = (xy[1] - y0) * k;
        path.moveTo(lx, ly);
        int kept = 1;
        for (int i = 1; i < n; i++) {
            double px = (xy[2 * i] - x0) * k;
            double py = (xy[2 * i + 1] - y0) * k;
            if (i < n - 1 && Math.abs(px - lx) < MIN_STEP_PX && Math.abs(py - ly) < MIN_STEP_PX) {
                continue;
            }
            path.lineTo(px, py);
            lx = px;
            ly = py;
            kept++;
        }
        if (close && kept > 2) {
            path.closePath();
        }
    }

    private static BasicStroke stroke(double width, float[] dashes) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dashes, 0f);
    }

    private static float[] dashes(double[] d) {
        if (d == null) {
            return null;
        }
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) d[i];
        }
        return out;
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    /** Diagonal hatching as on the vector map, anchored to the tile grid so that it runs on across tile edges. */
    private TexturePaint hatch(double period, long tx, long ty) {
        int size = (int) Math.round(period);
        BufferedImage tile = hatches.computeIfAbsent(size, this::hatchImage);
        double ax = -Math.floorMod(tx * TILE, size);
        double ay = -Math.floorMod(ty * TILE, size);
        return new TexturePaint(tile, new Rectangle2D.Double(ax, ay, size, size));
    }

    private BufferedImage hatchImage(int size) {
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D t = tile.createGraphics();
        try {
            t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            t.setColor(withAlpha(color, 0.75));
            t.setStroke(new BasicStroke(1.4f));
            t.drawLine(-1, size + 1, size + 1, -1);
            t.drawLine(-size / 2 - 1, size / 2 + 1, size / 2 + 1, -size / 2 - 1);
            t.drawLine(size / 2 - 1, size + size / 2 + 1, size + size / 2 + 1, size / 2 - 1);
        } finally {
            t.dispose();
        }
        return tile;
    }

    private STRtree index() {
        STRtree idx = index;
        if (idx == null) {
            synchronized (this) {
                idx = index;
                if (idx == null) {
                    idx = build();
                    index = idx;
                }
            }
        }
        return idx;
    }

    /** Converts the features to local units once and indexes them; the first tile pays for it. */
    private STRtree build() {
        List<Feature> features = layer.features();
        STRtree idx = new STRtree();
        for (int i = 0; i < features.size(); i++) {
            Item it = item(features.get(i), i);
            if (it != null) {
                idx.insert(it.env, it);
            }
        }
        idx.build();
        return idx;
    }

    private static Item item(Feature f, int ordinal) {
        Geometry g = f.geometry();
        List<float[]> rings = new ArrayList<>();
        List<Integer> ringCounts = new ArrayList<>();
        List<float[]> lines = new ArrayList<>();
        List<Float> points = new ArrayList<>();
        Envelope env = new Envelope();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                rings.add(local(poly.getExteriorRing().getCoordinateSequence(), env));
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    rings.add(local(poly.getInteriorRingN(h).getCoordinateSequence(), env));
                }
                ringCounts.add(1 + poly.getNumInteriorRing());
            } else if (part instanceof LineString ls) {
                lines.add(local(ls.getCoordinateSequence(), env));
            } else if (part instanceof Point p && !p.isEmpty()) {
                float x = (float) MapProjection.localX(p.getX());
                float y = (float) MapProjection.localY(p.getY());
                points.add(x);
                points.add(y);
                env.expandToInclude(x, y);
            }
        }
        if (env.isNull()) {
            return null;
        }
        float[] pts = null;
        if (!points.isEmpty()) {
            pts = new float[points.size()];
            for (int i = 0; i < pts.length; i++) {
                pts[i] = points.get(i);
            }
        }
        return new Item(f, CategoryStyle.of(f.category()), f.category() == KeuzeCategorie.BESTAAND,
                rings.isEmpty() ? null : rings.toArray(float[][]::new),
                ringCounts.stream().mapToInt(Integer::intValue).toArray(),
                lines.isEmpty() ? null : lines.toArray(float[][]::new), pts, env, ordinal);
    }

    private static float[] local(CoordinateSequence cs, Envelope env) {
        float[] out = new float[cs.size() * 2];
        for (int i = 0; i < cs.size(); i++) {
            float x = (float) MapProjection.localX(cs.getX(i));
            float y = (float) MapProjection.localY(cs.getY(i));
            out[2 * i] = x;
            out[2 * i + 1] = y;
            env.expandToInclude(x, y);
        }
        return out;
    }
}
