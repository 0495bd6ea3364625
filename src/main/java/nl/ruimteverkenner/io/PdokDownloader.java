package nl.ruimteverkenner.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleConsumer;
import nl.ruimteverkenner.i18n.Messages;

/**
 * Downloads the current generalised gemeente boundaries from PDOK (CBS gebiedsindelingen, WFS GeoJSON
 * in WGS84), checks them with {@link GemeenteReader} and keeps them with {@link GemeenteStore}. Only called
 * after the user asked for it. Failures (offline, timeout, HTTP error, broken content) give a Dutch
 * message and leave any earlier boundaries untouched.
 */
public final class PdokDownloader {
    /** The PDOK WFS request for gemeente_gegeneraliseerd; override with {@code -Druimteverkenner.pdok.url}. */
    public static final String DEFAULT_URL = "https://service.pdok.nl/cbs/gebiedsindelingen/2025/wfs/v1_0"
            + "?service=WFS&version=2.0.0&request=GetFeature&typeNames=gebiedsindelingen:gemeente_gegeneraliseerd"
            + "&outputFormat=json&srsName=EPSG:4326";

    private final URI uri;
    private final Duration timeout;

    public PdokDownloader(URI uri, Duration timeout) {
        this.uri = uri;
        this.timeout = timeout;
    }

    /** The downloader for the configured PDOK address with a one-minute time limit. */
    public static PdokDownloader configured() {
        return new PdokDownloader(URI.create(System.getProperty("ruimteverkenner.pdok.url", DEFAULT_URL)), Duration.ofSeconds(60));
    }

    /** Outcome: the gemeenten read (empty on failure) and a Dutch message when it failed. */
    public record Outcome(GemeenteReader.Result result, String failure) {
        public boolean ok() {
            return failure == null && result.usable();
        }
    }

    /**
     * Downloads, checks and stores the boundaries.
     *
     * @param progress receives 0..1 while downloading (or -1 when the size is unknown)
     */
    public Outcome download(GemeenteStore store, DoubleConsumer progress) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "Ruimteverkenner/0.1").header("Accept", "application/json").GET().build();
        Path tmp = null;
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                return failed(Messages.get("pdok.http", response.statusCode()));
            }
            long size = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long deadline = System.nanoTime() + timeout.toNanos();
            try (InputStream in = response.body()) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    bytes.write(buf, 0, n);
                    progress.accept(size > 0 ? Math.min(1.0, bytes.size() / (double) size) : -1);
                    if (System.nanoTime() > deadline) {
                        return failed(Messages.get("pdok.timeout"));
                    }
                }
            }
            tmp = Files.createTempFile("pdok-gemeenten", ".geojson");
            Files.write(tmp, bytes.toByteArray());
            GemeenteReader.Result r = store.importFile(tmp);
            if (!r.usable()) {
                return new Outcome(r, Messages.get("pdok.content"));
            }
            return new Outcome(r, null);
        } catch (HttpConnectTimeoutException | ConnectException | UnknownHostException e) {
            return failed(Messages.get("pdok.offline"));
        } catch (HttpTimeoutException e) {
            return failed(Messages.get("pdok.timeout"));
        } catch (IOException e) {
            return failed(e.getCause() instanceof UnknownHostException || e.getCause() instanceof ConnectException
                    ? Messages.get("pdok.offline") : Messages.get("pdok.broken"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(Messages.get("pdok.cancelled"));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file in the system temp folder; nothing to lose
                }
            }
        }
    }

    private static Outcome failed(String message) {
        return new Outcome(new GemeenteReader.Result(List.of(), List.of()), message);
    }
}
