package nl.ruimteverkenner.io;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.geom.util.PointExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Writes features as an OGC GeoPackage 1.3 (an SQLite file, through the xerial SQLite JDBC driver) in RD New
 * (EPSG:28992), so that QGIS and GDAL open it without complaint: application id {@code GPKG}, user version
 * 10300, {@code gpkg_spatial_ref_sys} with the three required rows and RD New, {@code gpkg_contents} with the
 * bounding box, {@code gpkg_geometry_columns}, and geometries as GeoPackage binary ({@link GeoPackageBinary}).
 * One table per kind of geometry present, with stable names: areas as MULTIPOLYGON in {@code table}, lines as
 * MULTILINESTRING in {@code table_lijnen}, points as MULTIPOINT in {@code table_punten} (a schuurpunt where two
 * lines cross or a point touches an area); with no features at all, an empty area table. Properties become columns: whole numbers INTEGER,
 * other numbers REAL, booleans BOOLEAN, the rest TEXT (lists and maps flattened by {@link Csv#flat(Object)}).
 * Written atomically: a failure leaves the old file, or none.
 */
public final class GeoPackageWriter {
    /** The srs id of RD New (the EPSG code, as GDAL uses it). */
    public static final int RD_NEW = 28992;
    static final int APPLICATION_ID = 0x47504B47;
    static final int USER_VERSION = 10300;
    static final String GEOMETRY_COLUMN = "geom";

    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";
    static final String RD_NEW_WKT = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
            + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],"
            + "TOWGS84[565.2369,50.0087,465.658,-0.406857,0.350733,-1.87035,4.0812],AUTHORITY[\"EPSG\",\"6289\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"],PARAMETER[\"latitude_of_origin\",52.1561605555556],"
            + "PARAMETER[\"central_meridian\",5.38763888888889],PARAMETER[\"scale_factor\",0.9999079],"
            + "PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
            + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    private GeoPackageWriter() {
    }

    /** One kind of geometry: its table suffix, GeoPackage type name and how its parts are gathered. */
    private enum Kind {
        POINTS("_punten", "MULTIPOINT", " (punten)"),
        LINES("_lijnen", "MULTILINESTRING", " (lijnen)"),
        AREAS("", "MULTIPOLYGON", "");

        final String suffix;
        final String typeName;
        final String identifierSuffix;

        Kind(String suffix, String typeName, String identifierSuffix) {
            this.suffix = suffix;
            this.typeName = typeName;
            this.identifierSuffix = identifierSuffix;
        }

        static Kind of(Geometry g) {
            return switch (g.getDimension()) {
                case 0 -> POINTS;
                case 1 -> LINES;
                default -> AREAS;
            };
        }

        /** The parts of {@code g} of this kind as one multi-geometry. */
        Geometry multi(Geometry g, GeometryFactory f) {
            return switch (this) {
                case POINTS -> f.createMultiPoint(GeometryFactory.toPointArray(PointExtracter.getPoints(g)));
                case LINES -> f.createMultiLineString(GeometryFactory.toLineStringArray(LineStringExtracter.getLines(g)));
                case AREAS -> f.createMultiPolygon(GeometryFactory.toPolygonArray(PolygonExtracter.getPolygons(g)));
            };
        }
    }

    /** A column: its name in the table, the property it holds and its SQL type. */
    private record Column(String name, String property, String type) {
    }

    /**
     * Writes {@code features} (geometry from {@link ExportFeature#rd()}) to {@code target} as feature table(s)
     * {@code table}, described in {@code gpkg_contents} as {@code identifier}.
     */
    public static void write(Path target, String table, String identifier, List<ExportFeature> features) throws IOException {
        Map<Kind, List<ExportFeature>> byKind = new TreeMap<>();
        for (ExportFeature f : features) {
            byKind.computeIfAbsent(Kind.of(f.rd()), k -> new ArrayList<>()).add(f);
        }
        if (byKind.isEmpty()) {
            byKind.put(Kind.AREAS, List.of());
        }
        String base = tableName(table);
        List<Column> columns = columns(features);
        AtomicFiles.write(target, file -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA application_id = " + APPLICATION_ID);
                    st.execute("PRAGMA user_version = " + USER_VERSION);
                }
                c.setAutoCommit(false);
                createMetadata(c);
                for (Map.Entry<Kind, List<ExportFeature>> e : byKind.entrySet()) {
                    writeTable(c, base + e.getKey().suffix, identifier + e.getKey().identifierSuffix, e.getKey(), columns,
                            e.getValue());
                }
                c.commit();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    /** A valid, plain table name: lower case letters, digits and underscores, starting with a letter. */
    static String tableName(String name) {
        String t = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return t.isEmpty() || !Character.isLetter(t.charAt(0)) ? "laag_" + t : t;
    }

    private static List<Column> columns(List<ExportFeature> features) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (ExportFeature f : features) {
            f.properties().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        List<Column> out = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>(List.of("fid", GEOMETRY_COLUMN));
        for (Map.Entry<String, List<Object>> e : values.entrySet()) {
            String name = e.getKey();
            while (taken.contains(name.toLowerCase(Locale.ROOT))) {
                name = name + "_";
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            out.add(new Column(name, e.getKey(), type(e.getValue())));
        }
        return out;
    }

    private static String type(List<Object> values) {
        List<Object> present = values.stream().filter(v -> v != null).toList();
        if (present.isEmpty()) {
            return "TEXT";
        }
        if (present.stream().allMatch(v -> v instanceof Boolean)) {
            return "BOOLEAN";
        }
        if (present.stream().allMatch(v -> v instanceof Integer || v instanceof Long || v instanceof Short)) {
            return "INTEGER";
        }
        if (present.stream().allMatch(v -> v instanceof Number)) {
            return "REAL";
        }
        return "TEXT";
    }

    private static void createMetadata(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                    + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
                    + "description TEXT)");
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                    + "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
                    + "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                    + "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                    + "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                    + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
                    + "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                    + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                    + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                + "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)")) {
            srs(ps, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
            srs(ps, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
            srs(ps, "WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT,
                    "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
            srs(ps, "Amersfoort / RD New", RD_NEW, "EPSG", RD_NEW, RD_NEW_WKT, "Rijksdriehoekscoördinaten (RD New), metres");
        }
    }

    private static void srs(PreparedStatement ps, String name, int id, String org, int orgId, String definition,
                            String description) throws SQLException {
        ps.setString(1, name);
        ps.setInt(2, id);
        ps.setString(3, org);
        ps.setInt(4, orgId);
        ps.setString(5, definition);
        ps.setString(6, description);
        ps.executeUpdate();
    }

    private static void writeTable(Connection c, String table, String identifier, Kind kind, List<Column> columns,
                                   List<ExportFeature> features) throws SQLException {
        String q = GeoPackageReader.quote(table);
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(q)
                .append(" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ").append(GEOMETRY_COLUMN).append(' ').append(kind.typeName);
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(q).append(" (").append(GEOMETRY_COLUMN);
        for (Column col : columns) {
            ddl.append(", ").append(GeoPackageReader.quote(col.name())).append(' ').append(col.type());
            insert.append(", ").append(GeoPackageReader.quote(col.name()));
        }
        ddl.append(')');
        insert.append(") VALUES (?").append(", ?".repeat(columns.size())).append(')');
        GeometryFactory gf = new GeometryFactory();
        Envelope extent = new Envelope();
        try (Statement st = c.createStatement()) {
            st.execute(ddl.toString());
        }
        try (PreparedStatement ps = c.prepareStatement(insert.toString())) {
            for (ExportFeature f : features) {
                Geometry g = kind.multi(f.rd(), gf);
                extent.expandToInclude(g.getEnvelopeInternal());
                ps.setBytes(1, GeoPackageBinary.encode(g, RD_NEW));
                for (int i = 0; i < columns.size(); i++) {
                    Object v = f.properties().get(columns.get(i).property());
                    int p = i + 2;
                    if (v == null) {
                        ps.setNull(p, Types.NULL);
                    } else if (v instanceof Boolean b) {
                        ps.setInt(p, b ? 1 : 0);
                    } else if (v instanceof Number n && !columns.get(i).type().equals("TEXT")) {
                        if (columns.get(i).type().equals("INTEGER")) {
                            ps.setLong(p, n.longValue());
                        } else {
                            ps.setDouble(p, n.doubleValue());
                        }
                    } else {
                        ps.setString(p, Csv.flat(v));
                    }
                }
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                + "description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, table);
            ps.setString(2, identifier);
            ps.setString(3, identifier);
            if (extent.isNull()) {
                for (int p = 4; p <= 7; p++) {
                    ps.setNull(p, Types.DOUBLE);
                }
            } else {
                ps.setDouble(4, extent.getMinX());
                ps.setDouble(5, extent.getMinY());
                ps.setDouble(6, extent.getMaxX());
                ps.setDouble(7, extent.getMaxY());
            }
            ps.setInt(8, RD_NEW);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_geometry_columns (table_name, column_name, "
                + "geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)")) {
            ps.setString(1, table);
            ps.setString(2, GEOMETRY_COLUMN);
            ps.setString(3, kind.typeName);
            ps.setInt(4, RD_NEW);
            ps.executeUpdate();
        }
    }
}
