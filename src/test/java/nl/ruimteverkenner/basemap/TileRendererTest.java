package nl.ruimteverkenner.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.geo.WebMercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class TileRendererTest {
    private static BasemapData data;
    private static TileRenderer renderer;

    @BeforeAll
    static void load() {
        data = BasemapData.loadBundled();
        renderer = new TileRenderer(data);
    }

    /** The colour the renderer draws at a lon/lat at a zoom level. */
    private static Color colourAt(double lon, double lat, int zoom) {
        double world = Math.pow(2, zoom);
        double x = WebMercator.x(lon) * world;
        double y = WebMercator.y(lat) * world;
        long i = (long) Math.floor(x);
        long j = (long) Math.floor(y);
        BufferedImage tile = renderer.render(zoom, i, j);
        return new Color(tile.getRGB((int) ((x - i) * 256), (int) ((y - j) * 256)), true);
    }

    @ParameterizedTest(name = "{0} is water at zoom {3}")
    @CsvSource({
        "IJsselmeer, 5.35, 52.78, 9",
        "Markermeer, 5.25, 52.52, 10",
        "Noordzee, 3.80, 52.60, 7",
        "Waddenzee, 5.30, 53.25, 8",
        "Oosterschelde, 3.90, 51.60, 11",
    })
    void waterIsDrawnAsWater(String name, double lon, double lat, int zoom) {
        assertEquals(TileRenderer.SEA, opaque(colourAt(lon, lat, zoom)), name);
    }

    @ParameterizedTest(name = "{0} is land at zoom {3}")
    @CsvSource({
        "Utrecht, 5.10, 52.07, 9",
        "Amersfoort, 5.39, 52.16, 12",
        "Veluwe, 5.85, 52.15, 7",
        "Zwolle, 6.10, 52.50, 13",
    })
    void landIsDrawnAsLand(String name, double lon, double lat, int zoom) {
        assertEquals(TileRenderer.LAND, opaque(colourAt(lon, lat, zoom)), name);
    }

    @Test
    void neighbouringCountriesAreNotDrawnAsDutchLand() {
        assertEquals(TileRenderer.ABROAD, opaque(colourAt(4.40, 50.85, 8)), "Brussel");
        assertEquals(TileRenderer.ABROAD, opaque(colourAt(7.10, 51.45, 8)), "Essen (DE)");
    }

    @Test
    void tilesAreFullyOpaqueAndSized() {
        BufferedImage t = renderer.render(8, 131, 84);
        assertEquals(256, t.getWidth());
        assertEquals(256, t.getHeight());
        for (int y = 0; y < 256; y += 17) {
            for (int x = 0; x < 256; x += 17) {
                assertEquals(255, new Color(t.getRGB(x, y), true).getAlpha());
            }
        }
    }

    @Test
    void bundledProvinceBordersMatchTheirSources() throws Exception {
        Geometry land = ProvinceBorders.read("land.geojson").getGeometryN(0);
        Geometry provinces = ProvinceBorders.read("provinces.geojson");
        List<Geometry> list = new ArrayList<>();
        for (int i = 0; i < provinces.getNumGeometries(); i++) {
            list.add(provinces.getGeometryN(i));
        }
        double fresh = ProvinceBorders.compute(land, list).getLength();
        double bundled = new WKTReader().read(new String(
                BasemapData.class.getResourceAsStream(ProvinceBorders.RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8)).getLength();
        assertEquals(fresh, bundled, fresh * 1e-4, "regenerate with ProvinceBorders.main");
        assertTrue(bundled > 5, "borders between 12 provinces are several degrees long");
    }

    @Test
    void riversContinueAcrossTileEdgesWithoutASeam() {
        int zoom = 11;
        double world = WebMercator.worldPixels(zoom);
        int both = 0;
        List<String> seams = new ArrayList<>();
        for (BasemapData.River river : data.rivers()) {
            if (river.level() != 1) {
                continue;
            }
            org.locationtech.jts.geom.Coordinate[] cs = river.line().getCoordinates();
            for (int n = 1; n < cs.length && both + seams.size() < 40; n++) {
                double ax = cs[n - 1].x * world;
                double bx = cs[n].x * world;
                long ka = (long) Math.floor(ax / 256);
                long kb = (long) Math.floor(bx / 256);
                if (ka == kb) {
                    continue;
                }
                // where the river crosses the edge between tile columns
                double edge = Math.max(ka, kb) * 256.0;
                double t = (edge - ax) / (bx - ax);
                double y = (cs[n - 1].y + t * (cs[n].y - cs[n - 1].y)) * world;
                long j = (long) Math.floor(y / 256);
                int row = (int) (y - j * 256);
                if (row < 16 || row > 240) {
                    continue;
                }
                long right = Math.max(ka, kb);
                boolean left = riverNear(renderer.render(zoom, right - 1, j), 255, row);
                boolean rightSide = riverNear(renderer.render(zoom, right, j), 0, row);
                if (left && rightSide) {
                    both++;
                } else if (left || rightSide) {
                    seams.add("tile edge " + right + "/" + j + " row " + row);
                }
            }
        }
        assertTrue(both >= 5, "the major rivers cross tile edges: " + both);
        assertEquals(List.of(), seams, "a river drawn on one side of a tile edge only");
    }

    /** Whether a pixel of river colour lies within a few rows of {@code row} in column {@code x}. */
    private static boolean riverNear(BufferedImage tile, int x, int row) {
        for (int y = Math.max(0, row - 3); y <= Math.min(255, row + 3); y++) {
            if (opaque(new Color(tile.getRGB(x, y), true)).equals(TileRenderer.RIVER)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void screenTilesHaveNoNamesButAReportMapDoes() {
        int zoom = 9;
        double world = WebMercator.worldPixels(zoom);
        double x = WebMercator.x(4.89) * world;
        double y = WebMercator.y(52.37) * world;
        BufferedImage tile = renderer.render(zoom, (long) Math.floor(x / 256), (long) Math.floor(y / 256));
        assertEquals(0, darkPixels(tile), "Amsterdam's tile holds no text: names are drawn above the layers");
        BufferedImage map = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = map.createGraphics();
        renderer.paintLabels(g, zoom, x - 200, y - 150, 400, 300, 1);
        g.dispose();
        assertTrue(darkPixels(map) > 50, "a raster map for the report gets the names");
    }

    private static int darkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y), true);
                if (c.getAlpha() > 200 && c.getRed() < 90 && c.getGreen() < 90 && c.getBlue() < 90) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void riversWidenWithTheZoomLevel() {
        assertTrue(TileRenderer.riverWidth(1, 13) > 3 * TileRenderer.riverWidth(1, 9), "a major river at its real width");
        assertEquals(0f, TileRenderer.riverWidth(4, 7), "minor rivers only close up");
        assertTrue(TileRenderer.riverWidth(4, 12) > 0);
    }

    private static Color opaque(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue());
    }
}
