package nl.ruimteverkenner.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import nl.ruimteverkenner.geo.WebMercator;
import nl.ruimteverkenner.i18n.Messages;

/**
 * Makes an area of an online background available offline: plans which tiles an area and zoom range needs
 * (count and size estimate, refused above {@link #MAX_TILES}), then fetches them into an {@link MbTiles}
 * package. Tiles already in the package are skipped, so a cancelled or failed download resumes where it
 * stopped; missing tiles (404) are counted and skipped; failures (HTTP errors, bytes that are not an image,
 * time-outs) are counted and nothing is stored for them. Many failures in a row stop the download with a
 * Dutch message (the server is down or the network gone). Runs on the caller's (background) thread.
 */
public final class TilePackageDownloader {
    /** The most tiles one download may have. */
    public static final long MAX_TILES = 50_000;
    private static final int CHUNK = 48;
    private static final int FAILURES_IN_A_ROW = 24;

    /** A lon/lat box (WGS84 degrees). */
    public record Area(double west, double south, double east, double north) {
        public Area {
            if (!(west < east) || !(south < north)) {
                throw new IllegalArgumentException("empty area " + west + "," + south + "," + east + "," + north);
            }
        }

        /** The smallest box holding both. */
        public Area union(Area o) {
            return new Area(Math.min(west, o.west), Math.min(south, o.south), Math.max(east, o.east), Math.max(north, o.north));
        }

        /** As MBTiles {@code bounds}: "west,south,east,north". */
        public String bounds() {
            return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", west, south, east, north);
        }
    }

    /** What a download would fetch: the source, area and zoom range, and the number of tiles. */
    public record Plan(TileSource source, Area area, int minZoom, int maxZoom, long tiles) {
        /** The expected size on disk, from the source's typical tile size. */
        public long estimatedBytes() {
            return tiles * source.typicalBytes();
        }

        /** Whether the plan has more tiles than one download may have. */
        public boolean tooLarge() {
            return tiles > MAX_TILES;
        }
    }

    /** Called after every batch with the tiles handled (skipped, stored, missing or failed) and the total. */
    public interface Progress {
        void update(long done, long total);
    }

    /**
     * How a download ended.
     *
     * @param added     tiles fetched and stored
     * @param skipped   tiles already in the package
     * @param missing   tiles the server does not have (404)
     * @param failed    tiles that could not be fetched (error, not an image, time-out)
     * @param cancelled whether the user stopped it
     * @param failure   a Dutch message when it stopped early for another reason, else null
     */
    public record Outcome(long added, long skipped, long missing, long failed, boolean cancelled, String failure) {
        /** Whether every tile of the plan is now in the package or known to be missing. */
        public boolean complete() {
            return !cancelled && failure == null && failed == 0;
        }
    }

    private final TileFetcher fetcher;
    private final int threads;

    /** @param threads how many tiles are fetched at the same time (be kind to the server: 2–4) */
    public TilePackageDownloader(TileFetcher fetcher, int threads) {
        this.fetcher = fetcher;
        this.threads = Math.max(1, threads);
    }

    /** Plans a download, keeping the zoom range within what the source serves. */
    public static Plan plan(TileSource source, Area area, int fromZoom, int toZoom) {
        int from = Math.max(source.minZoom(), Math.min(fromZoom, toZoom));
        int to = Math.min(source.maxZoom(), Math.max(fromZoom, toZoom));
        long tiles = 0;
        for (int z = from; z <= to; z++) {
            long[] r = range(area, z);
            tiles += (r[1] - r[0] + 1) * (r[3] - r[2] + 1);
        }
        return new Plan(source, area, from, Math.max(from - 1, to), tiles);
    }

    /** The XYZ tile range {xMin, xMax, yMin, yMax} that covers an area at a zoom level. */
    public static long[] range(Area a, int z) {
        long n = 1L << z;
        long x0 = clamp((long) Math.floor(WebMercator.x(a.west()) * n), n);
        long x1 = clamp((long) Math.ceil(WebMercator.x(a.east()) * n) - 1, n);
        long y0 = clamp((long) Math.floor(WebMercator.y(a.north()) * n), n);
        long y1 = clamp((long) Math.ceil(WebMercator.y(a.south()) * n) - 1, n);
        return new long[] {x0, Math.max(x0, x1), y0, Math.max(y0, y1)};
    }

