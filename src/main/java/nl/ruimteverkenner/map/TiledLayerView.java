package nl.ruimteverkenner.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;

/**
 * A large layer on the map as raster tiles drawn in the background by {@link LayerRaster}, instead of one
 * scene-graph path per feature: a parcel layer of 200,000 polygons as paths would make every frame walk
 * 200,000 nodes. The tiles of the current zoom level that cover the view (plus a margin) are drawn on a
 * worker thread and placed as images in local units, so panning only moves them; after a zoom the previous
 * level's tiles stay beneath, scaled, until the new ones are in. A horizon change redraws the tiles in place.
 * FX thread only, except for the drawing itself.
 */
final class TiledLayerView {
    /** Layers with at least this many features are drawn as tiles. */
    static final int TILED_FROM = 2000;
    /** Overrides {@link #TILED_FROM}, for the benchmark's comparison with paths. */
    private static final int TILED_FROM_SET = Integer.getInteger("ruimteverkenner.tiledFrom", TILED_FROM);
    /** Tiles kept beyond the ones in view, for panning back. */
    private static final int SPARE_TILES = 48;
    private static final int MIN_ZOOM = 4;
    private static final int MAX_ZOOM = 19;
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** One drawing thread for all tiled layers, so the FX thread keeps the other core on a two-core laptop. */
    private static final ExecutorService DRAWING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rv-layer-tiles-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private record Key(int z, long x, long y) {
    }

    private final LayerRaster raster;
    private final Group node = new Group();
    private final Group below = new Group();
    private final Group current = new Group();
    private final Map<Key, ImageView> tiles = new HashMap<>();
    /** Tiles asked of the drawing thread for the current generation, not yet placed. */
    private final Set<Key> pending = new HashSet<>();
    private Set<Key> wanted = Set.of();
    private Horizon horizon = Horizon.H2030;
    private boolean shown = true;
    private int z = -1;
    private int generation;
    private double[] lastView;
    /** What the drawing thread may read: the generation and the tiles in view. */
    private volatile int liveGeneration;
    private volatile Set<Key> liveWanted = Set.of();

    TiledLayerView(Layer layer) {
        this.raster = new LayerRaster(layer);
        node.getChildren().addAll(below, current);
        node.setId("tiles-" + layer.id());
    }

    /** Whether a layer is drawn as tiles. */
    static boolean suits(Layer layer) {
        return layer.features().size() >= TILED_FROM_SET;
    }

    /** The layer drawn (an unchanged layer object keeps its view and tiles). */
    Layer layer() {
        return raster.layer();
    }

    /** The group of tile images, in local units. */
    Group node() {
        return node;
    }

    /** Tile images placed at the current zoom level (tests). */
    int placedTiles() {
        return current.getChildren().size();
    }

    /** Tiles still being drawn for the current view (tests). */
    int pendingTiles() {
        return pending.size();
    }

    void setHorizon(Horizon h) {
        if (h != horizon) {
            horizon = h;
            redraw();
        }
    }

    /** Hidden layers draw nothing; showing one draws what is in view. */
    void setShown(boolean on) {
        if (on != shown) {
            shown = on;
            redraw();
        }
    }

