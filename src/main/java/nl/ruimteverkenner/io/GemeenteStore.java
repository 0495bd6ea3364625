package nl.ruimteverkenner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ruimteverkenner.model.Gemeente;

/**
 * Keeps the gemeente boundaries the user loaded in the user's data folder, so later starts use them
 * offline. A file is only kept when it could be read; the copy is written atomically. A stored copy that can no
 * longer be read is kept aside ({@link AtomicFiles#preserveUnreadable}, see {@link #keptAside}) before a new
 * import replaces it.
 */
public final class GemeenteStore {
    /** File name in the data folder. */
    public static final String FILE = "gemeenten.geojson";
    private final Path file;

    private volatile Path keptAside;

    public GemeenteStore(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /** Where {@link #importFile} kept a stored copy that could not be read, if it did. */
    public Optional<Path> keptAside() {
        return Optional.ofNullable(keptAside);
    }

    public Path file() {
        return file;
    }

    /** The stored boundaries, or an empty result when none were loaded yet. */
    public GemeenteReader.Result loadStored() {
        if (!Files.isRegularFile(file)) {
            return new GemeenteReader.Result(List.of(), List.of());
        }
        return new GemeenteReader().read(file);
    }

    /**
     * Reads {@code source}; when usable, keeps a copy for later starts: a GeoJSON file as it is, the gemeenten
     * of a GeoPackage (which may hold many other layers) as GeoJSON in WGS84.
     */
    public GemeenteReader.Result importFile(Path source) throws IOException {
        GemeenteReader.Result r = new GemeenteReader().read(source);
        if (r.usable()) {
            if (Files.exists(file) && !loadStored().usable()) {
                AtomicFiles.preserveUnreadable(file).ifPresent(p -> keptAside = p);
            }
            AtomicFiles.write(file, GeoPackageReader.isSqlite(source) ? geoJson(r.gemeenten())
                    : Files.readAllBytes(source));
        }
        return r;
    }

    private static byte[] geoJson(List<Gemeente> gemeenten) {
        List<Object> features = new ArrayList<>();
        for (Gemeente g : gemeenten) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("statcode", g.code());
            props.put("statnaam", g.name());
            if (!g.provincie().isEmpty()) {
                props.put("provincie", g.provincie());
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "Feature");
            f.put("properties", props);
            f.put("geometry", ScenarioWriter.geometry(g.lonLat()));
            features.add(f);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("type", "FeatureCollection");
        root.put("features", features);
        return JsonOutput.write(root).getBytes(StandardCharsets.UTF_8);
    }
}
