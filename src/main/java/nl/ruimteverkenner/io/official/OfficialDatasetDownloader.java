package nl.ruimteverkenner.io.official;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import nl.ruimteverkenner.i18n.Messages;

/**
 * Downloads an official dataset of the catalogue page by page: OGC API Features ({@code items?f=json&limit=N},
 * following {@code next} links; in RD New when the collection offers EPSG:28992, else in CRS84) or WFS 2.0
 * GetFeature (GeoJSON, {@code count}/{@code startIndex} paging, in EPSG:28992). The pages are joined into one
 * GeoJSON file, checked with {@link DownloadedGeoJson} and kept with {@link OfficialDatasets#store}. Runs on the
 * caller's (background) thread and may be cancelled; only called after the user agreed to the server.
 * Failures (offline, time-out, HTTP error, broken JSON, the server going away) give a Dutch message and store
 * nothing: an earlier download of the dataset stays as it was.
 */
public final class OfficialDatasetDownloader {
    /** RD New as OGC API Features names it. */
    static final String RD_URI = "http://www.opengis.net/def/crs/EPSG/0/28992";
    /** The most pages one download fetches (a guard against a server that never stops). */
    static final int MAX_PAGES = 2000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Duration timeout;
    private final int pageSize;
    private final HttpClient client;

