package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Large layers drawn as raster tiles: placement, colour, horizon, simplification per zoom. */
class LayerRasterTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /** A square in local units (x0, y0, side) as a lon/lat polygon. */
    static Polygon localSquare(double x0, double y0, double side) {
        Coordinate[] c = {
            lonLat(x0, y0), lonLat(x0 + side, y0), lonLat(x0 + side, y0 + side), lonLat(x0, y0 + side), lonLat(x0, y0)};
        return GF.createPolygon(c);
    }

    private static Coordinate lonLat(double x, double y) {
        return new Coordinate(MapProjection.lon(x), MapProjection.lat(y));
    }

    static Feature feature(String id, Polygon p, Horizon h, KeuzeCategorie c) {
        return Feature.builder(id, "big", p).theme(Theme.BEWEGING_1).horizon(h).category(c).description("")
                .sources(List.of(new Citation("eigen", 1, ""))).schematic(false).build();
    }

    static Layer layer(List<Feature> features) {
        return new Layer("big", Theme.BEWEGING_1, "Big", "", true,
                new LayerStyle("#cc3300", 0.6, 1.5, LayerStyle.PointSymbol.CIRCLE), features);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    private static int pixel(int[] argb, int x, int y) {
        return argb[y * LayerRaster.TILE + x];
    }

    @Test
    void drawsAFeatureWhereItLiesInItsColourAndNothingElsewhere() {
        // zoom 12: a tile is 64 local units; the square covers local 16..48, i.e. pixels 64..192
        LayerRaster r = new LayerRaster(layer(List.of(
                feature("a", localSquare(16, 16, 32), Horizon.H2030, KeuzeCategorie.GEMAAKT))));
        int[] argb = r.render(12, 0, 0, Horizon.H2030);
        assertNotNull(argb);
        int inside = pixel(argb, 128, 128);
        assertTrue(alpha(inside) > 120, "filled inside: " + Integer.toHexString(inside));
        int red = (inside >> 16) & 0xff;
        int green = (inside >> 8) & 0xff;
        assertTrue(red > green * 3, "in the layer colour: " + Integer.toHexString(inside));
        assertEquals(0, alpha(pixel(argb, 20, 20)), "empty outside");
        assertEquals(0, alpha(pixel(argb, 230, 230)), "empty outside");
        assertTrue(alpha(pixel(argb, 64, 128)) > alpha(inside) - 10, "an edge is drawn on the outline");
        assertNull(r.render(12, 5, 5, Horizon.H2030), "a tile without features has no pixels");
        // the neighbouring tile of the zoom level above holds the right half of the square
        int[] right = r.render(13, 1, 0, Horizon.H2030);
        assertNotNull(right);
        assertTrue(alpha(pixel(right, 5, 200)) > 120);
    }

    @Test
    void followsTheHorizon() {
        LayerRaster r = new LayerRaster(layer(List.of(
                feature("later", localSquare(16, 16, 32), Horizon.H2050, KeuzeCategorie.TE_MAKEN))));
        assertNull(r.render(12, 0, 0, Horizon.H2030), "not yet in force");
        int[] at2050 = r.render(12, 0, 0, Horizon.H2050);
        assertNotNull(at2050);
        assertTrue(alpha(pixel(at2050, 64, 100)) > 0);
    }

    @Test
    void aFeatureBelowAPixelStaysVisibleAsADot() {
        // 0.02 local units is a fiftieth of a pixel at zoom 10 (about 3 m)
        LayerRaster r = new LayerRaster(layer(List.of(
                feature("tiny", localSquare(100.01, 100.01, 0.02), Horizon.H2030, KeuzeCategorie.GEMAAKT))));
        int[] argb = r.render(10, 0, 0, Horizon.H2030);
        assertNotNull(argb);
        int dot = pixel(argb, 100, 100);
        assertTrue(alpha(dot) > 60, "a dot where the feature is: " + Integer.toHexString(dot));
        assertTrue(((dot >> 16) & 0xff) > ((dot >> 8) & 0xff) * 2, "in the layer colour");
        assertEquals(0, alpha(pixel(argb, 104, 104)), "no bigger than the dot");
    }

    @Test
    void dropsVerticesCloserThanAFractionOfAPixelAtTheTileZoom() {
        // a ring of 10,000 vertices around a circle of 5 local units
        int n = 10_000;
        float[] ring = new float[2 * (n + 1)];
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * i / n;
            ring[2 * i] = (float) (50 + 5 * Math.cos(a));
            ring[2 * i + 1] = (float) (50 + 5 * Math.sin(a));
        }
        int far = segments(ring, 1);     // zoom 10: 1 px per unit, the circle is 10 px across
        int near = segments(ring, 4096); // zoom 22: every vertex is pixels apart
        assertTrue(far < 80, "far out the ring keeps only what a pixel can show: " + far);
        assertEquals(n + 1, near, "close in nothing is dropped");
        assertTrue(far >= 8, "the shape survives: " + far);
    }

    private static int segments(float[] ring, double k) {
        Path2D.Float path = new Path2D.Float();
        LayerRaster.append(path, ring, k, 0, 0, true);
        int count = 0;
        double[] c = new double[6];
        List<Integer> kinds = new ArrayList<>();
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int kind = it.currentSegment(c);
            kinds.add(kind);
            if (kind == PathIterator.SEG_MOVETO || kind == PathIterator.SEG_LINETO) {
                count++;
            }
        }
        assertEquals(PathIterator.SEG_CLOSE, (int) kinds.get(kinds.size() - 1));
        return count;
    }
}
