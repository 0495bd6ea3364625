package nl.ruimteverkenner.io.official;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nl.ruimteverkenner.io.AtomicFiles;
import nl.ruimteverkenner.io.JsonOutput;

/**
 * Official open datasets for linking schematic layers: the bundled catalogue ({@code official-datasets.json}:
 * per dataset its title, organisation, service, address, collection, licence and the scenario layers it fits),
 * and the datasets downloaded into the data folder ({@code official-datasets/<id>.geojson} with its description
 * in {@code <id>.json}), which are used offline afterwards. Files are written atomically, the data before its
 * description, so a dataset is listed only when complete.
 */
public final class OfficialDatasets {
    private static final Logger LOG = Logger.getLogger(OfficialDatasets.class.getName());
    /** The bundled catalogue on the class path. */
    public static final String CATALOGUE = "/nl/ruimteverkenner/io/official-datasets.json";
    /** The folder in the data folder. */
    public static final String FOLDER = "official-datasets";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** How a dataset is served. */
    public enum Service {
        /** OGC API Features ({@code /collections/<c>/items}, paged with {@code next} links). */
        OGC_API_FEATURES("ogc-api-features"),
        /** WFS 2.0 GetFeature with GeoJSON output, paged with {@code count} and {@code startIndex}. */
        WFS("wfs");

        private final String id;

        Service(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Optional<Service> fromId(String id) {
            for (Service s : values()) {
                if (s.id.equals(id)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A dataset of the catalogue.
     *
     * @param nameAttribute the attribute holding the area's name, to match on by default; may be empty
     * @param layers        the ids of the scenario layers it fits
     * @param verified      whether the address was checked online
     */
    public record Entry(String id, String title, String organisation, Service service, String url, String collection,
                        String licence, String nameAttribute, List<String> layers, boolean verified) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(collection, "collection");
            organisation = organisation == null ? "" : organisation;
            licence = licence == null ? "" : licence;
            nameAttribute = nameAttribute == null ? "" : nameAttribute;
            layers = List.copyOf(layers);
        }

        /** The server asked for consent, e.g. {@code service.pdok.nl}. */
        public String host() {
            return URI.create(url).getHost();
        }
    }

    /**
     * A downloaded dataset.
     *
     * @param date     the day it was downloaded ({@code YYYY-MM-DD}), the date it is cited with
     * @param features how many features it has
     * @param file     its GeoJSON file
     */
    public record Stored(Entry entry, String date, int features, Path file) {
    }

    private final Path folder;

    /** The downloaded datasets in {@code dataDir}. */
    public OfficialDatasets(Path dataDir) {
        this.folder = dataDir.resolve(FOLDER);
    }

    /** The bundled catalogue. */
    public static List<Entry> catalogue() {
        try (InputStream in = OfficialDatasets.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IOException("missing " + CATALOGUE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled catalogue is broken", e);
        }
    }

    /**
     * Reads a catalogue; every entry needs an id (lower case, digits, dashes; unique), title, organisation,
     * a known service, an http(s) url, a collection, a licence and at least one layer.
     *
     * @throws IOException naming the first entry that lacks something
     */
    public static List<Entry> parse(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.path("datasets").isArray()) {
            throw new IOException("no datasets array");
        }
        List<Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode d : root.path("datasets")) {
            out.add(entry(d, "datasets[" + i++ + "]"));
        }
        if (out.stream().map(Entry::id).distinct().count() != out.size()) {
            throw new IOException("duplicate dataset id");
        }
        return out;
    }

    private static Entry entry(JsonNode d, String where) throws IOException {
        String id = required(d, "id", where);
        if (!ID.matcher(id).matches()) {
            throw new IOException(where + ".id: " + id);
        }
        Service service = Service.fromId(required(d, "service", where))
                .orElseThrow(() -> new IOException(where + ".service: " + d.path("service").asText()));
        String url = required(d, "url", where);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ".url: " + url, e);
        }
        if (!List.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
            throw new IOException(where + ".url: " + url);
        }
        List<String> layers = new ArrayList<>();
        d.path("layers").forEach(l -> layers.add(l.asText()));
        if (layers.isEmpty() || layers.stream().anyMatch(String::isBlank)) {
            throw new IOException(where + ".layers: none");
        }
        if (!d.path("verified").isBoolean()) {
            throw new IOException(where + ".verified: missing");
        }
        return new Entry(id, required(d, "title", where), required(d, "organisation", where), service, url,
                required(d, "collection", where), required(d, "licence", where), d.path("nameAttribute").asText(""),
                layers, d.path("verified").asBoolean());
    }

    private static String required(JsonNode d, String key, String where) throws IOException {
        JsonNode v = d.path(key);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IOException(where + "." + key + ": missing");
        }
        return v.asText().strip();
    }

    /** The folder the downloads are kept in. */
    public Path folder() {
        return folder;
    }

    /** The downloaded datasets, by title; unreadable descriptions are skipped (and logged). */
    public List<Stored> downloaded() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Stored> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.json")) {
            for (Path meta : ds) {
                readStored(meta).ifPresent(out::add);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + folder, e);
        }
        out.sort(Comparator.comparing(s -> s.entry().title()));
        return out;
    }

    private Optional<Stored> readStored(Path meta) {
        try (InputStream in = Files.newInputStream(meta)) {
            JsonNode m = MAPPER.readTree(in);
            Entry e = entry(m.path("entry"), meta.getFileName().toString());
            Path data = folder.resolve(e.id() + ".geojson");
            if (!Files.isRegularFile(data)) {
                return Optional.empty();
            }
            return Optional.of(new Stored(e, m.path("date").asText(""), m.path("features").asInt(), data));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "downloaded dataset not listed: " + meta, e);
            return Optional.empty();
        }
    }

    /** Keeps a downloaded dataset: its GeoJSON, then its description, each written atomically. */
    public Stored store(Entry e, byte[] geoJson, int features, String date) throws IOException {
        Path data = folder.resolve(e.id() + ".geojson");
        AtomicFiles.write(data, geoJson);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", e.id());
        entry.put("title", e.title());
        entry.put("organisation", e.organisation());
        entry.put("service", e.service().id());
        entry.put("url", e.url());
        entry.put("collection", e.collection());
        entry.put("licence", e.licence());
        entry.put("nameAttribute", e.nameAttribute());
        entry.put("layers", e.layers());
        entry.put("verified", e.verified());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entry", entry);
        m.put("date", date);
        m.put("features", features);
        AtomicFiles.write(folder.resolve(e.id() + ".json"), JsonOutput.write(m).getBytes(StandardCharsets.UTF_8));
        return new Stored(e, date, features, data);
    }
}
