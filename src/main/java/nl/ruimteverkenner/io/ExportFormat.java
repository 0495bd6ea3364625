package nl.ruimteverkenner.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats schuurpunten, layers and sketches can be exported in. */
public enum ExportFormat {
    JSON("json", "json", "JSON"),
    GEOJSON("geojson", "geojson", "GeoJSON"),
    GPKG("gpkg", "gpkg", "GeoPackage"),
    CSV("csv", "csv", "CSV");

    private final String id;
    private final String extension;
    private final String label;

    ExportFormat(String id, String extension, String label) {
        this.id = id;
        this.extension = extension;
        this.label = label;
    }

    /** The name on the command line ({@code --format geojson}). */
    public String id() {
        return id;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The name a user knows the format by. */
    public String label() {
        return label;
    }

    /** Whether the format carries geometry (a GIS opens it as a map layer). */
    public boolean isSpatial() {
        return this == GEOJSON || this == GPKG;
    }

    public static Optional<ExportFormat> fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** The format whose extension {@code fileName} ends with, if any. */
    public static Optional<ExportFormat> ofFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
    }
}
