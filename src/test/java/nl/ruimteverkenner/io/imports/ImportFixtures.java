package nl.ruimteverkenner.io.imports;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ruimteverkenner.geo.RdNew;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Test files made by the tests themselves: GeoPackages written with sqlite-jdbc (any coordinate system, an
 * attributes-only table, Z values), shapefiles written byte by byte with their .dbf from javadbf, zips of them, and
 * RD New squares near Nijmegen to put in them.
 */
public final class ImportFixtures {
    public static final GeometryFactory GF = new GeometryFactory();
    public static final String RD_PRJ = "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
            + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
            + "PROJECTION[\"Oblique_Stereographic\"],PARAMETER[\"latitude_of_origin\",52.1561605555556],"
            + "PARAMETER[\"central_meridian\",5.38763888888889],PARAMETER[\"scale_factor\",0.9999079],"
            + "PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],UNIT[\"Meter\",1]]";
    public static final String MERCATOR_PRJ = "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\","
            + "DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],PARAMETER[\"Standard_Parallel_1\",0.0],"
            + "PARAMETER[\"Auxiliary_Sphere_Type\",0.0],UNIT[\"Meter\",1.0]]";
    public static final String UTM_PRJ = "PROJCS[\"ETRS_1989_UTM_Zone_31N\",GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\","
            + "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
            + "PARAMETER[\"Central_Meridian\",3.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],"
            + "UNIT[\"Meter\",1.0]]";

    private ImportFixtures() {
    }

    /** An RD New square of {@code size} metres with its lower left corner at lon/lat (converted to RD). */
    public static Polygon rdSquare(double lon, double lat, double size) {
        double[] p = RdNew.toRd(lon, lat);
        return GF.createPolygon(new Coordinate[] {new Coordinate(p[0], p[1]), new Coordinate(p[0] + size, p[1]),
                new Coordinate(p[0] + size, p[1] + size), new Coordinate(p[0], p[1] + size), new Coordinate(p[0], p[1])});
    }

