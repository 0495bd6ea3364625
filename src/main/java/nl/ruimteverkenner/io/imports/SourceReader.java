package nl.ruimteverkenner.io.imports;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a GeoJSON, GeoPackage or Shapefile for import: its features with their geometry converted to RD New and
 * their attributes in file order. Every problem that makes a file unusable is an {@link ImportException} with a
 * Dutch message naming the file and what is wrong; nothing is changed anywhere by reading. Safe to call off the
 * FX thread; one call per thread.
 */
public final class SourceReader {
    /** How many features a preview reads. */
    public static final int PREVIEW_ROWS = 5;

    private SourceReader() {
    }

    /**
     * The first {@link #PREVIEW_ROWS} features of {@code file} (table {@code table}, or the first one when null),
     * with the tables, attribute names, coordinate system and feature count: what the import dialog shows.
     */
    public static SourceData preview(Path file, String table) throws ImportException {
        return read(file, table, ImportProgress.NONE, PREVIEW_ROWS);
    }

    /**
     * All features of {@code file} (table {@code table}, or the first one when null).
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} says it is cancelled
     */
    public static SourceData read(Path file, String table, ImportProgress progress) throws ImportException {
        return read(file, table, progress, Integer.MAX_VALUE);
    }

    private static SourceData read(Path file, String table, ImportProgress progress, int limit) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (!Files.exists(file)) {
            throw new ImportException("import.notFound", file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException("import.unreadable", name, "");
        }
        SourceFormat format = SourceFormat.of(file)
                .orElseThrow(() -> new ImportException("import.unknownFormat", name));
        return switch (format) {
            case GEOJSON -> GeoJsonSource.read(file, progress, limit);
            case GEOPACKAGE -> GeoPackageSource.read(file, table, progress, limit);
            case SHAPEFILE -> ShapefileSource.read(file, table, progress, limit);
        };
    }
}
