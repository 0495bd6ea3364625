package nl.ruimteverkenner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
