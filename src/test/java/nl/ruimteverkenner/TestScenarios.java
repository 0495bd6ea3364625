package nl.ruimteverkenner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small scenario folders on disk for tests, and locates the project's own folders. */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** The project's scenarios folder. */
    public static Path scenarios() {
        return Path.of("scenarios").toAbsolutePath();
    }

    /** The shared data folder beside the project ({@code ../shared}). */
    public static Path shared() {
        return Path.of(System.getProperty("ruimteverkenner.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static final String MANIFEST = """
            {
              "formatVersion": 1,
              "id": "test",
              "name": "Testscenario",
              "horizons": [2030, 2050, 2100],
              "sources": [ { "id": "NR", "title": "Voorontwerp Nota Ruimte", "pages": 128 } ],
              "groups": [
                { "id": "water-en-bodem", "label": "Water en bodem", "kind": "basis" },
                { "id": "beweging-3", "label": "Sterke steden", "kind": "beweging" }
              ],
              "layers": [
                { "id": "water", "group": "water-en-bodem", "label": "Water", "file": "layers/water.geojson",
                  "style": { "color": "#3377aa" } },
                { "id": "wonen", "group": "beweging-3", "label": "Wonen", "file": "layers/wonen.geojson",
                  "style": { "color": "#cc3333", "opacity": 0.4 } }
              ]
            }
            """;

    /** A feature as GeoJSON text with the given properties JSON and geometry JSON. */
    public static String feature(String properties, String geometry) {
        return "{ \"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + " }";
    }

    public static String props(String id, int horizon, String category) {
        return "{ \"id\": \"" + id + "\", \"label\": \"Label " + id + "\", \"horizon\": " + horizon
                + ", \"category\": \"" + category + "\", \"description\": \"Omschrijving.\", \"schematic\": true,"
                + " \"sources\": [ { \"document\": \"NR\", \"page\": 35, \"section\": \"Water\" } ] }";
    }

    public static final String SQUARE_UTRECHT =
            "{ \"type\": \"Polygon\", \"coordinates\": [[[5.0,52.0],[5.2,52.0],[5.2,52.2],[5.0,52.2],[5.0,52.0]]] }";

    public static String collection(String... features) {
        return "{ \"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "] }";
    }

    /** Writes a scenario with the standard manifest and the two given layer files. */
    public static Path write(Path dir, String water, String wonen) throws IOException {
        return write(dir, MANIFEST, water, wonen);
    }

    public static Path write(Path dir, String manifest, String water, String wonen) throws IOException {
        Files.createDirectories(dir.resolve("layers"));
        Files.writeString(dir.resolve("scenario.json"), manifest, StandardCharsets.UTF_8);
        if (water != null) {
            Files.writeString(dir.resolve("layers/water.geojson"), water, StandardCharsets.UTF_8);
        }
        if (wonen != null) {
            Files.writeString(dir.resolve("layers/wonen.geojson"), wonen, StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** Copies a folder with everything in it to {@code target} (created); returns {@code target}. */
    public static Path copyTree(Path source, Path target) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** Deletes a folder with everything in it (nothing when it does not exist). */
    public static void deleteTree(Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (var files = java.nio.file.Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }
}
