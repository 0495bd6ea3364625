package nl.ruimteverkenner.io.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.official.DownloadedGeoJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloading official datasets against a local HTTP server on loopback: OGC API Features and WFS, paged; slow,
 * broken, failing and absent servers; cancelling. Nothing half-written is ever left.
 */
class OfficialDatasetDownloaderTest {
    private static final Pattern PARAM = Pattern.compile("([a-zA-Z]+)=([^&]*)");
    private HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dataDir;

    private OfficialDatasets store;

    /** A 1 km square in RD New with a name, as a GeoJSON feature. */
    private static String rdFeature(int i) {
        int x = 150_000 + i * 2000;
        int y = 450_000;
        return """
                {"type":"Feature","id":"f%d","properties":{"naam":"Gebied %d"},"geometry":{"type":"Polygon","coordinates":
                [[[%d,%d],[%d,%d],[%d,%d],[%d,%d],[%d,%d]]]}}""".formatted(i, i, x, y, x + 1000, y, x + 1000, y + 1000, x, y + 1000, x, y);
    }

    private static String lonLatFeature(int i) {
        double x = 5.0 + i * 0.05;
        return """
                {"type":"Feature","properties":{"naam":"Gebied %d"},"geometry":{"type":"Polygon","coordinates":
                [[[%s,52.0],[%s,52.0],[%s,52.01],[%s,52.01],[%s,52.0]]]}}""".formatted(i, x, x + 0.01, x + 0.01, x, x);
    }

