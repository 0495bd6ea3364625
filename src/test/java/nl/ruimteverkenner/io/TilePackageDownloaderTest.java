package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ruimteverkenner.io.LoopbackTileServer.Answer;
import nl.ruimteverkenner.io.TilePackageDownloader.Area;
import nl.ruimteverkenner.io.TilePackageDownloader.Outcome;
import nl.ruimteverkenner.io.TilePackageDownloader.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline tile packages against a tile server on loopback: normal, missing, slow, broken, cancel and resume. */
class TilePackageDownloaderTest {
    /** Around Utrecht Centraal: a few tiles per zoom level. */
    private static final Area UTRECHT = new Area(5.100, 52.080, 5.125, 52.095);

    private LoopbackTileServer server;
    private TileSource source;
    private MbTiles pkg;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackTileServer();
        source = server.source("test");
        pkg = MbTiles.open(dir.resolve("test.mbtiles"));
    }

    @AfterEach
    void stop() {
        pkg.close();
        server.close();
    }

    private static TilePackageDownloader downloader(Duration timeout) {
        return new TilePackageDownloader(new TileFetcher(Duration.ofSeconds(2), timeout), 3);
    }

    private static Outcome run(TilePackageDownloader d, Plan plan, MbTiles target) {
        return d.download(plan, target, (done, total) -> { }, () -> false);
    }

    @Test
    void tilesAreStoredWithTmsRowsAndReadBackInXyz() throws Exception {
        Plan plan = TilePackageDownloader.plan(source, UTRECHT, 12, 14);
        assertTrue(plan.tiles() > 4 && plan.tiles() < 100, "a small plan: " + plan.tiles());
        Outcome o = run(downloader(Duration.ofSeconds(5)), plan, pkg);
        assertTrue(o.complete(), o.toString());
        assertEquals(plan.tiles(), o.added());
        assertEquals(plan.tiles(), pkg.count());
        assertEquals(plan.tiles(), server.served(), "each tile fetched once");
        Set<String> seen = new HashSet<>();
        for (int z = 12; z <= 14; z++) {
            long[] r = TilePackageDownloader.range(UTRECHT, z);
            for (long x = r[0]; x <= r[1]; x++) {
                for (long y = r[2]; y <= r[3]; y++) {
                    assertArrayEquals(LoopbackTileServer.png(z, x, y), pkg.get(z, x, y).orElseThrow(), z + "/" + x + "/" + y);
                    seen.add(z + "/" + x + "/" + MbTiles.tmsRow(z, y));
                }
            }
        }
        // in the file itself the rows are TMS rows (counted from the south)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + pkg.file());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT zoom_level, tile_column, tile_row FROM tiles")) {
            int rows = 0;
            while (rs.next()) {
                assertTrue(seen.contains(rs.getInt(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3)));
                rows++;
            }
            assertEquals(plan.tiles(), rows);
        }
        assertEquals((1L << 12) - 1 - 1350, MbTiles.tmsRow(12, 1350));
        assertTrue(server.userAgents().stream().allMatch(ua -> ua.startsWith("Ruimteverkenner/")), server.userAgents().toString());
    }

    @Test
    void metadataDescribesThePackage() throws Exception {
        run(downloader(Duration.ofSeconds(5)), TilePackageDownloader.plan(source, UTRECHT, 12, 13), pkg);
        Map<String, String> m = pkg.metadata();
        assertEquals("Test test", m.get("name"));
        assertEquals("png", m.get("format"));
        assertEquals("12", m.get("minzoom"));
        assertEquals("13", m.get("maxzoom"));
        assertEquals("Testkaart © loopback", m.get("attribution"));
        String[] b = m.get("bounds").split(",");
        assertEquals(5.100, Double.parseDouble(b[0]), 1e-6);
        assertEquals(52.095, Double.parseDouble(b[3]), 1e-6);
        // a second area widens the bounds and zoom range
        run(downloader(Duration.ofSeconds(5)), TilePackageDownloader.plan(source, new Area(5.2, 52.0, 5.21, 52.01), 11, 11), pkg);
        m = pkg.metadata();
        assertEquals("11", m.get("minzoom"));
        assertEquals("13", m.get("maxzoom"));
        assertEquals(5.21, Double.parseDouble(m.get("bounds").split(",")[2]), 1e-6);
    }

    @Test
    void missingTilesAreCountedAndSkipped() throws Exception {
        server.behaviour((z, x, y) -> x % 2 == 0 ? Answer.MISSING : Answer.TILE);
        Plan plan = TilePackageDownloader.plan(source, UTRECHT, 13, 14);
        Outcome o = run(downloader(Duration.ofSeconds(5)), plan, pkg);
        assertTrue(o.missing() > 0 && o.added() > 0, o.toString());
        assertEquals(plan.tiles(), o.missing() + o.added());
        assertNull(o.failure());
        assertTrue(o.complete(), "missing tiles are not a failure");
        assertEquals(o.added(), pkg.count());
    }

    @Test
    void aSlowServerTimesOutWithoutHangingAndStoresNothing() throws Exception {
        server.behaviour((z, x, y) -> Answer.SLOW);
        Plan plan = TilePackageDownloader.plan(source, UTRECHT, 12, 12);
        long t0 = System.nanoTime();
        Outcome o = run(downloader(Duration.ofMillis(500)), plan, pkg);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 8000, "took " + ms + " ms");
        assertEquals(plan.tiles(), o.failed());
        assertEquals(0, o.added());
        assertFalse(o.complete());
        assertEquals(0, pkg.count());
    }

    @Test
    void garbageAndServerErrorsAreNotStored() throws Exception {
        server.behaviour((z, x, y) -> y % 2 == 0 ? Answer.GARBAGE : Answer.ERROR);
        Plan plan = TilePackageDownloader.plan(source, UTRECHT, 13, 13);
        Outcome o = run(downloader(Duration.ofSeconds(5)), plan, pkg);
        assertEquals(plan.tiles(), o.failed());
        assertEquals(0, pkg.count());
        TileFetcher f = new TileFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5));
        TileFetcher.Result garbage = f.fetch(source, 13, 4212, 2700);
        assertEquals(TileFetcher.Status.FAILED, garbage.status());
        assertTrue(garbage.reason().contains("PNG"), garbage.reason());
        TileFetcher.Result error = f.fetch(source, 13, 4212, 2701);
        assertTrue(error.reason().contains("500"), error.reason());
    }

    @Test
    void manyFailuresInARowStopTheDownloadWithAMessage() throws Exception {
        server.behaviour((z, x, y) -> Answer.ERROR);
        Plan plan = TilePackageDownloader.plan(source, UTRECHT, 16, 17);
        assertTrue(plan.tiles() > 60, "more than one batch: " + plan.tiles());
        Outcome o = run(downloader(Duration.ofSeconds(5)), plan, pkg);
        assertNotNull(o.failure());
        assertTrue(o.failure().contains("500"), o.failure());
        assertTrue(server.requests().size() < plan.tiles(), "stopped early: " + server.requests().size());
    }

    @Test
    void aStoppedServerIsReportedAsOffline() throws Exception {
        server.close();
        TileFetcher.Result r = new TileFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5)).fetch(source, 12, 2105, 1350);
        assertEquals(TileFetcher.Status.OFFLINE, r.status());
        Outcome o = run(downloader(Duration.ofSeconds(5)), TilePackageDownloader.plan(source, UTRECHT, 15, 16), pkg);
        assertNotNull(o.failure(), "gives up instead of trying every tile");
        assertEquals(0, pkg.count());
    }

    @Test
    void cancelThenResumeEndsWithEveryTileOnce() throws Exception {
        Plan plan = TilePackageDownloader.plan(source, UTRECHT, 15, 17);
        assertTrue(plan.tiles() > 100, "several batches: " + plan.tiles());
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger updates = new AtomicInteger();
        Outcome first = downloader(Duration.ofSeconds(5)).download(plan, pkg, (done, total) -> {
            if (updates.incrementAndGet() == 1) {
                cancel.set(true);
            }
        }, cancel::get);
        assertTrue(first.cancelled(), first.toString());
        long kept = pkg.count();
        assertTrue(kept > 0 && kept < plan.tiles(), "part of the plan: " + kept);
        int requestsBefore = server.requests().size();

        Outcome second = run(downloader(Duration.ofSeconds(5)), plan, pkg);
        assertTrue(second.complete(), second.toString());
        assertEquals(kept, second.skipped(), "tiles already there are not fetched again");
        assertEquals(plan.tiles(), pkg.count());
        assertEquals(0, pkg.duplicates());
        assertEquals(plan.tiles() - kept, server.requests().size() - requestsBefore);
    }

    @Test
    void tooManyTilesAreRefusedBeforeAnyRequest() {
        Plan plan = TilePackageDownloader.plan(source, new Area(3.3, 50.7, 7.3, 53.6), 8, 16);
        assertTrue(plan.tooLarge());
        Outcome o = run(downloader(Duration.ofSeconds(5)), plan, pkg);
        assertTrue(o.failure().contains("kleiner gebied"), o.failure());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void planKeepsToTheSourcesZoomLevelsAndEstimatesTheSize() {
        TileSource limited = new TileSource("x", "X", server.base() + "/tiles/{z}/{x}/{y}.png", 0, 13, "png", "a", "", 2000);
        Plan plan = TilePackageDownloader.plan(limited, UTRECHT, 12, 15);
        assertEquals(12, plan.minZoom());
        assertEquals(13, plan.maxZoom());
        long expected = 0;
        for (int z = 12; z <= 13; z++) {
            long[] r = TilePackageDownloader.range(UTRECHT, z);
            expected += (r[1] - r[0] + 1) * (r[3] - r[2] + 1);
        }
        assertEquals(expected, plan.tiles());
        assertEquals(expected * 2000, plan.estimatedBytes());
        // zoom 0 is one tile for any area
        assertEquals(1, TilePackageDownloader.plan(limited, UTRECHT, 0, 0).tiles());
    }

    @Test
    void aFileThatIsNotAPackageGivesADutchMessage() throws Exception {
        Path junk = dir.resolve("junk.mbtiles");
        Files.writeString(junk, "dit is geen database, maar wel een heel erg lange tekst ".repeat(50));
        IOException e = assertThrows(IOException.class, () -> MbTiles.open(junk));
        assertTrue(e.getMessage().contains("geen bruikbaar MBTiles-bestand"), e.getMessage());
        assertTrue(new TilePackages(dir).find("junk").isEmpty());
    }
}