    /**
     * @param timeout  the time limit for each request, response included
     * @param pageSize features per page
     */
    public OfficialDatasetDownloader(Duration timeout, int pageSize) {
        this.timeout = timeout;
        this.pageSize = pageSize;
        this.client = HttpClient.newBuilder().connectTimeout(timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The downloader the app uses: a minute per page, 1000 features per page. */
    public static OfficialDatasetDownloader standard() {
        return new OfficialDatasetDownloader(Duration.ofSeconds(60), 1000);
    }

    /** Told after every page how many features have come, and how many there are (-1 when unknown). */
    @FunctionalInterface
    public interface Progress {
        void update(int features, int total);
    }

    /**
     * How a download ended.
     *
     * @param stored    the dataset kept, or null
     * @param cancelled whether the user stopped it
     * @param failure   a Dutch message when it failed, else null
     */
    public record Outcome(OfficialDatasets.Stored stored, boolean cancelled, String failure) {
        public boolean ok() {
            return stored != null;
        }
    }

    /** A failure with its Dutch message, to end the download. */
    private static final class Stop extends Exception {
        Stop(String message) {
            super(message, null, false, false);
        }
    }

    /** Downloads, checks and keeps {@code entry}; see the class comment. Never throws. */
    public Outcome download(OfficialDatasets.Entry entry, OfficialDatasets store, Progress progress, BooleanSupplier cancelled) {
        ArrayNode features = JsonNodeFactory.instance.arrayNode();
        try {
            boolean rd;
            if (entry.service() == OfficialDatasets.Service.WFS) {
                rd = true;
                wfs(entry, features, progress, cancelled);
            } else {
                rd = ogc(entry, features, progress, cancelled);
            }
            if (features.isEmpty()) {
                return new Outcome(null, false, Messages.get("official.download.empty", entry.title()));
            }
            ObjectNode fc = JsonNodeFactory.instance.objectNode();
            fc.put("type", "FeatureCollection");
            if (rd) {
                ObjectNode crs = fc.putObject("crs");
                crs.put("type", "name");
                crs.putObject("properties").put("name", "urn:ogc:def:crs:EPSG::28992");
            }
            fc.set("features", features);
            byte[] bytes = MAPPER.writeValueAsBytes(fc);
            DownloadedGeoJson.Result check;
            try {
                check = DownloadedGeoJson.read(new ByteArrayInputStream(bytes), entry.title());
            } catch (IOException e) {
                return new Outcome(null, false, Messages.get("official.download.content", entry.title(), e.getMessage()));
            }
            if (check.features().isEmpty()) {
                return new Outcome(null, false, Messages.get("official.download.empty", entry.title()));
            }
            if (cancelled.getAsBoolean()) {
                return new Outcome(null, true, null);
            }
            return new Outcome(store.store(entry, bytes, check.features().size(), LocalDate.now().toString()), false, null);
        } catch (Stop s) {
            return cancelled.getAsBoolean() ? new Outcome(null, true, null) : new Outcome(null, false, s.getMessage());
        } catch (IOException e) {
            return new Outcome(null, false, Messages.get("official.download.notStored", e.getMessage()));
        }
    }

    /** Fetches all pages of an OGC API Features collection; returns whether they are in RD New. */
    private boolean ogc(OfficialDatasets.Entry e, ArrayNode into, Progress progress, BooleanSupplier cancelled) throws Stop {
        String base = e.url().replaceAll("/+$", "") + "/collections/" + enc(e.collection());
        JsonNode meta = fetch(URI.create(base + "?f=json"), e, cancelled);
        boolean rd = false;
        for (JsonNode c : meta.path("crs")) {
            rd |= c.asText().endsWith("/EPSG/0/28992");
        }
        URI next = URI.create(base + "/items?f=json&limit=" + pageSize + (rd ? "&crs=" + enc(RD_URI) : ""));
        Set<String> seen = new HashSet<>();
        for (int page = 0; next != null; page++) {
            if (page >= MAX_PAGES || !seen.add(next.toString())) {
                throw new Stop(Messages.get("official.download.endless", e.title()));
            }
            JsonNode body = fetch(next, e, cancelled);
            JsonNode fs = features(body, e);
            fs.forEach(into::add);
            progress.update(into.size(), body.path("numberMatched").asInt(-1));
            next = null;
            for (JsonNode link : body.path("links")) {
                if ("next".equals(link.path("rel").asText()) && link.path("href").isTextual()) {
                    next = resolve(base, link.path("href").asText(), e);
                }
            }
            if (fs.isEmpty()) {
                break;
            }
        }
        return rd;
    }

    /** Fetches all pages of a WFS 2.0 feature type in RD New. */
    private void wfs(OfficialDatasets.Entry e, ArrayNode into, Progress progress, BooleanSupplier cancelled) throws Stop {
        String base = e.url() + (e.url().contains("?") ? "&" : "?") + "service=WFS&version=2.0.0&request=GetFeature&typeNames="
                + enc(e.collection()) + "&outputFormat=" + enc("application/json") + "&srsName=" + enc("EPSG:28992")
                + "&count=" + pageSize;
        for (int page = 0; ; page++) {
            if (page >= MAX_PAGES) {
                throw new Stop(Messages.get("official.download.endless", e.title()));
            }
            JsonNode body = fetch(URI.create(base + "&startIndex=" + into.size()), e, cancelled);
            JsonNode fs = features(body, e);
            fs.forEach(into::add);
            int total = body.path("numberMatched").isNumber() ? body.path("numberMatched").asInt() : -1;
            progress.update(into.size(), total);
            if (fs.size() < pageSize || (total >= 0 && into.size() >= total)) {
                return;
            }
        }
    }

    private static JsonNode features(JsonNode body, OfficialDatasets.Entry e) throws Stop {
        if (!body.isObject() || !body.path("features").isArray()) {
            throw new Stop(Messages.get("official.download.content", e.title(), Messages.get("official.download.noFeatures")));
        }
        return body.path("features");
    }

    private static URI resolve(String base, String href, OfficialDatasets.Entry e) throws Stop {
        try {
            return URI.create(base + "/").resolve(href);
        } catch (IllegalArgumentException x) {
            throw new Stop(Messages.get("official.download.content", e.title(), href));
        }
    }

    /** One request: the parsed JSON body, or a Dutch reason to stop. Watches the cancel flag while waiting. */
    private JsonNode fetch(URI uri, OfficialDatasets.Entry e, BooleanSupplier cancelled) throws Stop {
        if (cancelled.getAsBoolean()) {
            throw new Stop("");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "Ruimteverkenner/0.1")
                .header("Accept", "application/geo+json, application/json").GET().build();
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            HttpResponse<InputStream> response = await(pending, cancelled, deadline, e);
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Stop(Messages.get("official.download.http", e.host(), response.statusCode()));
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    bytes.write(buf, 0, n);
                    if (cancelled.getAsBoolean()) {
                        throw new Stop("");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new Stop(Messages.get("official.download.timeout", e.host()));
                    }
                }
                return MAPPER.readTree(bytes.toByteArray());
            }
        } catch (JsonProcessingException x) {
            throw new Stop(Messages.get("official.download.content", e.title(), Messages.get("official.download.notJson")));
        } catch (IOException x) {
            throw new Stop(offline(x) ? Messages.get("official.download.offline", e.host())
                    : Messages.get("official.download.broken", e.host()));
        }
    }

    private static HttpResponse<InputStream> await(CompletableFuture<HttpResponse<InputStream>> f, BooleanSupplier cancelled,
                                                   long deadline, OfficialDatasets.Entry e) throws Stop {
        while (true) {
            if (cancelled.getAsBoolean()) {
                f.cancel(true);
                throw new Stop("");
            }
            if (System.nanoTime() > deadline) {
                f.cancel(true);
                throw new Stop(Messages.get("official.download.timeout", e.host()));
            }
            try {
                return f.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException x) {
                // look at the cancel flag and the clock again
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                f.cancel(true);
                throw new Stop("");
            } catch (ExecutionException x) {
                Throwable c = x.getCause();
                if (c instanceof HttpTimeoutException && !(c instanceof HttpConnectTimeoutException)) {
                    throw new Stop(Messages.get("official.download.timeout", e.host()));
                }
                throw new Stop(offline(c) ? Messages.get("official.download.offline", e.host())
                        : Messages.get("official.download.broken", e.host()));
            }
        }
    }

    private static boolean offline(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
