package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.basemap.BasemapData;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** The report map never fails on an area it cannot place: it is clipped to what can be drawn. */
class MapImageRendererTest {
    @Test
    void anAreaWithAbsurdCoordinatesGivesAMapNotAnException() throws Exception {
        Scenario demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();
        MapImageRenderer maps = new MapImageRenderer(new TileRenderer(BasemapData.loadBundled()));
        // RD New numbers far beyond the Netherlands project to coordinates that are not numbers
        Geometry absurd = RdNew.toWgs84(new WKTReader().read(
                "POLYGON ((155000 1e15, 160000 1e15, 160000 1.000000000005e15, 155000 1e15))"));
        Geometry offTheWorld = new WKTReader().read("POLYGON ((500 10, 900 10, 900 80, 500 10))");
        Geometry continent = new WKTReader().read("POLYGON ((-170 -80, 170 -80, 170 80, -170 -80))");
        for (Geometry area : new Geometry[] {absurd, offTheWorld, continent}) {
            byte[] png = maps.render(demo, f -> false, area, 400, 300);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(400, image.getWidth(), area.toText());
            assertEquals(300, image.getHeight());
        }
    }

    @Test
    void theReportMapCarriesItsLegendBelowAndAScaleBarAndNorthArrowOnTheMap() throws Exception {
        Scenario demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();
        MapImageRenderer maps = new MapImageRenderer(new TileRenderer(BasemapData.loadBundled()));
        Geometry area = new WKTReader().read("POLYGON ((3.4 50.8, 7.2 50.8, 7.2 53.5, 3.4 53.5, 3.4 50.8))");
        byte[] png = maps.render(demo, f -> true, area, 800, 550);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        MapLegend legend = MapLegend.of(demo, f -> true, MapImageRenderer.View.around(area.getEnvelopeInternal(), 0.12, 800, 550).lonLat());
        assertTrue(legend.items().size() >= 3, "the demo's layers are in the legend: " + legend.items());
        assertTrue(image.getHeight() > 550 + 40, "the legend is drawn below the map: " + image.getHeight());
        // the legend's text and the scale bar are drawn in the furniture's ink (#1f2933)
        assertTrue(count(image, 0, 560, 800, image.getHeight() - 560, 0x1f2933) > 50, "legend text below the map");
        assertTrue(count(image, 0, 470, 250, 80, 0x1f2933) > 100, "the scale bar in the bottom-left corner");
        assertTrue(count(image, 700, 0, 100, 100, 0x1f2933) > 30, "the north arrow in the top-right corner");
    }

    private static int count(BufferedImage img, int x, int y, int w, int h, int rgb) {
        int n = 0;
        for (int i = x; i < x + w; i++) {
            for (int j = y; j < y + h; j++) {
                n += (img.getRGB(i, j) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
