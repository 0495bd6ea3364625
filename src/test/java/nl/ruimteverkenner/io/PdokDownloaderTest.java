package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.TestScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDOK download against a local HTTP server on loopback: normal, slow, broken and offline. */
class PdokDownloaderTest {
    private static final Path CBS = TestScenarios.shared().resolve("geodata/cbs-gemeenten-2025.geojson");
    private HttpServer server;
    private GemeenteStore store;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", ex -> {
            byte[] body = Files.readAllBytes(CBS);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < body.length; i += 8192) {
                    out.write(body, i, Math.min(8192, body.length - i));
                }
            }
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, 2);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("{}".getBytes());
            }
        });
        server.createContext("/broken", ex -> {
            ex.sendResponseHeaders(200, 100_000);
            OutputStream out = ex.getResponseBody();
            out.write("{ \"type\": \"FeatureCollection\", \"features\": [".getBytes());
            out.flush();
            ex.close(); // the connection drops half-way
        });
        server.createContext("/error", ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        server.createContext("/garbage", ex -> {
            byte[] body = "<html>onderhoud</html>".getBytes();
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        store = new GemeenteStore(dir);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PdokDownloader at(String path, Duration timeout) {
        return new PdokDownloader(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), timeout);
    }

    @Test
    void downloadIsCheckedAndKept() {
        assumeTrue(Files.exists(CBS), "needs ../shared/geodata");
        List<Double> progress = new ArrayList<>();
        PdokDownloader.Outcome o = at("/ok", Duration.ofSeconds(30)).download(store, progress::add);
        assertTrue(o.ok(), o.failure());
        assertEquals(342, o.result().gemeenten().size());
        assertTrue(Files.exists(store.file()));
        assertEquals(342, store.loadStored().gemeenten().size(), "used on the next start");
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
        assertTrue(progress.size() > 3, "progress is reported while downloading");
    }

    @Test
    void slowServerTimesOutWithADutchMessageAndKeepsTheOldFile() throws Exception {
        Files.writeString(store.file(), "oud");
        PdokDownloader.Outcome o = at("/slow", Duration.ofSeconds(1)).download(store, p -> { });
        assertFalse(o.ok());
        assertTrue(o.failure().contains("niet op tijd"), o.failure());
        assertEquals("oud", Files.readString(store.file()));
    }

    @Test
    void brokenResponseIsReportedAndNothingIsStored() {
        PdokDownloader.Outcome o = at("/broken", Duration.ofSeconds(10)).download(store, p -> { });
        assertFalse(o.ok());
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void httpErrorAndWrongContentAreReported() {
        PdokDownloader.Outcome error = at("/error", Duration.ofSeconds(10)).download(store, p -> { });
        assertTrue(error.failure().contains("foutcode 500"), error.failure());
        PdokDownloader.Outcome garbage = at("/garbage", Duration.ofSeconds(10)).download(store, p -> { });
        assertTrue(garbage.failure().contains("niet als gemeentegrenzen te lezen"), garbage.failure());
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void nothingListeningMeansOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PdokDownloader.Outcome o = new PdokDownloader(URI.create("http://127.0.0.1:" + port + "/x"), Duration.ofSeconds(5))
                .download(store, p -> { });
        assertTrue(o.failure().contains("offline"), o.failure());
    }
}
