package nl.ruimteverkenner.basemap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import nl.ruimteverkenner.io.AtomicFiles;

/**
 * The application's tile source: offline tiles rendered by {@link TileRenderer} (the default), or
 * OpenStreetMap tiles when the user has switched the online background map on. Tiles are rendered or
 * fetched on background threads and handed to the map on the FX thread; results are kept in a memory
 * cache (and OSM tiles on disk). No network connection is made while the mode is {@link Mode#OFFLINE}.
 */
public final class Basemap {
    private static final Logger LOG = Logger.getLogger(Basemap.class.getName());
    /** Start-up milestones (the app's {@code Startup} logger; basemap may not depend on app). */
    private static final System.Logger STARTUP = System.getLogger("nl.ruimteverkenner.startup");
    private static final Basemap INSTANCE = new Basemap();
    private static final int MEMORY_TILES = 400;
    /** OpenStreetMap's standard tile server; used only in {@link Mode#ONLINE_OSM}. */
    public static final String OSM_URL = "https://tile.openstreetmap.org/%d/%d/%d.png";

    /** Where tiles come from. */
    public enum Mode { OFFLINE, ONLINE_OSM }

    private volatile Mode mode = Mode.OFFLINE;
    private volatile Path cacheDir;
    private volatile Consumer<String> onlineFailureListener = msg -> { };
    private volatile TileRenderer renderer;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "basemap-tiles");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final Map<String, Image> memory = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > MEMORY_TILES;
        }
    };
    private HttpClient http;
    /** Guards the lazy renderer; separate from the tile cache lock so the FX thread never waits for loading. */
    private final Object rendererLock = new Object();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong delivered = new AtomicLong();

    private Basemap() {
    }

    /** The one basemap of this JVM (Gluon looks up its tile retriever once per JVM). */
    public static Basemap instance() {
        return INSTANCE;
    }

    public Mode mode() {
        return mode;
    }

    /** Switches the tile source; the map must reload its tiles afterwards. */
    public void setMode(Mode newMode) {
        synchronized (memory) {
            if (newMode != mode) {
                mode = newMode;
                memory.clear();
            }
        }
    }

    /** Folder for the on-disk cache of online tiles. */
    public void setCacheDir(Path dir) {
        this.cacheDir = dir;
    }

    /** Called (on any thread) with a Dutch message when an online tile could not be fetched. */
    public void setOnlineFailureListener(Consumer<String> listener) {
        this.onlineFailureListener = listener == null ? msg -> { } : listener;
    }

    /** The offline renderer, loading the bundled data on first use. */
    public TileRenderer renderer() {
        TileRenderer r = renderer;
        if (r == null) {
            synchronized (rendererLock) {
                if (renderer == null) {
                    renderer = new TileRenderer(BasemapData.loadBundled());
                    STARTUP.log(System.Logger.Level.DEBUG, "basemap data loaded");
                }
                r = renderer;
            }
        }
        return r;
    }

    /** Loads data and renderer in the background so the first tiles come quickly. */
    public void warmUp() {
        workers.submit(this::renderer);
    }

    CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        Mode m = mode;
        String key = m + "/" + zoom + "/" + i + "/" + j;
        synchronized (memory) {
            Image cached = memory.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        CompletableFuture<Image> result = new CompletableFuture<>();
        pending.incrementAndGet();
        workers.submit(() -> {
            Image img;
            try {
                img = m == Mode.ONLINE_OSM ? online(zoom, i, j).orElseGet(() -> offline(zoom, i, j)) : offline(zoom, i, j);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "tile " + key + " failed", e);
                img = null;
            }
            Image done = img;
            if (done != null) {
                synchronized (memory) {
                    memory.put(key, done);
                }
            }
            // Gluon sets the image in a completion callback: complete on the FX thread.
            Platform.runLater(() -> {
                pending.decrementAndGet();
                delivered.incrementAndGet();
                if (done != null) {
                    result.complete(done);
                } else {
                    result.completeExceptionally(new IllegalStateException("tile " + key));
                }
            });
        });
        return result;
    }

    /** Tiles requested but not yet handed to the map. */
    public int pendingTiles() {
        return pending.get();
    }

    /** Tiles rendered or fetched since start (cache hits not counted). */
    public long deliveredTiles() {
        return delivered.get();
    }

    private Image offline(int zoom, long i, long j) {
        return toFx(renderer().render(zoom, i, j));
    }

    /** Copies an ARGB image into a JavaFX image (safe off the FX thread). */
    public static Image toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    private Optional<Image> online(int zoom, long i, long j) {
        Path dir = cacheDir;
        Path file = dir == null ? null : dir.resolve("osm").resolve(Integer.toString(zoom)).resolve(i + "_" + j + ".png");
        try {
            if (file != null && Files.isRegularFile(file)) {
                return Optional.of(new Image(new ByteArrayInputStream(Files.readAllBytes(file))));
            }
            HttpResponse<byte[]> resp = client().send(HttpRequest.newBuilder(URI.create(String.format(OSM_URL, zoom, i, j)))
                    .timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "Ruimteverkenner/0.1 (desktop planning tool)")
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
                onlineFailureListener.accept("HTTP " + resp.statusCode());
                return Optional.empty();
            }
            byte[] bytes = resp.body();
            if (file != null) {
                AtomicFiles.write(file, bytes);
            }
            return Optional.of(new Image(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            onlineFailureListener.accept(e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }
}