    private static Map<String, String> params(HttpExchange ex) {
        Map<String, String> p = new java.util.HashMap<>();
        String q = ex.getRequestURI().getRawQuery();
        if (q != null) {
            Matcher m = PARAM.matcher(q);
            while (m.find()) {
                p.put(m.group(1), java.net.URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        // OGC API Features offering RD New: 5 features in pages of 2, linked with relative "next" links
        server.createContext("/ogc/collections/gebieden", ex -> {
            requests.add(ex.getRequestURI().toString());
            String path = ex.getRequestURI().getPath();
            if (path.endsWith("/gebieden")) {
                send(ex, 200, "{\"id\":\"gebieden\",\"crs\":[\"http://www.opengis.net/def/crs/OGC/1.3/CRS84\","
                        + "\"http://www.opengis.net/def/crs/EPSG/0/28992\"]}");
                return;
            }
            Map<String, String> p = params(ex);
            int limit = Integer.parseInt(p.get("limit"));
            int offset = Integer.parseInt(p.getOrDefault("offset", "0"));
            List<String> fs = new ArrayList<>();
            for (int i = offset; i < Math.min(5, offset + limit); i++) {
                fs.add(rdFeature(i));
            }
            String next = offset + limit < 5
                    ? ",\"links\":[{\"rel\":\"self\",\"href\":\"x\"},{\"rel\":\"next\",\"href\":\"gebieden/items?f=json&limit=" + limit
                    + "&offset=" + (offset + limit) + "&crs=" + java.net.URLEncoder.encode(p.get("crs"), StandardCharsets.UTF_8) + "\"}]"
                    : ",\"links\":[]";
            send(ex, 200, "{\"type\":\"FeatureCollection\",\"numberMatched\":5,\"features\":[" + String.join(",", fs) + "]" + next + "}");
        });
        // OGC API Features in CRS84 only
        server.createContext("/ogc84/collections/gebieden", ex -> {
            requests.add(ex.getRequestURI().toString());
            if (ex.getRequestURI().getPath().endsWith("/gebieden")) {
                send(ex, 200, "{\"id\":\"gebieden\"}");
                return;
            }
            send(ex, 200, "{\"type\":\"FeatureCollection\",\"features\":[" + lonLatFeature(0) + "," + lonLatFeature(1) + "]}");
        });
        // WFS 2.0: 5 features, count/startIndex paging
        server.createContext("/wfs", ex -> {
            requests.add(ex.getRequestURI().toString());
            Map<String, String> p = params(ex);
            int count = Integer.parseInt(p.get("count"));
            int start = Integer.parseInt(p.get("startIndex"));
            List<String> fs = new ArrayList<>();
            for (int i = start; i < Math.min(5, start + count); i++) {
                fs.add(rdFeature(i));
            }
            send(ex, 200, "{\"type\":\"FeatureCollection\",\"numberMatched\":5,\"features\":[" + String.join(",", fs) + "]}");
        });
        server.createContext("/slow/collections/gebieden", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "{}");
        });
        server.createContext("/broken/collections/gebieden", ex -> {
            if (ex.getRequestURI().getPath().endsWith("/gebieden")) {
                send(ex, 200, "{\"id\":\"gebieden\"}");
                return;
            }
            send(ex, 200, "{\"type\":\"FeatureCollection\",\"features\":[" + rdFeature(0).substring(0, 40));
        });
        // the first page comes, then the server goes away in the middle of the second
        server.createContext("/drop", ex -> {
            Map<String, String> p = params(ex);
            if ("0".equals(p.get("startIndex"))) {
                send(ex, 200, "{\"type\":\"FeatureCollection\",\"features\":[" + rdFeature(0) + "," + rdFeature(1) + "]}");
                return;
            }
            ex.sendResponseHeaders(200, 100_000);
            OutputStream out = ex.getResponseBody();
            out.write(("{\"type\":\"FeatureCollection\",\"features\":[" + rdFeature(2)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            ex.close();
        });
        server.createContext("/e500", ex -> send(ex, 500, "kapot"));
        server.createContext("/e404", ex -> send(ex, 404, "niet gevonden"));
        server.start();
        store = new OfficialDatasets(dataDir);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OfficialDatasets.Entry entry(String id, OfficialDatasets.Service service, String path, String collection) {
        return new OfficialDatasets.Entry(id, "Gebieden " + id, "Testdienst", service,
                "http://127.0.0.1:" + server.getAddress().getPort() + path, collection, "CC0 1.0", "naam", List.of("natuur"), false);
    }

    private OfficialDatasetDownloader downloader(int seconds) {
        return new OfficialDatasetDownloader(Duration.ofSeconds(seconds), 2);
    }

    private List<Path> filesInStore() throws IOException {
        if (!Files.isDirectory(store.folder())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(store.folder())) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }

    @Test
    void ogcApiFeaturesArePagedByNextLinksInRdNewAndKeptForOfflineUse() throws IOException {
        List<int[]> progress = new ArrayList<>();
        OfficialDatasetDownloader.Outcome o = downloader(10).download(entry("ogc", OfficialDatasets.Service.OGC_API_FEATURES,
                "/ogc", "gebieden"), store, (n, total) -> progress.add(new int[] {n, total}), () -> false);
        assertTrue(o.ok(), o.failure());
        assertEquals(5, o.stored().features());
        assertEquals(List.of(2, 4, 5), progress.stream().map(p -> p[0]).toList());
        assertEquals(5, progress.get(0)[1]);
        assertTrue(requests.stream().filter(r -> r.contains("/items")).allMatch(r -> r.contains("crs=http")), requests.toString());
        assertEquals(3, requests.stream().filter(r -> r.contains("/items")).count());
        DownloadedGeoJson.Result back = DownloadedGeoJson.read(o.stored().file());
        assertEquals(5, back.features().size());
        assertEquals(1_000_000, back.features().get(0).geometry().getArea(), 1e-6, "RD New taken as it is");
        assertEquals("Gebied 4", back.features().get(4).attributes().get("naam"));
        List<OfficialDatasets.Stored> listed = new OfficialDatasets(dataDir).downloaded();
        assertEquals(1, listed.size());
        assertEquals("ogc", listed.get(0).entry().id());
        assertEquals(java.time.LocalDate.now().toString(), listed.get(0).date());
        assertEquals(List.of(Path.of("ogc.geojson"), Path.of("ogc.json")), filesInStore());
    }

    @Test
    void aCollectionWithoutRdNewIsFetchedInCrs84() throws IOException {
        OfficialDatasetDownloader.Outcome o = downloader(10).download(entry("wgs", OfficialDatasets.Service.OGC_API_FEATURES,
                "/ogc84", "gebieden"), store, (n, t) -> { }, () -> false);
        assertTrue(o.ok(), o.failure());
        assertTrue(requests.stream().noneMatch(r -> r.contains("crs=")), requests.toString());
        DownloadedGeoJson.Result back = DownloadedGeoJson.read(o.stored().file());
        double[] rd = RdNew.toRd(5.0, 52.0);
        assertEquals(rd[0], back.features().get(0).geometry().getEnvelopeInternal().getMinX(), 50);
    }

    @Test
    void wfsIsPagedWithCountAndStartIndex() throws IOException {
        OfficialDatasetDownloader.Outcome o = downloader(10).download(entry("wfs", OfficialDatasets.Service.WFS,
                "/wfs", "ns:gebieden"), store, (n, t) -> { }, () -> false);
        assertTrue(o.ok(), o.failure());
        assertEquals(5, DownloadedGeoJson.read(o.stored().file()).features().size());
        assertEquals(3, requests.size(), requests.toString());
        assertTrue(requests.get(0).contains("request=GetFeature") && requests.get(0).contains("typeNames=ns%3Agebieden")
                && requests.get(0).contains("outputFormat=application%2Fjson") && requests.get(0).contains("srsName=EPSG%3A28992"),
                requests.get(0));
        assertTrue(requests.get(2).contains("startIndex=4"), requests.get(2));
    }

    @Test
    void aSlowServerTimesOutAndTheEarlierDownloadStays() throws IOException {
        OfficialDatasets.Entry slow = entry("traag", OfficialDatasets.Service.OGC_API_FEATURES, "/slow", "gebieden");
        store.store(slow, "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8), 0, "2025-01-01");
        byte[] before = Files.readAllBytes(store.folder().resolve("traag.geojson"));
        long t0 = System.nanoTime();
        OfficialDatasetDownloader.Outcome o = downloader(1).download(slow, store, (n, t) -> { }, () -> false);
        assertFalse(o.ok());
        assertTrue(o.failure().contains("niet op tijd"), o.failure());
        assertTrue(System.nanoTime() - t0 < 2_900_000_000L, "gave up before the server answered");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(store.folder().resolve("traag.geojson"))));
        assertEquals(List.of(Path.of("traag.geojson"), Path.of("traag.json")), filesInStore(), "no temporary files");
    }

    @Test
    void brokenJsonIsReportedAndNothingIsStored() throws IOException {
        OfficialDatasetDownloader.Outcome o = downloader(10).download(entry("kapot", OfficialDatasets.Service.OGC_API_FEATURES,
                "/broken", "gebieden"), store, (n, t) -> { }, () -> false);
        assertFalse(o.ok());
        assertTrue(o.failure().contains("geen geldige JSON"), o.failure());
        assertEquals(List.of(), filesInStore());
    }

    @Test
    void aServerGoingAwayMidDownloadLeavesNothing() throws IOException {
        OfficialDatasetDownloader.Outcome o = downloader(10).download(entry("weg", OfficialDatasets.Service.WFS,
                "/drop", "gebieden"), store, (n, t) -> { }, () -> false);
        assertFalse(o.ok());
        assertTrue(o.failure().contains("verbroken") || o.failure().contains("geen geldige JSON"), o.failure());
        assertEquals(List.of(), filesInStore());
        assertTrue(store.downloaded().isEmpty());
    }

    @Test
    void httpErrorsAreNamedWithTheirCode() throws IOException {
        OfficialDatasetDownloader.Outcome e500 = downloader(10).download(entry("a", OfficialDatasets.Service.WFS, "/e500", "x"),
                store, (n, t) -> { }, () -> false);
        assertTrue(e500.failure().contains("foutcode 500"), e500.failure());
        OfficialDatasetDownloader.Outcome e404 = downloader(10).download(entry("b", OfficialDatasets.Service.OGC_API_FEATURES,
                "/e404", "x"), store, (n, t) -> { }, () -> false);
        assertTrue(e404.failure().contains("foutcode 404"), e404.failure());
        assertEquals(List.of(), filesInStore());
    }

    @Test
    void nothingListeningMeansOffline() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OfficialDatasets.Entry e = new OfficialDatasets.Entry("weg", "Weg", "", OfficialDatasets.Service.WFS,
                "http://127.0.0.1:" + port + "/wfs", "x", "", "", List.of("natuur"), false);
        OfficialDatasetDownloader.Outcome o = downloader(5).download(e, store, (n, t) -> { }, () -> false);
        assertTrue(o.failure().contains("offline"), o.failure());
        assertEquals(List.of(), filesInStore());
    }

    @Test
    void cancellingAfterTheFirstPageStoresNothing() throws IOException {
        AtomicBoolean cancel = new AtomicBoolean();
        OfficialDatasetDownloader.Outcome o = downloader(10).download(entry("stop", OfficialDatasets.Service.WFS, "/wfs", "x"),
                store, (n, t) -> cancel.set(true), cancel::get);
        assertTrue(o.cancelled());
        assertNull(o.failure());
        assertEquals(1, requests.size(), "no page after the cancel");
        assertEquals(List.of(), filesInStore());
    }
}
