package nl.ruimteverkenner.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads the features of one table of an OGC GeoPackage (an SQLite file, as CBS distributes its
 * gebiedsindelingen) through the xerial SQLite JDBC driver, opened read-only. The table is found in
 * {@code gpkg_contents}; its geometry column and coordinate system in {@code gpkg_geometry_columns} and
 * {@code gpkg_spatial_ref_sys}. Geometries are GeoPackage binary: a small header (magic {@code GP}, flags,
 * srs id, optional envelope) followed by standard WKB, which JTS reads.
 */
final class GeoPackageReader {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private GeoPackageReader() {
    }

    /** One feature table's rows: requested text columns and the geometry (null when empty or unreadable). */
    record Table(String name, int epsg, List<String> columns, List<Row> rows) {
    }

    /** A row: the values of the requested columns (in order) and its geometry. */
    record Row(long fid, List<String> values, Geometry geometry, String geometryProblem) {
    }

    /** Why a GeoPackage could not be read, as a message key with arguments. */
    static final class Failure extends Exception {
        private final String key;
        private final transient Object[] args;

        Failure(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args;
        }
    }

    /** Whether the file starts like an SQLite database (a GeoPackage is one). */
    static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** A feature table and the geometry type it declares (e.g. MULTIPOLYGON). */
    record TableInfo(String name, String geometryType) {
        boolean polygonal() {
            String t = geometryType.toUpperCase(Locale.ROOT);
            return t.contains("POLYGON") || t.contains("SURFACE") || t.equals("GEOMETRY");
        }
    }

    /** The feature tables with their declared geometry types, by name. */
    static List<TableInfo> featureTables(Connection c) throws Failure {
        List<TableInfo> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.table_name, g.geometry_type_name FROM gpkg_contents c "
                     + "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' "
                     + "ORDER BY c.table_name")) {
            while (rs.next()) {
                out.add(new TableInfo(rs.getString(1), rs.getString(2) == null ? "GEOMETRY" : rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new Failure("gpkg.notGeoPackage");
        }
        return out;
    }

    /** Opens the file read-only. */
    static Connection open(Path file) throws Failure {
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new Failure("gpkg.unreadable", e.getMessage());
        }
    }

    /**
     * Reads {@code table}: for each row the first existing column of each candidate group in {@code wanted}
     * (case-insensitive; null when a group has none), and the geometry.
     */
    static Table read(Connection c, String table, List<List<String>> wanted) throws Failure {
        String geomColumn;
        int srsId;
        try (PreparedStatement st = c.prepareStatement("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new Failure("gpkg.noGeometryColumn", table);
                }
                geomColumn = rs.getString(1);
                srsId = rs.getInt(2);
            }
        } catch (SQLException e) {
            throw new Failure("gpkg.notGeoPackage");
        }
        int epsg = epsg(c, srsId);
        List<String> present = new ArrayList<>();
        String fidColumn = null;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                present.add(rs.getString("name"));
                if (rs.getInt("pk") == 1) {
                    fidColumn = rs.getString("name");
                }
            }
        } catch (SQLException e) {
            throw new Failure("gpkg.unreadable", e.getMessage());
        }
        List<String> chosen = new ArrayList<>();
        for (List<String> group : wanted) {
            chosen.add(group.stream().flatMap(w -> present.stream().filter(p -> p.equalsIgnoreCase(w))).findFirst().orElse(null));
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(fidColumn == null ? "rowid" : quote(fidColumn));
        for (String col : chosen) {
            sql.append(", ").append(col == null ? "NULL" : quote(col));
        }
        sql.append(", ").append(quote(geomColumn)).append(" FROM ").append(quote(table));
        List<Row> rows = new ArrayList<>();
        WKBReader wkb = new WKBReader(new GeometryFactory());
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < chosen.size(); i++) {
                    values.add(rs.getString(i + 2));
                }
                byte[] blob = rs.getBytes(chosen.size() + 2);
                Geometry g = null;
                String problem = null;
                try {
                    g = geometry(blob, wkb).orElse(null);
                } catch (ParseException | RuntimeException e) {
                    problem = e.getMessage();
                }
                rows.add(new Row(rs.getLong(1), values, g, problem));
            }
        } catch (SQLException e) {
            throw new Failure("gpkg.unreadable", e.getMessage());
        }
        return new Table(table, epsg, chosen, rows);
    }

    private static int epsg(Connection c, int srsId) {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            st.setInt(1, srsId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && "EPSG".equalsIgnoreCase(rs.getString(1))) {
                    return rs.getInt(2);
                }
            }
        } catch (SQLException e) {
            // fall through: the caller decides by the coordinates
        }
        return srsId;
    }

    /** A GeoPackage geometry blob as JTS geometry; empty for a null or empty geometry. */
    static Optional<Geometry> geometry(byte[] blob, WKBReader wkb) throws ParseException {
        return GeoPackageBinary.decode(blob, wkb);
    }

    /** The srs id stored in a blob's header (tests). */
    static int srsId(byte[] blob) {
        return GeoPackageBinary.srsId(blob);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * The table holding gemeente areas: among the polygon tables the generalised gemeente table, else one
     * named after gemeenten, else the only one.
     */
    static Optional<String> gemeenteTable(List<TableInfo> tables) {
        List<TableInfo> areas = tables.stream().filter(TableInfo::polygonal).toList();
        for (String must : new String[] {"gemeente_gegeneraliseerd", "gemeente"}) {
            for (TableInfo t : areas) {
                if (t.name().toLowerCase(Locale.ROOT).contains(must)) {
                    return Optional.of(t.name());
                }
            }
        }
        return areas.size() == 1 ? Optional.of(areas.get(0).name()) : Optional.empty();
    }
}
