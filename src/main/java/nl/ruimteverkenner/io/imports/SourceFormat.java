package nl.ruimteverkenner.io.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a layer can be imported from, recognised by the file name's extension. */
public enum SourceFormat {
    /** GeoJSON ({@code .geojson}, {@code .json}). */
    GEOJSON("GeoJSON"),
    /** OGC GeoPackage ({@code .gpkg}): one of its feature tables. */
    GEOPACKAGE("GeoPackage"),
    /** Esri Shapefile ({@code .shp} with {@code .dbf}, {@code .prj}, {@code .cpg}), loose or in a {@code .zip}. */
    SHAPEFILE("Shapefile");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    /** The name users know the format by. */
    public String label() {
        return label;
    }

    /** The format of a file by its extension; empty for anything else. */
    public static Optional<SourceFormat> of(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".geojson") || n.endsWith(".json")) {
            return Optional.of(GEOJSON);
        }
        if (n.endsWith(".gpkg")) {
            return Optional.of(GEOPACKAGE);
        }
        if (n.endsWith(".shp") || n.endsWith(".zip")) {
            return Optional.of(SHAPEFILE);
        }
        return Optional.empty();
    }

    /** Whether a file can be imported, judged by its name only. */
    public static boolean isImportable(Path file) {
        return of(file).isPresent();
    }
}
