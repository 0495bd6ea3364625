package nl.ruimteverkenner.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The offline tile packages in the data folder, one MBTiles file per background ({@code <id>.mbtiles}),
 * opened once and shared by the map (reading) and the download (writing). A file that cannot be opened is
 * logged once and then left alone. Thread-safe.
 */
public final class TilePackages implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TilePackages.class.getName());
    private final Path dir;
    private final Map<String, MbTiles> open = new HashMap<>();
    private final Set<String> unusable = new HashSet<>();

    /** @param dir the folder with the packages (created when the first package is written) */
    public TilePackages(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The file of the package of a background. */
    public Path file(String sourceId) {
        return dir.resolve(sourceId + ".mbtiles");
    }

    /** The package of a background, if one exists and can be read. */
    public synchronized Optional<MbTiles> find(String sourceId) {
        MbTiles t = open.get(sourceId);
        if (t != null) {
            return Optional.of(t);
        }
        if (unusable.contains(sourceId) || !Files.isRegularFile(file(sourceId))) {
            return Optional.empty();
        }
        try {
            t = MbTiles.open(file(sourceId));
            open.put(sourceId, t);
            return Optional.of(t);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "tile package not usable: " + file(sourceId), e);
            unusable.add(sourceId);
            return Optional.empty();
        }
    }

    /**
     * The package of a background, created when there is none yet.
     *
     * @throws IOException with a Dutch message when the file cannot be created or is not a package
     */
    public synchronized MbTiles openForWriting(String sourceId) throws IOException {
        MbTiles t = open.get(sourceId);
        if (t == null) {
            t = MbTiles.open(file(sourceId));
            open.put(sourceId, t);
            unusable.remove(sourceId);
        }
        return t;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(MbTiles::close);
        open.clear();
    }
}
