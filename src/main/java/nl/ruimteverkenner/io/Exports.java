package nl.ruimteverkenner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntFields;
import nl.ruimteverkenner.model.Feature;

/**
 * Schuurpunten, layers and sketches leaving the app as files a GIS colleague opens: JSON (schuurpunten only,
 * as {@code analyse --json} prints it), GeoJSON, GeoPackage and CSV, with the same fields in each. Every file is
 * written atomically.
 */
public final class Exports {
    private Exports() {
    }

    /** The schuurpunten as {@code analyse --json} prints them (with a final newline). */
    public static String json(List<Schuurpunt> found) {
        return JsonOutput.write(found.stream().map(SchuurpuntFields::of).toList()) + System.lineSeparator();
    }

    /** The schuurpunten as CSV: one row each, the columns of {@link SchuurpuntFields#KEYS}. */
    public static byte[] csv(List<Schuurpunt> found) {
        return csvOf(SchuurpuntFields.KEYS, found.stream().map(ExportFeature::of).toList());
    }

    /**
     * Writes the schuurpunten to {@code target} in {@code format}; {@code title} names the layer in a GIS (the
     * GeoPackage table is {@code schuurpunten}).
     */
    public static void writeSchuurpunten(List<Schuurpunt> found, ExportFormat format, Path target, String title)
            throws IOException {
        switch (format) {
            case JSON -> AtomicFiles.write(target, json(found).getBytes(StandardCharsets.UTF_8));
            case CSV -> AtomicFiles.write(target, csv(found));
            case GEOJSON -> AtomicFiles.write(target, GeoJsonWriter.write(title, found.stream().map(ExportFeature::of).toList()));
            case GPKG -> GeoPackageWriter.write(target, "schuurpunten", title, found.stream().map(ExportFeature::of).toList());
        }
    }

    /**
     * Writes scenario features (a layer, the sketches) to {@code target} as GeoJSON, GeoPackage or CSV (JSON is
     * written as GeoJSON, which is JSON); {@code table} becomes the GeoPackage table name (made plain),
     * {@code title} names the layer in a GIS.
     */
    public static void writeFeatures(List<Feature> features, ExportFormat format, Path target, String table, String title)
            throws IOException {
        List<ExportFeature> out = features.stream().map(ExportFeature::of).toList();
        switch (format) {
            case GEOJSON, JSON -> AtomicFiles.write(target, GeoJsonWriter.write(title, out));
            case GPKG -> GeoPackageWriter.write(target, table, title, out);
            case CSV -> {
                Set<String> keys = new LinkedHashSet<>();
                out.forEach(f -> keys.addAll(f.properties().keySet()));
                AtomicFiles.write(target, csvOf(List.copyOf(keys), out));
            }
        }
    }

    private static byte[] csvOf(List<String> keys, List<ExportFeature> features) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExportFeature f : features) {
            Map<String, Object> p = f.properties();
            List<Object> row = new ArrayList<>();
            for (String k : keys) {
                row.add(p.get(k));
            }
            rows.add(row);
        }
        return Csv.write(keys, rows);
    }
}