    private static long clamp(long v, long n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    /** Fetches the plan's tiles into the package; see the class comment. Never throws. */
    public Outcome download(Plan plan, MbTiles target, Progress progress, BooleanSupplier cancelled) {
        if (plan.tooLarge()) {
            return new Outcome(0, 0, 0, 0, false, Messages.get("tiles.tooMany", plan.tiles(), MAX_TILES));
        }
        Counts c = new Counts();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tile-download");
            t.setDaemon(true);
            return t;
        });
        try {
            writeMetadata(plan, target);
            List<long[]> chunk = new ArrayList<>(CHUNK);
            for (int z = plan.minZoom(); z <= plan.maxZoom(); z++) {
                long[] r = range(plan.area(), z);
                for (long x = r[0]; x <= r[1]; x++) {
                    for (long y = r[2]; y <= r[3]; y++) {
                        if (target.contains(z, x, y)) {
                            c.skipped++;
                            continue;
                        }
                        chunk.add(new long[] {z, x, y});
                        if (chunk.size() == CHUNK) {
                            String stop = fetchChunk(plan, chunk, target, pool, cancelled, c);
                            progress.update(c.done(), plan.tiles());
                            if (stop != null) {
                                return c.outcome(cancelled.getAsBoolean(), stop);
                            }
                            chunk.clear();
                        }
                    }
                }
            }
            String stop = chunk.isEmpty() ? null : fetchChunk(plan, chunk, target, pool, cancelled, c);
            progress.update(c.done(), plan.tiles());
            return c.outcome(cancelled.getAsBoolean(), stop);
        } catch (IOException e) {
            return c.outcome(false, e.getMessage());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fetches one batch and stores what came; returns a reason to stop, or null to go on. */
    private String fetchChunk(Plan plan, List<long[]> chunk, MbTiles target, ExecutorService pool,
                              BooleanSupplier cancelled, Counts c) throws IOException {
        if (cancelled.getAsBoolean()) {
            return "";
        }
        List<Future<TileFetcher.Result>> futures = new ArrayList<>(chunk.size());
        for (long[] t : chunk) {
            futures.add(pool.submit(() -> fetcher.fetch(plan.source(), (int) t[0], t[1], t[2])));
        }
        List<MbTiles.Tile> got = new ArrayList<>();
        boolean stop = false;
        String lastReason = null;
        for (int i = 0; i < futures.size(); i++) {
            TileFetcher.Result r = await(futures.get(i), cancelled);
            if (r == null) {
                futures.forEach(f -> f.cancel(true));
                stop = true;
                break;
            }
            long[] t = chunk.get(i);
            switch (r.status()) {
                case OK -> {
                    got.add(new MbTiles.Tile((int) t[0], t[1], t[2], r.bytes()));
                    c.inARow = 0;
                }
                case MISSING -> {
                    c.missing++;
                    c.inARow = 0;
                }
                default -> {
                    c.failed++;
                    c.inARow++;
                    lastReason = r.reason();
                }
            }
        }
        c.added += target.putAll(got);
        if (stop) {
            return "";
        }
        if (c.inARow >= FAILURES_IN_A_ROW) {
            return Messages.get("tiles.gaveUp", c.inARow, lastReason);
        }
        return null;
    }

    /** Waits for one fetch while watching the cancel flag; null when cancelled. */
    private static TileFetcher.Result await(Future<TileFetcher.Result> f, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            try {
                return f.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException | CancellationException e) {
                return new TileFetcher.Result(TileFetcher.Status.FAILED, null, String.valueOf(e.getCause()));
            }
        }
    }

    private static void writeMetadata(Plan plan, MbTiles target) throws IOException {
        Map<String, String> old = target.metadata();
        Area area = plan.area();
        int min = plan.minZoom();
        int max = plan.maxZoom();
        try {
            if (old.containsKey("bounds")) {
                String[] b = old.get("bounds").split(",");
                area = area.union(new Area(Double.parseDouble(b[0]), Double.parseDouble(b[1]),
                        Double.parseDouble(b[2]), Double.parseDouble(b[3])));
            }
            if (old.containsKey("minzoom")) {
                min = Math.min(min, Integer.parseInt(old.get("minzoom").strip()));
            }
            if (old.containsKey("maxzoom")) {
                max = Math.max(max, Integer.parseInt(old.get("maxzoom").strip()));
            }
        } catch (RuntimeException e) {
            // unreadable old metadata: this download's values replace it
        }
        TileSource s = plan.source();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("format", s.format().equals("jpeg") ? "jpg" : "png");
        m.put("bounds", area.bounds());
        m.put("minzoom", Integer.toString(min));
        m.put("maxzoom", Integer.toString(max));
        m.put("attribution", s.attribution());
        m.put("description", s.name() + (s.licence().isBlank() ? "" : " (" + s.licence() + ")"));
        m.put("type", "baselayer");
        m.put("version", "1");
        m.put("source", s.id());
        target.putMetadata(m);
    }

    private static final class Counts {
        long added;
        long skipped;
        long missing;
        long failed;
        int inARow;

        long done() {
            return added + skipped + missing + failed;
        }

        Outcome outcome(boolean cancelled, String stop) {
            // an empty reason: stopped by the cancel flag or an interrupt
            boolean stopped = cancelled || "".equals(stop);
            String failure = stopped || stop == null ? null : stop;
            return new Outcome(added, skipped, missing, failed, stopped, failure);
        }
    }
}