    /**
     * The view changed: {@code originX/Y} is where local (0, 0) lies on screen, {@code scale} screen pixels per
     * local unit, {@code zoom} the map's zoom level, {@code width × height} the view in pixels.
     */
    void viewChanged(double originX, double originY, double scale, double zoom, double width, double height) {
        lastView = new double[] {originX, originY, scale, zoom, width, height};
        if (!shown || !(scale > 0) || width <= 0 || height <= 0) {
            return;
        }
        int level = (int) Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(zoom)));
        if (level != z) {
            // the old level stays beneath, scaled, until the new tiles are in; only the newest old level is kept
            List<Node> old = new ArrayList<>(current.getChildren());
            current.getChildren().clear();
            below.getChildren().setAll(old);
            tiles.clear();
            pending.clear();
            z = level;
        }
        boolean crisp = Math.abs(zoom - z) < 1e-6;
        for (ImageView v : tiles.values()) {
            v.setSmooth(!crisp);
        }
        double size = LayerRaster.tileSize(z);
        // the view in local units, one tile of margin around it
        long x0 = (long) Math.floor((-originX / scale) / size) - 1;
        long x1 = (long) Math.floor(((width - originX) / scale) / size) + 1;
        long y0 = (long) Math.floor((-originY / scale) / size) - 1;
        long y1 = (long) Math.floor(((height - originY) / scale) / size) + 1;
        double cx = (x0 + x1) / 2.0;
        double cy = (y0 + y1) / 2.0;
        List<Key> want = new ArrayList<>();
        for (long y = y0; y <= y1; y++) {
            for (long x = x0; x <= x1; x++) {
                want.add(new Key(z, x, y));
            }
        }
        wanted = new HashSet<>(want);
        liveWanted = Set.copyOf(wanted);
        pending.retainAll(wanted);
        want.sort(Comparator.comparingDouble(k -> Math.hypot(k.x - cx, k.y - cy)));
        for (Key k : want) {
            if (!tiles.containsKey(k) && pending.add(k)) {
                request(k, generation);
            }
        }
        evict(cx, cy, want.size());
        if (pending.isEmpty()) {
            below.getChildren().clear();
        }
    }

    /**
     * Draws every tile in view again (horizon changed, or the layer was switched on); the old images stay until
     * replaced. A hidden layer drops its tiles and stops the drawing of those asked for.
     */
    private void redraw() {
        generation++;
        liveGeneration = generation;
        pending.clear();
        if (!shown) {
            // a hidden layer draws nothing, and its tiles may be stale by the time it is shown again
            current.getChildren().clear();
            below.getChildren().clear();
            tiles.clear();
            return;
        }
        tiles.keySet().removeIf(k -> {
            if (!wanted.contains(k)) {
                current.getChildren().remove(tiles.get(k));
                return true;
            }
            return false;
        });
        if (lastView != null) {
            double[] v = lastView;
            for (Key k : wanted) {
                if (k.z == z && pending.add(k)) {
                    request(k, generation);
                }
            }
            viewChanged(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }

    private void request(Key k, int gen) {
        Horizon h = horizon;
        DRAWING.execute(() -> {
            // skipped when the user has moved on before the drawing thread got to it
            if (!stillWanted(k, gen)) {
                Platform.runLater(() -> skipped(k, gen));
                return;
            }
            int[] argb = raster.render(k.z, k.x, k.y, h);
            WritableImage img = null;
            if (argb != null) {
                img = new WritableImage(LayerRaster.TILE, LayerRaster.TILE);
                img.getPixelWriter().setPixels(0, 0, LayerRaster.TILE, LayerRaster.TILE,
                        PixelFormat.getIntArgbPreInstance(), argb, 0, LayerRaster.TILE);
            }
            WritableImage image = img;
            Platform.runLater(() -> place(k, gen, image));
        });
    }

    private boolean stillWanted(Key k, int gen) {
        return gen == liveGeneration && liveWanted.contains(k);
    }

    /** A tile the drawing thread skipped: asked again if the view came back to it meanwhile. */
    private void skipped(Key k, int gen) {
        if (gen == generation && k.z == z && pending.remove(k) && wanted.contains(k) && !tiles.containsKey(k)) {
            pending.add(k);
            request(k, gen);
        }
        if (pending.isEmpty()) {
            below.getChildren().clear();
        }
    }

    private void place(Key k, int gen, WritableImage image) {
        if (gen != generation || k.z != z) {
            return;
        }
        pending.remove(k);
        ImageView old = tiles.remove(k);
        if (old != null) {
            current.getChildren().remove(old);
        }
        double size = LayerRaster.tileSize(k.z);
        ImageView v = new ImageView(image);
        v.setX(k.x * size);
        v.setY(k.y * size);
        v.setFitWidth(size);
        v.setFitHeight(size);
        v.setSmooth(lastView == null || Math.abs(lastView[3] - z) > 1e-6);
        // an empty tile is kept as a view without an image, so it is not asked for again
        tiles.put(k, v);
        current.getChildren().add(v);
        if (pending.isEmpty()) {
            below.getChildren().clear();
        }
    }

    /** Drops the tiles farthest from the view once more than the spare ones are kept. */
    private void evict(double cx, double cy, int inView) {
        int excess = tiles.size() - inView - SPARE_TILES;
        if (excess <= 0) {
            return;
        }
        List<Key> far = new ArrayList<>(tiles.keySet());
        far.removeIf(wanted::contains);
        far.sort(Comparator.comparingDouble((Key k) -> Math.hypot(k.x - cx, k.y - cy)).reversed());
        for (Key k : far.subList(0, Math.min(excess, far.size()))) {
            current.getChildren().remove(tiles.remove(k));
        }
    }
}
