package nl.ruimteverkenner.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import nl.ruimteverkenner.io.GeoPackageBinary;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads one feature table of an OGC GeoPackage for import, opened read-only through the SQLite driver and
 * streamed row by row. The tables come from {@code gpkg_contents} (data type {@code features}) with
 * {@code gpkg_geometry_columns}; the coordinate system from {@code gpkg_spatial_ref_sys} (EPSG code, else its WKT
 * definition; an undefined system is judged by the table's extent).
 */
final class GeoPackageSource {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private GeoPackageSource() {
    }

    static SourceData read(Path file, String table, ImportProgress progress, int limit) throws ImportException {
        String name = file.getFileName().toString();
        if (!isSqlite(file)) {
            throw new ImportException("import.gpkg.notGeoPackage", name);
        }
        try (Connection c = open(file)) {
            List<String> tables = featureTables(c, name);
            String chosen = table;
            if (chosen == null) {
                chosen = tables.get(0);
            } else if (!tables.contains(chosen)) {
                if (otherTables(c).contains(chosen)) {
                    throw new ImportException("import.gpkg.tableNoGeometry", name, chosen);
                }
                throw new ImportException("import.gpkg.unknownTable", name, chosen, String.join(", ", tables));
            }
            return readTable(c, file, tables, chosen, progress, limit);
        } catch (SQLException e) {
            throw new ImportException("import.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static SourceData readTable(Connection c, Path file, List<String> tables, String table, ImportProgress progress,
                                        int limit) throws SQLException, ImportException {
        String name = file.getFileName().toString();
        String geomColumn;
        int srsId;
        try (PreparedStatement st = c.prepareStatement("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new ImportException("import.gpkg.tableNoGeometry", name, table);
                }
                geomColumn = rs.getString(1);
                srsId = rs.getInt(2);
            }
        }
        List<String> columns = new ArrayList<>();
        String pk = null;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                String col = rs.getString("name");
                if (rs.getInt("pk") == 1 && pk == null) {
                    pk = col;
                } else if (!col.equalsIgnoreCase(geomColumn)) {
                    columns.add(col);
                }
            }
        }
        long count;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
            count = rs.next() ? rs.getLong(1) : 0;
        }
        SourceCrs crs = crs(c, srsId, table, name);
        StringBuilder sql = new StringBuilder("SELECT ").append(quote(geomColumn));
        for (String col : columns) {
            sql.append(", ").append(quote(col));
        }
        sql.append(" FROM ").append(quote(table));
        if (pk != null) {
            sql.append(" ORDER BY ").append(quote(pk));
        }
        if (limit < Integer.MAX_VALUE) {
            sql.append(" LIMIT ").append(limit);
        }
        Collector out = new Collector(file, crs, progress, count, limit);
        WKBReader wkb = new WKBReader(new GeometryFactory());
        long row = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                row++;
                Geometry g;
                try {
                    g = GeoPackageBinary.decode(rs.getBytes(1), wkb).orElse(null);
                } catch (ParseException | RuntimeException e) {
                    throw new ImportException("import.gpkg.badGeometry", name, table, row, String.valueOf(e.getMessage()));
                }
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    attrs.put(columns.get(i), value(rs.getObject(i + 2), md.getColumnTypeName(i + 2)));
                }
                out.add(g, attrs);
            }
        }
        return out.finish(SourceFormat.GEOPACKAGE, tables, table, columns, count);
    }

    private static Object value(Object v, String declared) {
        if (v instanceof byte[]) {
            return null; // a BLOB is no attribute to show or map
        }
        if (v instanceof Integer i) {
            return declared != null && declared.equalsIgnoreCase("BOOLEAN") ? (Object) (i != 0) : (Object) i.longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        return v;
    }

    private static SourceCrs crs(Connection c, int srsId, String table, String name) throws SQLException, ImportException {
        String org = null;
        int code = srsId;
        String definition = null;
        try (PreparedStatement st = c.prepareStatement(
                "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            st.setInt(1, srsId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    org = rs.getString(1);
                    code = rs.getInt(2);
                    definition = rs.getString(3);
                }
            }
        }
        if (org != null && org.equalsIgnoreCase("EPSG")) {
            Optional<SourceCrs> byCode = SourceCrs.ofEpsg(code);
            if (byCode.isPresent()) {
                return byCode.get();
            }
        }
        Optional<SourceCrs> byWkt = SourceCrs.ofWkt(definition);
        if (byWkt.isPresent()) {
            return byWkt.get();
        }
        if (srsId == 0 || srsId == -1 || definition == null || definition.isBlank() || definition.equalsIgnoreCase("undefined")) {
            Envelope e = extent(c, table);
            Optional<SourceCrs> guessed = SourceCrs.guess(e);
            if (guessed.isPresent()) {
                return guessed.get();
            }
            throw new ImportException("import.crsNotRecognised", name, Collector.describe(e));
        }
        throw new ImportException("import.unknownCrs", name, (org == null ? "" : org + ":") + code);
    }

    private static Envelope extent(Connection c, String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    return new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
                }
            }
        }
        return new Envelope();
    }

    /** The feature tables, by name; refuses a file that is no GeoPackage or has none. */
    private static List<String> featureTables(Connection c, String name) throws ImportException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.table_name FROM gpkg_contents c JOIN gpkg_geometry_columns g "
                     + "ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new ImportException("import.gpkg.notGeoPackage", name);
        }
        if (out.isEmpty()) {
            throw new ImportException("import.gpkg.noFeatureTables", name);
        }
        return out;
    }

    private static List<String> otherTables(Connection c) {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM gpkg_contents")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            // no contents table: nothing to name
        }
        return out;
    }

    private static Connection open(Path file) throws ImportException {
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new ImportException("import.unreadable", file.getFileName(), String.valueOf(e.getMessage()));
        }
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
