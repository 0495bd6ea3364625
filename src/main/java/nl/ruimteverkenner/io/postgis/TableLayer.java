package nl.ruimteverkenner.io.postgis;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario layer whose features are rows of a table already in the database ({@code --db-layer
 * layerId=schema.table[:geomcolumn]}): the table gives the geometry and the id of each feature, the layer's
 * definition in the scenario gives its other properties (see {@link PostgisEngine}).
 *
 * @param layerId        the id of the layer in the scenario
 * @param schema         the table's schema
 * @param table          the table's name
 * @param geometryColumn the geometry column; empty: the table's only geometry column
 */
public record TableLayer(String layerId, String schema, String table, Optional<String> geometryColumn) {
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_$]*";
    private static final Pattern SPEC = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_.-]*)=(" + NAME + ")\\.(" + NAME + ")(?::(" + NAME + "))?");

    public TableLayer {
        Objects.requireNonNull(layerId, "layerId");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(geometryColumn, "geometryColumn");
    }

    /** Reads {@code layerId=schema.table[:geomcolumn]}; empty when it is not of that form. */
    public static Optional<TableLayer> parse(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new TableLayer(m.group(1), m.group(2), m.group(3), Optional.ofNullable(m.group(4))));
    }

    /** {@code schema.table}, as the user wrote it. */
    public String qualifiedName() {
        return schema + "." + table;
    }
}
