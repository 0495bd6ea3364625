package nl.ruimteverkenner.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import nl.ruimteverkenner.io.LoopbackTileServer;
import nl.ruimteverkenner.io.LoopbackTileServer.Answer;
import nl.ruimteverkenner.io.MbTiles;
import nl.ruimteverkenner.io.TileFetcher;
import nl.ruimteverkenner.io.TilePackageDownloader;
import nl.ruimteverkenner.io.TileSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The tile source with an online background from a loopback server: tiles come from the server and are
 * cached; a tile package keeps working when the server is gone; a failing or stopped server gives the
 * offline tile at once, never a blank tile or a hang.
 */
class BasemapOnlineTest {
    private static final TilePackageDownloader.Area AREA = new TilePackageDownloader.Area(5.100, 52.080, 5.125, 52.095);
    private final OfflineTileRetriever retriever = new OfflineTileRetriever();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private LoopbackTileServer server;
    private TileSource source;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackTileServer();
        source = server.source("loopback");
        Basemap b = Basemap.instance();
        b.setDataDir(dataDir);
        b.setFetcher(new TileFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2)));
        b.setOnlineFailureListener(failures::add);
        b.setSource(Optional.of(source));
    }

    @AfterEach
    void stop() {
        Basemap b = Basemap.instance();
        b.setSource(Optional.empty());
        b.setFetcher(TileFetcher.standard());
        b.setOnlineFailureListener(null);
        b.packages().close();
        server.close();
    }

    private Image tile(int z, long x, long y) throws Exception {
        return retriever.loadTile(z, x, y).get(10, TimeUnit.SECONDS);
    }

    private static int rgb(Image img) {
        return img.getPixelReader().getArgb(128, 128) & 0xffffff;
    }

    @Test
    void onlineTilesComeFromTheServerAndAreCachedOnDisk() throws Exception {
        Image img = tile(13, 4212, 2700);
        assertEquals(LoopbackTileServer.color(13, 4212, 2700), rgb(img), failures.toString());
        assertTrue(Files.isRegularFile(dataDir.resolve("tiles/loopback/13/4212_2700.png")));
        assertEquals(1, server.requests().size());
        assertTrue(server.userAgents().get(0).startsWith("Ruimteverkenner/"));
    }

    @Test
    void aPackagedAreaWorksWhenTheServerIsGone() throws Exception {
        TilePackageDownloader.Plan plan = TilePackageDownloader.plan(source, AREA, 13, 14);
        MbTiles pkg = Basemap.instance().packages().openForWriting(source.id());
        TilePackageDownloader.Outcome o = new TilePackageDownloader(new TileFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5)), 2)
                .download(plan, pkg, (d, t) -> { }, () -> false);
        assertTrue(o.complete(), o.toString());
        server.close();
        Basemap.instance().clearMemory();
        long[] r = TilePackageDownloader.range(AREA, 14);
        long t0 = System.nanoTime();
        for (long x = r[0]; x <= r[1]; x++) {
            for (long y = r[2]; y <= r[3]; y++) {
                assertEquals(LoopbackTileServer.color(14, x, y), rgb(tile(14, x, y)), "from the package: 14/" + x + "/" + y);
            }
        }
        assertTrue(failures.isEmpty(), "no connection attempted: " + failures);
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5));
        // outside the package: the offline map, not a blank tile
        Image outside = tile(14, r[1] + 5, r[3] + 5);
        assertNotEquals(LoopbackTileServer.color(14, r[1] + 5, r[3] + 5), rgb(outside));
        assertEquals(256, outside.getWidth());
    }

    @Test
    void failingTilesFallBackToTheOfflineMapAndAreTriedAgainLater() throws Exception {
        server.behaviour((z, x, y) -> Answer.ERROR);
        Image img = tile(12, 2105, 1350);
        assertEquals(256, img.getWidth());
        assertNotEquals(LoopbackTileServer.color(12, 2105, 1350), rgb(img));
        assertTrue(failures.get(0).contains("500"), failures.toString());
        // the fallback is not kept: once the server is well again the online tile appears
        server.behaviour((z, x, y) -> Answer.TILE);
        assertEquals(LoopbackTileServer.color(12, 2105, 1350), rgb(tile(12, 2105, 1350)));
    }

    @Test
    void aTileTheServerDoesNotHaveShowsTheOfflineMapAndIsNotAskedForAgain() throws Exception {
        server.behaviour((z, x, y) -> Answer.MISSING);
        Image img = tile(12, 2110, 1351);
        assertEquals(256, img.getWidth());
        assertNotEquals(LoopbackTileServer.color(12, 2110, 1351), rgb(img));
        tile(12, 2110, 1351);
        assertEquals(1, server.requests().size(), "a missing tile is not a failure to retry");
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void aSlowServerGivesTheOfflineTileWithoutHanging() throws Exception {
        server.behaviour((z, x, y) -> Answer.SLOW);
        long t0 = System.nanoTime();
        Image img = tile(12, 2106, 1350);
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(6), "answered within the time limit");
        assertEquals(256, img.getWidth());
        int requests = server.requests().size();
        // after a time-out the network is left alone for a while: the next tiles come at once
        long t1 = System.nanoTime();
        tile(12, 2107, 1350);
        tile(12, 2108, 1350);
        assertTrue(System.nanoTime() - t1 < TimeUnit.SECONDS.toNanos(3));
        assertEquals(requests, server.requests().size());
    }

    @Test
    void theOfflineMapMakesNoRequests() throws Exception {
        Basemap.instance().setSource(Optional.empty());
        tile(12, 2105, 1350);
        assertTrue(server.requests().isEmpty());
    }
}
