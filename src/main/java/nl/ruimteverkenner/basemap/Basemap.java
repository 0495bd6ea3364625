package nl.ruimteverkenner.basemap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import nl.ruimteverkenner.io.TileFetcher;
import nl.ruimteverkenner.io.TilePackages;
import nl.ruimteverkenner.io.TileSource;

/**
 * The application's tile source: offline tiles rendered by {@link TileRenderer} (the default), or tiles of
 * the online background the user chose ({@link TileSource}, from {@code backgrounds.json}). An online tile is
 * looked for in the offline package of that background first ({@link TilePackages}), then in the disk
 * cache, and only then fetched; when that fails the offline tile is shown for it (and the tile is asked for
 * again later). After a failed connection the network is left alone for a while, so an offline laptop
 * gets the offline map at once instead of waiting for time-outs. Tiles are rendered or fetched on background
 * threads and handed to the map on the FX thread; results are kept in a memory cache. No network
 * connection is made while no online source is set.
 */
public final class Basemap {
    private static final Logger LOG = Logger.getLogger(Basemap.class.getName());
    /** Start-up milestones (the app's {@code Startup} logger; basemap may not depend on app). */
    private static final System.Logger STARTUP = System.getLogger("nl.ruimteverkenner.startup");
    private static final Basemap INSTANCE = new Basemap();
    private static final int MEMORY_TILES = 400;
    /** How long the network is left alone after a failed connection. */
    private static final long RETRY_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);

    private volatile TileSource source;
    private volatile Path cacheDir;
    private volatile TilePackages packages;
    private volatile TileFetcher fetcher = TileFetcher.standard();
    private volatile long offlineUntil = System.nanoTime();
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

    /** The online background shown, or empty for the offline map. */
    public Optional<TileSource> source() {
        return Optional.ofNullable(source);
    }

    /** Switches the tile source (empty: the offline map); the map must reload its tiles afterwards. */
    public void setSource(Optional<TileSource> newSource) {
        synchronized (memory) {
            TileSource s = newSource.orElse(null);
            if (!Objects.equals(s, source)) {
                source = s;
                memory.clear();
                offlineUntil = System.nanoTime();
            }
        }
    }

    /**
     * Where online tiles are kept: {@code dataDir/tiles/<id>/} for the cache of tiles seen, and
     * {@code dataDir/tile-packages/<id>.mbtiles} for the areas made available offline.
     */
    public void setDataDir(Path dataDir) {
        this.cacheDir = dataDir.resolve("tiles");
        TilePackages old = packages;
        this.packages = new TilePackages(dataDir.resolve("tile-packages"));
        if (old != null) {
            old.close();
        }
    }

    /** The offline tile packages (null before {@link #setDataDir}). */
    public TilePackages packages() {
        return packages;
    }

    /** Replaces the HTTP side (tests: short time limits). */
    public void setFetcher(TileFetcher fetcher) {
        this.fetcher = fetcher;
        this.offlineUntil = System.nanoTime();
    }

    /** Forgets the tiles in memory, e.g. after a package was downloaded; the map must reload its tiles. */
    public void clearMemory() {
        synchronized (memory) {
            memory.clear();
        }
        offlineUntil = System.nanoTime();
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
        TileSource src = source;
        String key = (src == null ? "offline" : src.id()) + "/" + zoom + "/" + i + "/" + j;
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
            boolean keep = true;
            try {
                Optional<Image> fromSource = src == null ? Optional.empty() : online(src, zoom, i, j);
                // a fallback for a failure is not kept: the online tile is asked for again when it comes into view again
                keep = src == null || fromSource.isPresent();
                img = fromSource.orElseGet(() -> offline(zoom, i, j));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "tile " + key + " failed", e);
                img = null;
            }
            Image done = img;
            if (done != null && keep) {
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

    /**
     * The tile from the package, the disk cache or the server, in that order; the offline tile where the source
     * has none (outside its zoom levels, 404); empty when fetching failed (to be tried again later).
     */
    private Optional<Image> online(TileSource src, int zoom, long i, long j) {
        if (!src.covers(zoom)) {
            return Optional.of(offline(zoom, i, j));
        }
        TilePackages pk = packages;
        if (pk != null) {
            try {
                Optional<byte[]> packed = pk.find(src.id()).flatMap(p -> {
                    try {
                        return p.get(zoom, i, j);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "tile package read failed", e);
                        return Optional.empty();
                    }
                });
                Optional<Image> img = packed.flatMap(Basemap::decode);
                if (img.isPresent()) {
                    return img;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "tile package lookup failed", e);
            }
        }
        Path dir = cacheDir;
        Path file = dir == null ? null
                : dir.resolve(src.id()).resolve(Integer.toString(zoom)).resolve(i + "_" + j + "." + src.extension());
        try {
            if (file != null && Files.isRegularFile(file)) {
                Optional<Image> cached = decode(Files.readAllBytes(file));
                if (cached.isPresent()) {
                    return cached;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "tile cache read failed: " + file, e);
        }
        if (System.nanoTime() - offlineUntil < 0) {
            return Optional.empty();
        }
        TileFetcher.Result r = fetcher.fetch(src, zoom, i, j);
        if (r.status() == TileFetcher.Status.MISSING) {
            return Optional.of(offline(zoom, i, j));
        }
        if (!r.ok()) {
            if (r.status() == TileFetcher.Status.OFFLINE || r.status() == TileFetcher.Status.TIMEOUT) {
                offlineUntil = System.nanoTime() + RETRY_AFTER_NANOS;
            }
            onlineFailureListener.accept(r.reason());
            return Optional.empty();
        }
        if (file != null) {
            try {
                AtomicFiles.write(file, r.bytes());
            } catch (IOException e) {
                LOG.log(Level.FINE, "tile cache write failed: " + file, e);
            }
        }
        return decode(r.bytes());
    }

    private static Optional<Image> decode(byte[] bytes) {
        if (bytes == null || !TileFetcher.isImage(bytes)) {
            return Optional.empty();
        }
        Image img = new Image(new ByteArrayInputStream(bytes));
        return img.isError() ? Optional.empty() : Optional.of(img);
    }
}
