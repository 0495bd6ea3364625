package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.ruimteverkenner.i18n.Messages;

/**
 * The online background maps the user can choose from, read from {@code backgrounds.json}: the bundled file
 * ({@code nl/ruimteverkenner/basemap/backgrounds.json}), or a {@code backgrounds.json} in the data folder
 * that replaces it. A broken replacement is reported in Dutch and the bundled list is used.
 */
public final class BackgroundsConfig {
    private static final Logger LOG = Logger.getLogger(BackgroundsConfig.class.getName());
    /** The file name, bundled and in the data folder. */
    public static final String FILE_NAME = "backgrounds.json";
    private static final String BUNDLED = "/nl/ruimteverkenner/basemap/" + FILE_NAME;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BackgroundsConfig() {
    }

    /** The sources read, and a Dutch message when the data folder's file could not be used. */
    public record Loaded(List<TileSource> sources, Optional<String> problem) {
        public Loaded {
            sources = List.copyOf(sources);
        }

        /** The source with this id. */
        public Optional<TileSource> find(String id) {
            return sources.stream().filter(s -> s.id().equals(id)).findFirst();
        }
    }

    /** The bundled list, replaced by {@code dataDir/backgrounds.json} when that exists and is valid. */
    public static Loaded load(Path dataDir) {
        List<TileSource> bundled = bundled();
        Path override = dataDir == null ? null : dataDir.resolve(FILE_NAME);
        if (override == null || !Files.isRegularFile(override)) {
            return new Loaded(bundled, Optional.empty());
        }
        try (InputStream in = Files.newInputStream(override)) {
            return new Loaded(parse(in), Optional.empty());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "background configuration not used: " + override, e);
            return new Loaded(bundled, Optional.of(Messages.get("backgrounds.broken", override, e.getMessage())));
        }
    }

    /** The bundled list (always valid: checked by the tests). */
    public static List<TileSource> bundled() {
        try (InputStream in = BackgroundsConfig.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("missing resource " + BUNDLED);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks a configuration: {@code {"backgrounds": [ {...}, ... ]}}.
     *
     * @throws IOException with a Dutch message saying what is wrong
     */
    public static List<TileSource> parse(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IOException(Messages.get("backgrounds.notJson"), e);
        }
        JsonNode list = root == null ? null : root.get("backgrounds");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IOException(Messages.get("backgrounds.noList"));
        }
        List<TileSource> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < list.size(); n++) {
            TileSource s = source(list.get(n), n + 1);
            if (!ids.add(s.id())) {
                throw new IOException(Messages.get("backgrounds.duplicate", n + 1, s.id()));
            }
            out.add(s);
        }
        return out;
    }

    private static TileSource source(JsonNode node, int number) throws IOException {
        if (node == null || !node.isObject()) {
            throw new IOException(Messages.get("backgrounds.entry", number, Messages.get("backgrounds.detail.object")));
        }
        String id = text(node, "id", number);
        if (!ID.matcher(id).matches() || id.equals("offline")) {
            throw new IOException(Messages.get("backgrounds.entry", number, Messages.get("backgrounds.detail.id", id)));
        }
        String name = text(node, "name", number);
        String url = text(node, "url", number);
        if (!url.contains("{z}") || !url.contains("{x}") || !url.contains("{y}")) {
            throw new IOException(Messages.get("backgrounds.entry", number, Messages.get("backgrounds.detail.placeholders")));
        }
        try {
            URI uri = URI.create(url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new IllegalArgumentException(url);
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(Messages.get("backgrounds.entry", number, Messages.get("backgrounds.detail.url", url)), e);
        }
        int minZoom = node.path("minZoom").asInt(0);
        int maxZoom = node.path("maxZoom").asInt(-1);
        if (minZoom < 0 || maxZoom < minZoom || maxZoom > 22) {
            throw new IOException(Messages.get("backgrounds.entry", number, Messages.get("backgrounds.detail.zoom")));
        }
        String format = node.path("format").asText("png").toLowerCase(Locale.ROOT);
        if (format.equals("jpg")) {
            format = "jpeg";
        }
        if (!format.equals("png") && !format.equals("jpeg")) {
            throw new IOException(Messages.get("backgrounds.entry", number, Messages.get("backgrounds.detail.format", format)));
        }
        String attribution = text(node, "attribution", number);
        String licence = node.path("licence").asText("");
        int typical = node.path("typicalTileBytes").asInt(format.equals("png") ? 15_000 : 25_000);
        return new TileSource(id, name, url, minZoom, maxZoom, format, attribution, licence, Math.max(1, typical));
    }

    private static String text(JsonNode node, String field, int number) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IOException(Messages.get("backgrounds.entry", number, Messages.get("backgrounds.detail.missing", field)));
        }
        return v.asText().strip();
    }
}