    /** {@code g} (RD New) in another EPSG system. */
    public static Geometry fromRd(Geometry g, int epsg) {
        CRSFactory f = new CRSFactory();
        CoordinateTransform t = new CoordinateTransformFactory().createTransform(f.createFromName("EPSG:28992"),
                f.createFromName("EPSG:" + epsg));
        Geometry copy = g.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            ProjCoordinate out = new ProjCoordinate();
            t.transform(new ProjCoordinate(c.x, c.y), out);
            c.x = out.x;
            c.y = out.y;
        });
        copy.geometryChanged();
        return copy;
    }

    /** One attribute row. */
    public static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /**
     * Writes a GeoPackage with one feature table {@code table} in EPSG {@code epsg} (organisation EPSG; 0 for an
     * undefined system), geometry type {@code geometryType}; {@code z} writes the geometries with a Z value.
     */
    public static Path geoPackage(Path file, String table, int epsg, String geometryType, List<Geometry> geoms,
                                  List<Map<String, Object>> rows, boolean z) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA application_id = 1196444487");
                st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                        + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
                st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian', -1, 'NONE', -1, 'undefined', NULL)");
                st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic', 0, 'NONE', 0, 'undefined', NULL)");
                st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, "
                        + "description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
                st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                        + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
                if (epsg > 0) {
                    st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('EPSG:" + epsg + "', " + epsg + ", 'EPSG', " + epsg
                            + ", 'see EPSG', NULL)");
                }
            }
            Envelope e = new Envelope();
            geoms.forEach(g -> {
                if (g != null) {
                    e.expandToInclude(g.getEnvelopeInternal());
                }
            });
            List<String> cols = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
            StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB");
            for (String col : cols) {
                Object v = rows.get(0).get(col);
                ddl.append(", \"").append(col).append("\" ")
                        .append(v instanceof Integer || v instanceof Long ? "INTEGER" : v instanceof Double ? "REAL" : "TEXT");
            }
            ddl.append(")");
            try (Statement st = c.createStatement()) {
                st.execute(ddl.toString());
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents VALUES (?, 'features', ?, '', "
                    + "'2026-01-01T00:00:00Z', ?, ?, ?, ?, ?)")) {
                ps.setString(1, table);
                ps.setString(2, table);
                ps.setDouble(3, e.getMinX());
                ps.setDouble(4, e.getMinY());
                ps.setDouble(5, e.getMaxX());
                ps.setDouble(6, e.getMaxY());
                ps.setInt(7, epsg);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, ?, 0)")) {
                ps.setString(1, table);
                ps.setString(2, geometryType);
                ps.setInt(3, epsg);
                ps.setInt(4, z ? 1 : 0);
                ps.executeUpdate();
            }
            c.setAutoCommit(false);
            StringBuilder ins = new StringBuilder("INSERT INTO \"" + table + "\" (geom");
            cols.forEach(col -> ins.append(", \"").append(col).append('"'));
            ins.append(") VALUES (?").append(", ?".repeat(cols.size())).append(")");
            try (PreparedStatement ps = c.prepareStatement(ins.toString())) {
                for (int i = 0; i < geoms.size(); i++) {
                    Geometry g = geoms.get(i);
                    ps.setBytes(1, g == null ? null : blob(g, epsg, z));
                    for (int k = 0; k < cols.size(); k++) {
                        ps.setObject(k + 2, i < rows.size() ? rows.get(i).get(cols.get(k)) : null);
                    }
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return file;
    }

    /** Adds an attributes-only table (no geometry column) to a GeoPackage. */
    public static void attributesTable(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY, naam TEXT)");
            st.execute("INSERT INTO \"" + table + "\" VALUES (1, 'x')");
            st.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('" + table + "', 'attributes', '" + table + "')");
        }
    }

    /** A GeoPackage geometry blob: header without envelope, little-endian WKB (with Z when asked). */
    private static byte[] blob(Geometry g, int srsId, boolean z) {
        byte[] wkb = new WKBWriter(z ? 3 : 2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0x01).putInt(srsId).put(wkb);
        return b.array();
    }

    /**
     * Writes a shapefile {@code dir/name.shp} (with .shx and .dbf; a .prj when {@code prj} is not null, a .cpg when
     * {@code cpg} is not null) of polygons, lines or points (all of one kind), attributes written in {@code dbfCharset}.
     * {@code z} writes the Z variants (with Z and M values).
     */
    public static Path shapefile(Path dir, String name, List<Geometry> geoms, List<Map<String, Object>> rows, String prj,
                                 String cpg, Charset dbfCharset, boolean z) throws IOException {
        Files.createDirectories(dir);
        int base = geoms.get(0) instanceof Point ? 1 : geoms.get(0) instanceof LineString || geoms.get(0).getDimension() == 1 ? 3 : 5;
        int type = z ? base + 10 : base;
        List<byte[]> records = new ArrayList<>();
        Envelope all = new Envelope();
        for (Geometry g : geoms) {
            all.expandToInclude(g.getEnvelopeInternal());
            records.add(record(g, type));
        }
        ByteArrayOutputStream shp = new ByteArrayOutputStream();
        ByteArrayOutputStream shx = new ByteArrayOutputStream();
        int shpLength = 100 + records.stream().mapToInt(r -> 8 + r.length).sum();
        shp.write(header(shpLength, type, all));
        shx.write(header(100 + 8 * records.size(), type, all));
        int offset = 100;
        for (int i = 0; i < records.size(); i++) {
            byte[] r = records.get(i);
            ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(r.length / 2);
            shp.write(h.array());
            shp.write(r);
            shx.write(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(r.length / 2).array());
            offset += 8 + r.length;
        }
        Path shpFile = dir.resolve(name + ".shp");
        Files.write(shpFile, shp.toByteArray());
        Files.write(dir.resolve(name + ".shx"), shx.toByteArray());
        List<String> cols = new ArrayList<>(rows.get(0).keySet());
        DBFField[] fields = new DBFField[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            Object v = rows.get(0).get(cols.get(i));
            fields[i] = v instanceof Number n
                    ? new DBFField(cols.get(i), DBFDataType.NUMERIC, 12, n instanceof Double ? 3 : 0)
                    : new DBFField(cols.get(i), DBFDataType.CHARACTER, 80);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".dbf"))) {
            DBFWriter w = new DBFWriter(out, dbfCharset);
            w.setFields(fields);
            for (Map<String, Object> row : rows) {
                Object[] values = new Object[cols.size()];
                for (int i = 0; i < cols.size(); i++) {
                    Object v = row.get(cols.get(i));
                    values[i] = v instanceof Integer n ? (Object) n.doubleValue() : v instanceof Long n ? (Object) n.doubleValue() : v;
                }
                w.addRecord(values);
            }
            w.close();
        }
        if (prj != null) {
            Files.writeString(dir.resolve(name + ".prj"), prj);
        }
        if (cpg != null) {
            Files.writeString(dir.resolve(name + ".cpg"), cpg);
        }
        return shpFile;
    }

    /** Zips the files of shapefile {@code name} in {@code dir} into {@code zip}, under folder {@code inZip}/. */
    public static Path zip(Path dir, String name, Path zip, String inZip) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String ext : new String[] {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
                Path f = dir.resolve(name + ext);
                if (Files.exists(f)) {
                    z.putNextEntry(new ZipEntry(inZip + "/" + name + ext));
                    z.write(Files.readAllBytes(f));
                    z.closeEntry();
                }
            }
        }
        return zip;
    }

    private static byte[] header(int lengthBytes, int type, Envelope e) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, lengthBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, type);
        b.putDouble(36, e.getMinX()).putDouble(44, e.getMinY()).putDouble(52, e.getMaxX()).putDouble(60, e.getMaxY());
        return b.array();
    }

    private static byte[] record(Geometry g, int type) {
        int base = type % 10;
        boolean z = type > 10;
        if (base == 1) {
            Coordinate c = g.getCoordinate();
            ByteBuffer b = ByteBuffer.allocate(z ? 36 : 20).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(type).putDouble(c.x).putDouble(c.y);
            if (z) {
                b.putDouble(7.5);
            }
            return b.array();
        }
        List<Coordinate[]> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry p = g.getGeometryN(i);
            if (p instanceof Polygon poly) {
                parts.add(oriented(poly.getExteriorRing().getCoordinates(), false));
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    parts.add(oriented(poly.getInteriorRingN(h).getCoordinates(), true));
                }
            } else {
                parts.add(p.getCoordinates());
            }
        }
        int n = parts.stream().mapToInt(a -> a.length).sum();
        int size = 4 + 32 + 8 + 4 * parts.size() + 16 * n + (z ? 2 * (16 + 8 * n) : 0);
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        Envelope e = g.getEnvelopeInternal();
        b.putInt(type).putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(parts.size()).putInt(n);
        int start = 0;
        for (Coordinate[] p : parts) {
            b.putInt(start);
            start += p.length;
        }
        for (Coordinate[] p : parts) {
            for (Coordinate c : p) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        if (z) {
            for (int k = 0; k < 2; k++) { // Z, then M: range and values
                b.putDouble(1).putDouble(2);
                for (int i = 0; i < n; i++) {
                    b.putDouble(1.5);
                }
            }
        }
        return b.array();
    }

    /** Shell rings clockwise, holes counter-clockwise, as the shapefile format wants. */
    private static Coordinate[] oriented(Coordinate[] ring, boolean ccw) {
        if (Orientation.isCCW(ring) != ccw) {
            Coordinate[] r = ring.clone();
            java.util.Collections.reverse(java.util.Arrays.asList(r));
            return r;
        }
        return ring;
    }
}
