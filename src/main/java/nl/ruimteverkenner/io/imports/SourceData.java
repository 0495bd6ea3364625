package nl.ruimteverkenner.io.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was read from a file: its features (geometry in RD New), the attribute names in file order, the coordinate
 * system it was in, and what was noticed on the way (Dutch warnings, e.g. repaired polygons).
 *
 * @param file         the file read
 * @param format       its format
 * @param tables       the feature tables it holds (GeoPackage, or the shapefiles in a zip); empty for one layer
 * @param table        the table read, or null when the file holds one layer
 * @param crs          the coordinate system of the file
 * @param attributes   the attribute names, in file order
 * @param features     the features read (only the first ones when read for a preview)
 * @param featureCount how many features the file (table) holds
 * @param repaired     how many invalid polygons were repaired
 * @param warnings     Dutch warnings
 */
public record SourceData(Path file, SourceFormat format, List<String> tables, String table, SourceCrs crs,
                         List<String> attributes, List<SourceFeature> features, long featureCount, int repaired,
                         List<String> warnings) {
    public SourceData {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(crs, "crs");
        tables = List.copyOf(tables);
        attributes = List.copyOf(attributes);
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
    }

    /** The attribute values of the first {@code n} features, for a preview (null values kept). */
    public List<Map<String, Object>> rows(int n) {
        return features.stream().limit(n).map(SourceFeature::attributes).toList();
    }

    /** The file's name with the table, e.g. "plannen.gpkg › woningbouw". */
    public String describe() {
        return file.getFileName() + (table == null ? "" : " › " + table);
    }
}
