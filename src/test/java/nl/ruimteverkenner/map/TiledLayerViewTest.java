package nl.ruimteverkenner.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A large layer is drawn as tiles in the background, follows the view, the horizon and its switch (FX toolkit). */
class TiledLayerViewTest {
    @BeforeAll
    static void startToolkit() {
        FxToolkit.start();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        return FxToolkit.onFx(work);
    }

    /** Waits until the view has drawn every tile it asked for. */
    private static void settle(TiledLayerView v) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (onFx(v::pendingTiles) > 0) {
            assertTrue(System.nanoTime() < end, "tiles drawn within 30 s");
            Thread.sleep(20);
        }
    }

    /** A grid of 50 × 50 small squares (2,500 features) in local units 0..500; the first row only from 2050. */
    private static Scenario scenario() {
        List<Feature> fs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 50; j++) {
                fs.add(LayerRasterTest.feature("f" + i + "_" + j, LayerRasterTest.localSquare(i * 10, j * 10, 6),
                        j == 0 ? Horizon.H2050 : Horizon.H2030, KeuzeCategorie.GEMAAKT));
            }
        }
        Layer big = LayerRasterTest.layer(fs);
        return Scenario.builder("s", "S").horizons(List.of(Horizon.values()))
                .groups(List.of(new LayerGroup(Theme.BEWEGING_1, "B1", ""))).layers(List.of(big)).build();
    }

    /** The colour of the placed tile image at a local position, or 0 when no tile covers it. */
    private static int argbAt(TiledLayerView v, double lx, double ly) {
        for (Node n : v.node().getChildrenUnmodifiable()) {
            for (Node t : ((javafx.scene.Group) n).getChildren()) {
                ImageView iv = (ImageView) t;
                if (lx >= iv.getX() && lx < iv.getX() + iv.getFitWidth() && ly >= iv.getY() && ly < iv.getY() + iv.getFitHeight()) {
                    if (iv.getImage() == null) {
                        return 0;
                    }
                    int px = (int) ((lx - iv.getX()) / iv.getFitWidth() * LayerRaster.TILE);
                    int py = (int) ((ly - iv.getY()) / iv.getFitHeight() * LayerRaster.TILE);
                    return iv.getImage().getPixelReader().getArgb(px, py);
                }
            }
        }
        return 0;
    }

    @Test
    void aLargeLayerIsDrawnAsTilesThatFollowViewHorizonAndSwitch() throws Exception {
        Scenario s = scenario();
        MapLayerHost host = onFx(() -> {
            MapLayerHost h = new MapLayerHost();
            // zoom 11: 2 px per local unit; local (0, 0) at the screen's top left
            h.projection().update(0, 0, 11);
            h.features().setScenario(s);
            h.features().viewChanged(0, 0, 800, 600);
            return h;
        });
        TiledLayerView v = onFx(() -> host.features().tiledView("big"));
        assertNotNull(v, "2,500 features are drawn as tiles");
        assertNull(onFx(() -> host.lookup("#feature-f3_3")), "no path per feature");
        settle(v);
        // 800 × 600 px at zoom 11 with a tile of margin: 6 × 5 tiles of 256 px
        assertEquals(30, (int) onFx(v::placedTiles));
        assertTrue((onFx(() -> argbAt(v, 33, 33)) >>> 24) > 100, "a square is painted where it lies");
        assertEquals(0, onFx(() -> argbAt(v, 38, 38)) >>> 24, "the gap between squares is empty");
        assertEquals(0, onFx(() -> argbAt(v, 33, 3)) >>> 24, "first row not in force at 2030");

        onFx(() -> {
            host.features().setHorizon(Horizon.H2050);
            return null;
        });
        settle(v);
        assertTrue((onFx(() -> argbAt(v, 33, 3)) >>> 24) > 100, "redrawn for 2050");

        // panning right by 1,000 px brings new tiles in; zooming in draws the next level
        onFx(() -> {
            host.projection().update(-1000, 0, 11);
            host.features().viewChanged(-1000, 0, 800, 600);
            return null;
        });
        settle(v);
        assertTrue((onFx(() -> argbAt(v, 493, 203)) >>> 24) > 100, "the far side of the grid after panning");
        onFx(() -> {
            host.projection().update(0, 0, 13);
            host.features().viewChanged(0, 0, 800, 600);
            return null;
        });
        settle(v);
        assertEquals(30, (int) onFx(v::placedTiles), "only the new level's tiles once they are in");
        assertEquals(0, onFx(() -> ((javafx.scene.Group) v.node().getChildrenUnmodifiable().get(0)).getChildren().size()),
                "the previous level is gone");

        // an edit elsewhere keeps the unchanged layer's tiles
        onFx(() -> {
            host.features().setScenario(s);
            return null;
        });
        assertSame(v, onFx(() -> host.features().tiledView("big")));
        onFx(() -> {
            host.features().setLayerVisible("big", false);
            return null;
        });
        assertTrue(onFx(() -> !host.features().isLayerShown("big")));
        assertEquals(0, (int) onFx(v::placedTiles), "a hidden layer keeps no tiles");
        onFx(() -> {
            host.features().setHorizon(Horizon.H2030);
            return null;
        });
        assertEquals(0, (int) onFx(v::pendingTiles), "nor draws any");
        onFx(() -> {
            host.features().setLayerVisible("big", true);
            return null;
        });
        settle(v);
        assertEquals(30, (int) onFx(v::placedTiles), "switched on again, the view is drawn");
        assertEquals(0, onFx(() -> argbAt(v, 33, 3)) >>> 24, "at the horizon set while hidden");
    }
}
