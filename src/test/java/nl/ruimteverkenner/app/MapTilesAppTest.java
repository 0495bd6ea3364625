package nl.ruimteverkenner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.impl.maps.TileImageView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.ruimteverkenner.ui.MainWindow;
import nl.ruimteverkenner.ui.map.MapPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The base map's tiles after the map view changed size (issue 15): once the tiles have loaded, every point of the
 * map is drawn by a loaded tile of the current zoom level, not by an enlarged tile of the level below lying on top
 * of it, after closing the schuurpunten pane, F11 in and out, and a larger window. The map is zoomed in level by
 * level first (as with the + button), so Gluon has the tiles of the level below in its cache.
 */
class MapTilesAppTest extends ApplicationTest {
    /** Map centres (lat, lon) at zoom 9: where the exposed strips start differs from tile to tile. */
    private static final double[][] CENTRES = {{52.28, 5.52}, {51.94, 5.06}, {52.11, 5.29}, {52.45, 5.75}};
    private static final double STEP = 32;
    private static AppFixture fixture;
    private App app;
    private Stage stage;

    @BeforeAll
    static void isolate() throws IOException {
        fixture = AppFixture.isolate("tiles", "demo");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        fixture.cleanUp();
    }

    @Override
    public void start(Stage stage) throws IOException {
        this.stage = stage;
        app = fixture.start(stage);
    }

    @BeforeEach
    void awaitScenario() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window().viewModel().getScenario() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MainWindow window() {
        return app.window();
    }

    private MapPane map() {
        return window().mapPane();
    }

