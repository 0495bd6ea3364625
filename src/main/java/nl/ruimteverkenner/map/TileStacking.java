package nl.ruimteverkenner.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Keeps the tiles of a Gluon base map stacked by zoom level: the enlarged tiles of lower levels, which Gluon
 * shows as placeholders while the tiles of the current level load, always below the tiles of the current level.
 * <p>
 * Gluon appends such a placeholder on top of its tiles whenever it creates a tile whose parent tile is cached but
 * no longer shown: typically for the strip a map view exposes when it grows (a side pane closing, F11, a larger
 * window). The placeholder then hides the loaded tiles of the current level next to that strip, and Gluon only
 * hides or drops it at the next pan or zoom; when the new tile came from the tile memory at once, Gluon never
 * sees it finish loading and keeps the placeholder for good. Reordering after each layout pass in which the
 * tiles changed (before that pass is drawn) leaves the placeholders visible only where no tile of the current
 * level is loaded yet, which is what they are for. FX thread only.
 */
final class TileStacking {
    private final Group tiles;
    private final Runnable afterLayout = this::restack;
    private boolean changed = true;

    private TileStacking(Group tiles) {
        this.tiles = tiles;
    }

    /** Keeps {@code tiles} (Gluon's base map, whose children are the tiles) stacked by level from now on. */
    static void install(Group tiles) {
        FxThread.check();
        TileStacking s = new TileStacking(tiles);
        tiles.getChildren().addListener((ListChangeListener<Node>) c -> s.changed = true);
        ChangeListener<Scene> sceneChanged = (o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(s.afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(s.afterLayout);
            }
        };
        tiles.sceneProperty().addListener(sceneChanged);
        sceneChanged.changed(tiles.sceneProperty(), null, tiles.getScene());
    }

    /** Runs after every layout pass of the scene; reorders only when the tiles changed since the last time. */
    private void restack() {
        if (!changed) {
            return;
        }
        changed = false;
        List<Node> sorted = new ArrayList<>(tiles.getChildren());
        // stable: tiles of one level keep Gluon's order
        sorted.sort(Comparator.comparingLong(TileStacking::enlargement).reversed());
        if (!sorted.equals(tiles.getChildren())) {
            tiles.getChildren().setAll(sorted);
        }
    }

    /**
     * The rounded log2 of a tile's scale: Gluon scales every tile by 2^(zoom - tile level), so each level below
     * the current one gets exactly one more.
     */
    static long enlargement(Node tile) {
        double scale = tile.getLocalToParentTransform().getMxx();
        return scale > 0 ? Math.round(Math.log(scale) / Math.log(2)) : 0;
    }
}
