package nl.ruimteverkenner.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the gemeente boundaries the user loaded in the user's data folder, so later starts use them
 * offline. A file is only kept when it could be read; the copy is written atomically.
 */
public final class GemeenteStore {
    /** File name in the data folder. */
    public static final String FILE = "gemeenten.geojson";
    private final Path file;

    public GemeenteStore(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** The stored boundaries, or an empty result when none were loaded yet. */
    public GemeenteReader.Result loadStored() {
        if (!Files.isRegularFile(file)) {
            return new GemeenteReader.Result(java.util.List.of(), java.util.List.of());
        }
        return new GemeenteReader().read(file);
    }

    /** Reads {@code source}; when usable, keeps a copy for later starts. */
    public GemeenteReader.Result importFile(Path source) throws IOException {
        GemeenteReader.Result r = new GemeenteReader().read(source);
        if (r.usable()) {
            AtomicFiles.write(file, Files.readAllBytes(source));
        }
        return r;
    }
}
