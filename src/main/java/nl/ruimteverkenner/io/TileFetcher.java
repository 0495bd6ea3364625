package nl.ruimteverkenner.io;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.ruimteverkenner.i18n.Messages;

/**
 * Fetches single map tiles over HTTP with a time limit on connecting and on the whole response, and a
 * User-Agent naming the application and its version. Only bytes that are a PNG or JPEG image count as a
 * tile; an HTTP error or anything else is a failure, 404 (or 204) a missing tile. Thread-safe.
 */
public final class TileFetcher {
    /** The largest tile accepted (a tile of 256 px is far smaller). */
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    /** What came back. */
    public enum Status {
        /** A PNG or JPEG image. */
        OK,
        /** The server has no tile there (404, 204). */
        MISSING,
        /** An HTTP error or something that is not an image. */
        FAILED,
        /** The server did not answer in time. */
        TIMEOUT,
        /** No connection could be made (no network, unknown host, refused). */
        OFFLINE
    }

    /** A fetched tile (bytes only for {@link Status#OK}) or why there is none (Dutch). */
    public record Result(Status status, byte[] bytes, String reason) {
        public boolean ok() {
            return status == Status.OK;
        }
    }

    private final Duration timeout;
    private final HttpClient client;
    private final String userAgent;

    /**
     * @param connectTimeout limit for making the connection
     * @param timeout        limit for the whole response, body included
     */
    public TileFetcher(Duration connectTimeout, Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.userAgent = "Ruimteverkenner/" + Version.current() + " (desktop app for the Nota Ruimte)";
    }

    /** The fetcher the app uses: 5 s to connect, 15 s for a tile. */
    public static TileFetcher standard() {
        return new TileFetcher(Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    /** The User-Agent sent with every request. */
    public String userAgent() {
        return userAgent;
    }

    /** Fetches one tile; never throws, never waits longer than the time limit. */
    public Result fetch(TileSource source, int z, long x, long y) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(source.tileUri(z, x, y)).timeout(timeout)
                    .header("User-Agent", userAgent).header("Accept", "image/png,image/jpeg,image/*;q=0.8")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            return new Result(Status.FAILED, null, Messages.get("tiles.badUrl"));
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // the request time-out covers the headers only; this limit covers a body that trickles in
            HttpResponse<byte[]> response = future.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            int code = response.statusCode();
            if (code == 404 || code == 204) {
                return new Result(Status.MISSING, null, Messages.get("tiles.missing"));
            }
            if (code != 200) {
                return new Result(Status.FAILED, null, Messages.get("tiles.http", code));
            }
            byte[] body = response.body();
            if (body == null || body.length > MAX_BYTES || !isImage(body)) {
                return new Result(Status.FAILED, null, Messages.get("tiles.notImage"));
            }
            return new Result(Status.OK, body, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Result(Status.TIMEOUT, null, Messages.get("tiles.timeout"));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Result(Status.FAILED, null, Messages.get("tiles.interrupted"));
        } catch (ExecutionException e) {
            return failure(e.getCause());
        }
    }

    private static Result failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnknownHostException) {
                return new Result(Status.OFFLINE, null, Messages.get("tiles.offline"));
            }
            if (t instanceof HttpTimeoutException) {
                return new Result(Status.TIMEOUT, null, Messages.get("tiles.timeout"));
            }
        }
        return new Result(Status.FAILED, null, Messages.get("tiles.broken",
                cause instanceof IOException ? cause.getClass().getSimpleName() : String.valueOf(cause)));
    }

    /** Whether the bytes start like a PNG or a JPEG image. */
    public static boolean isImage(byte[] b) {
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a;
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
        return png || jpeg;
    }
}