    /**
     * What draws the map at a grid of points: for each point whose topmost visible tile is not a loaded tile of
     * the current level, "x,y: reason" ("no tile", "loading", or the level of the tile on top). Empty when the
     * whole view shows loaded tiles of the current level.
     */
    private List<String> faults() {
        BaseMap base = (BaseMap) map().mapView().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof BaseMap).findFirst().orElseThrow();
        double zoom = base.zoom().get();
        int level = (int) Math.min(Math.floor(zoom + BaseMap.TIPPING), BaseMap.MAX_ZOOM - 1);
        List<Node> tiles = new ArrayList<>();
        for (Node n : base.getChildrenUnmodifiable()) {
            if (n.isVisible() && image(n) != null) {
                tiles.add(0, n); // topmost first
            }
        }
        List<String> out = new ArrayList<>();
        double w = map().mapView().getWidth();
        double h = map().mapView().getHeight();
        for (double x = STEP / 2; x < w; x += STEP) {
            for (double y = STEP / 2; y < h; y += STEP) {
                Point2D p = new Point2D(x, y);
                Node top = tiles.stream().filter(t -> base.localToParent(t.getBoundsInParent()).contains(p))
                        .findFirst().orElse(null);
                String fault;
                if (top == null) {
                    fault = "no tile";
                } else {
                    Bounds b = base.localToParent(top.getBoundsInParent());
                    // a tile of level l is drawn 256 * 2^(zoom - l) pixels wide
                    long tileLevel = Math.round(zoom - Math.log(b.getWidth() / 256) / Math.log(2));
                    TileImageView iv = image(top);
                    fault = tileLevel != level ? "level " + tileLevel + " on top"
                            : iv.getImage() == null || iv.getProgress() < 1 ? "loading" : null;
                }
                if (fault != null) {
                    out.add((int) x + "," + (int) y + ": " + fault);
                }
            }
        }
        return out;
    }

    private static TileImageView image(Node tile) {
        if (tile instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c instanceof TileImageView iv) {
                    return iv;
                }
            }
        }
        return null;
    }

    /** Waits until every tile in view has loaded, then returns what is still wrong (see {@link #faults}). */
    private List<String> settledFaults() throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(this::faults).get()
                    .stream().noneMatch(f -> f.endsWith("no tile") || f.endsWith("loading")));
        } catch (TimeoutException e) {
            // reported below with the points concerned
        }
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(this::faults).get();
    }

    private void assertWholeMapAtZoom(String when) throws Exception {
        List<String> faults = settledFaults();
        double[] size = WaitForAsyncUtils.asyncFx(() -> new double[] {map().mapView().getWidth(),
                map().mapView().getHeight()}).get();
        Map<String, Integer> byReason = new TreeMap<>();
        faults.forEach(f -> byReason.merge(f.substring(f.indexOf(": ") + 2), 1, Integer::sum));
        assertEquals(List.of(), faults.subList(0, Math.min(8, faults.size())), when + ", map " + (int) size[0] + "x"
                + (int) size[1] + ": " + faults.size() + " points not drawn by a loaded tile of the zoom level "
                + byReason);
    }

    /**
     * Zooms in on a centre level by level (8, then 9), as the + button does, and pans a little: Gluon then puts
     * the tiles of level 8 away but keeps them in its cache.
     */
    private void zoomInOn(double[] centre) throws Exception {
        interact(() -> map().setView(centre[0], centre[1], 8));
        settledFaults();
        interact(() -> map().setView(centre[0], centre[1], 9));
        settledFaults();
        interact(() -> map().panBy(16, 16));
        assertWholeMapAtZoom("zoomed in on " + centre[0] + "," + centre[1]);
    }

    @Test
    void closingTheSchuurpuntenPaneLeavesNoEnlargedTilesOnTop() throws Exception {
        for (double[] centre : CENTRES) {
            interact(() -> window().features().schuurpunten().show(true));
            zoomInOn(centre);
            interact(() -> window().features().schuurpunten().show(false));
            assertWholeMapAtZoom("pane closed at " + centre[0] + "," + centre[1]);
        }
    }

    @Test
    void presentationModeLeavesNoEnlargedTilesOnTop() throws Exception {
        for (double[] centre : CENTRES) {
            zoomInOn(centre);
            type(KeyCode.F11);
            assertWholeMapAtZoom("F11 in at " + centre[0] + "," + centre[1]);
            type(KeyCode.F11);
            assertWholeMapAtZoom("F11 out at " + centre[0] + "," + centre[1]);
        }
    }

    @Test
    void aLargerWindowLeavesNoEnlargedTilesOnTop() throws Exception {
        for (double[] centre : CENTRES) {
            interact(() -> {
                stage.setWidth(1000);
                stage.setHeight(700);
            });
            zoomInOn(centre);
            interact(() -> {
                stage.setWidth(1500);
                stage.setHeight(950);
            });
            assertWholeMapAtZoom("window enlarged at " + centre[0] + "," + centre[1]);
        }
    }

    /** Gluon recentres the map on every size change; after a drag that must be the dragged view, not the old one. */
    @Test
    void aSizeChangeAfterDraggingKeepsTheDraggedView() throws Exception {
        interact(() -> map().setView(52.1, 5.3, 9));
        settledFaults();
        double[] before = WaitForAsyncUtils.asyncFx(() -> map().center()).get();
        Point2D middle = WaitForAsyncUtils.asyncFx(() -> map().mapView().localToScreen(
                map().mapView().getWidth() / 2, map().mapView().getHeight() / 2)).get();
        drag(middle).moveBy(-100, -60).moveBy(-100, -60).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double[] dragged = WaitForAsyncUtils.asyncFx(() -> map().center()).get();
        // 200 px at zoom 9 is about 0.55 degrees of longitude
        assertTrue(dragged[0] - before[0] > 0.3, "the drag moved the map east: " + before[0] + " -> " + dragged[0]);
        interact(() -> window().features().schuurpunten().show(true));
        WaitForAsyncUtils.waitForFxEvents();
        double[] opened = WaitForAsyncUtils.asyncFx(() -> map().center()).get();
        assertEquals(dragged[0], opened[0], 0.02, "longitude kept when the pane opens");
        assertEquals(dragged[1], opened[1], 0.02, "latitude kept when the pane opens");
        type(KeyCode.F11);
        type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        double[] back = WaitForAsyncUtils.asyncFx(() -> map().center()).get();
        assertEquals(dragged[0], back[0], 0.02, "longitude kept after F11 in and out");
        assertEquals(dragged[1], back[1], 0.02, "latitude kept after F11 in and out");
    }
}
