package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Every layer of the host lands on the same screen position for a lon/lat, at any view (FX toolkit, no map view). */
class MapLayerHostTest {
    private static final double PX_PER_DEGREE = WebMercator.worldPixels(MapProjection.REF_ZOOM) / 360;

    @BeforeAll
    static void startToolkit() {
        FxToolkit.start();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        return FxToolkit.onFx(work);
    }

    private static Feature feature(String id, String wkt) {
        try {
            return Feature.builder(id, "l", new WKTReader().read(wkt)).theme(Theme.BEWEGING_1).horizon(Horizon.H2030)
                    .category(KeuzeCategorie.GEMAAKT).description("d").sources(List.of(new Citation("NR", 1, "")))
                    .schematic(true).build();
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Point2D onScreen(Node n, double x, double y) {
        return n.localToScene(x, y);
    }

    @Test
    void pointsAreasHighlightsAndHandlesFollowPanAndZoomTogether() throws Exception {
        Feature point = feature("p", "POINT (6.3 52.2)");
        Feature area = feature("a", "POLYGON ((6.3 52.2, 7 52.2, 7 53, 6.3 52.2))");
        Layer layer = new Layer("l", Theme.BEWEGING_1, "L", "", true,
                new LayerStyle("#336699", 0.5, 1, LayerStyle.PointSymbol.CIRCLE), List.of(point, area));
        Scenario s = Scenario.builder("s", "S").horizons(List.of(Horizon.values()))
                .groups(List.of(new LayerGroup(Theme.BEWEGING_1, "B1", ""))).layers(List.of(layer)).build();
        List<Point2D> seen = onFx(() -> {
            MapLayerHost host = new MapLayerHost();
            host.projection().update(100, 50, 12);
            host.features().setScenario(s);
            host.highlight().setSelected(point);
            Node handle = new Rectangle(-3, -3, 6, 6);
            host.handles().place(handle, 6.3, 52.2);
            host.projection().update(10, 20, 11); // pan and zoom out after everything was drawn
            Node symbol = host.lookup("#feature-p");
            Path path = (Path) host.lookup("#feature-a");
            MoveTo first = (MoveTo) path.getElements().get(0);
            Node highlighted = host.highlight().points().getChildren().get(0);
            return List.of(onScreen(symbol, 0, 0), onScreen(path, first.getX(), first.getY()),
                    onScreen(highlighted, 0, 0), onScreen(handle, 0, 0));
        });
        Point2D expected = new Point2D(10 + 2 * PX_PER_DEGREE, 20);
        for (Point2D p : seen) {
            assertEquals(expected.getX(), p.getX(), 1e-3, seen.toString());
            assertEquals(expected.getY(), p.getY(), 1e-3, seen.toString());
        }
    }
}
