package nl.ruimteverkenner.io;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A tile server on loopback for the tests: {@code /tiles/{z}/{x}/{y}.png} answers with a PNG of one colour
 * that encodes the tile ({@link #color}), unless {@link #behaviour} says otherwise (missing, slow, garbage,
 * HTTP 500). Records every request.
 */
public final class LoopbackTileServer implements AutoCloseable {
    /** How the server answers one tile. */
    public enum Answer { TILE, MISSING, SLOW, GARBAGE, ERROR }

    /** Chooses the answer for a tile. */
    public interface Behaviour {
        Answer answer(int z, long x, long y);
    }

    private static final Map<String, byte[]> PNGS = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private volatile Behaviour behaviour = (z, x, y) -> Answer.TILE;

    public LoopbackTileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tiles/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "loopback-tiles");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public void behaviour(Behaviour b) {
        this.behaviour = b;
    }

    /** A source for this server (png, zoom 0–18). */
    public TileSource source(String id) {
        return new TileSource(id, "Test " + id, base() + "/tiles/{z}/{x}/{y}.png", 0, 18, "png",
                "Testkaart © loopback", "CC0", 1000);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<String> requests() {
        return requests;
    }

    public List<String> userAgents() {
        return userAgents;
    }

    /** Tiles answered with an image. */
    public int served() {
        return served.get();
    }

    /** The colour (RGB) of tile z/x/y: red = z, green = x, blue = y (mod 256). */
    public static int color(int z, long x, long y) {
        return (z & 0xff) << 16 | (int) (x & 0xff) << 8 | (int) (y & 0xff);
    }

    /** A PNG of 256 px in the tile's colour (made once per tile). */
    public static byte[] png(int z, long x, long y) {
        return PNGS.computeIfAbsent(z + "/" + x + "/" + y, k -> encode(z, x, y)).clone();
    }

    private static byte[] encode(int z, long x, long y) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(color(z, x, y)));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path);
        userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
        String[] p = path.substring("/tiles/".length()).replace(".png", "").split("/");
        int z = Integer.parseInt(p[0]);
        long x = Long.parseLong(p[1]);
        long y = Long.parseLong(p[2]);
        try (ex) {
            switch (behaviour.answer(z, x, y)) {
                case TILE -> {
                    served.incrementAndGet();
                    send(ex, 200, png(z, x, y));
                }
                case MISSING -> send(ex, 404, "niet gevonden".getBytes());
                case GARBAGE -> send(ex, 200, "<html>onderhoud</html>".getBytes());
                case ERROR -> send(ex, 500, "fout".getBytes());
                case SLOW -> {
                    try {
                        Thread.sleep(8000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(ex, 200, png(z, x, y));
                }
            }
        } catch (IOException e) {
            // the client gave up (time-out): nothing to answer
        }
    }

    private static void send(HttpExchange ex, int code, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", code == 200 ? "image/png" : "text/plain");
        ex.sendResponseHeaders(code, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
