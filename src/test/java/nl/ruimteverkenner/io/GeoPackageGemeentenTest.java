package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.model.Gemeente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/** Gemeente boundaries from a GeoPackage, as CBS distributes its gebiedsindelingen (built here from the test GeoJSON). */
class GeoPackageGemeentenTest {
    @TempDir
    Path dir;

    /** A GeoPackage feature table: name, geometry type, EPSG code and rows of (code, name, geometry). */
    private record Layer(String table, String type, int epsg, List<Object[]> rows) {
    }

    /** Writes a minimal valid GeoPackage (OGC 12-128r18 tables) with the given feature tables. */
    private static Path geoPackage(Path file, List<Layer> layers) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
            st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,"
                    + " organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
            st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\"]', NULL)");
            st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Amersfoort / RD New', 28992, 'EPSG', 28992, 'PROJCS[\"RD New\"]', NULL)");
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT,"
                    + " description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
            st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
            for (Layer l : layers) {
                st.execute("CREATE TABLE \"" + l.table() + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, statcode TEXT, statnaam TEXT)");
                st.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + l.table() + "', 'features', '"
                        + l.table() + "', " + l.epsg() + ")");
                st.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + l.table() + "', 'geom', '" + l.type() + "', " + l.epsg() + ", 0, 0)");
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO \"" + l.table() + "\" (geom, statcode, statnaam) VALUES (?, ?, ?)")) {
                    for (Object[] r : l.rows()) {
                        ins.setBytes(1, r[2] == null ? null : r[2] instanceof byte[] b ? b : blob((Geometry) r[2], l.epsg()));
                        ins.setString(2, (String) r[0]);
                        ins.setString(3, (String) r[1]);
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
            }
        }
        return file;
    }

    /** GeoPackage binary: "GP", version 0, flags (little-endian header, xy envelope), srs id, envelope, WKB. */
    static byte[] blob(Geometry g, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        var env = g.getEnvelopeInternal();
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011).putInt(srsId);
        b.putDouble(env.getMinX()).putDouble(env.getMaxX()).putDouble(env.getMinY()).putDouble(env.getMaxY());
        b.put(wkb);
        return b.array();
    }

    @Test
    void theCbsGemeenteTableInRdNewIsFoundAmongOtherLayersAndReprojected() throws Exception {
        Path cbs = TestScenarios.shared().resolve("geodata/cbs-gemeenten-2025.geojson");
        assumeTrue(Files.exists(cbs), "needs ../shared/geodata");
        List<Gemeente> source = new GemeenteReader().read(cbs).gemeenten();
        List<Object[]> areas = source.stream().map(g -> new Object[] {g.code(), g.name(), g.rd()}).toList();
        List<Object[]> labels = source.stream().map(g -> new Object[] {g.code(), g.name(), g.rd().getInteriorPoint()}).toList();
        Path gpkg = geoPackage(dir.resolve("cbsgebiedsindelingen2025.gpkg"), List.of(
                new Layer("gemeente_labelpunt", "POINT", 28992, labels),
                new Layer("gemeente_gegeneraliseerd", "MULTIPOLYGON", 28992, areas),
                new Layer("provincie_gegeneraliseerd", "MULTIPOLYGON", 28992, List.of())));
        GemeenteReader.Result r = new GemeenteReader().read(gpkg);
        assertTrue(r.problems().stream().noneMatch(Problem::isError), r.problems().toString());
        assertEquals(342, r.gemeenten().size());
        Gemeente amsterdam = r.gemeenten().stream().filter(g -> g.code().equals("GM0363")).findFirst().orElseThrow();
        assertEquals("Amsterdam", amsterdam.name());
        Gemeente before = source.stream().filter(g -> g.code().equals("GM0363")).findFirst().orElseThrow();
        assertEquals(before.rd().getArea(), amsterdam.rd().getArea(), 1.0, "the same area in RD New");
        assertTrue(amsterdam.lonLat().getEnvelopeInternal().contains(4.9, 52.37), "reprojected to lon/lat");

        // kept for later starts as GeoJSON (the GeoPackage's other layers are not copied)
        GemeenteStore store = new GemeenteStore(dir.resolve("data"));
        assertEquals(342, store.importFile(gpkg).gemeenten().size());
        assertTrue(Files.readString(store.file()).startsWith("{"), "stored as GeoJSON");
        GemeenteReader.Result again = store.loadStored();
        assertEquals(342, again.gemeenten().size());
        assertEquals(amsterdam.rd().getArea(), again.gemeenten().stream().filter(g -> g.code().equals("GM0363")).findFirst()
                .orElseThrow().rd().getArea(), amsterdam.rd().getArea() * 1e-4);
    }

    @Test
    void aWgs84TableIsTakenAsItIsAndBadRowsAreReportedWithTheirFid() throws Exception {
        Geometry square = RdNew.toWgs84(new WKTReader().read(
                "POLYGON ((120000 480000, 122000 480000, 122000 482000, 120000 482000, 120000 480000))"));
        Geometry bowtie = new WKTReader().read("POLYGON ((5 52, 5.1 52.1, 5.1 52, 5 52.1, 5 52))");
        Path gpkg = geoPackage(dir.resolve("wgs.gpkg"), List.of(new Layer("gemeenten", "POLYGON", 4326, List.of(
                new Object[] {"GM9001", "Proefgemeente", square},
                new Object[] {"GM9002", "", square},
                new Object[] {"GM9003", "Kapotte kop", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}},
                new Object[] {"GM9004", "Strik", bowtie}))));
        GemeenteReader.Result r = new GemeenteReader().read(gpkg);
        assertEquals(List.of("GM9001", "GM9004"), r.gemeenten().stream().map(Gemeente::code).toList());
        assertEquals(400.0, r.gemeenten().get(0).rd().getArea() / 10_000, 0.5, "2 km × 2 km");
        assertTrue(r.problems().stream().anyMatch(p -> p.location().equals("gemeenten fid 2")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.location().equals("gemeenten fid 3") && p.message().contains("geometrie")),
                r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.location().equals("gemeenten fid 4") && p.message().contains("hersteld")),
                r.problems().toString());
        assertTrue(r.problems().stream().allMatch(p -> p.file().equals("wgs.gpkg")));
    }

    @Test
    void withoutAGemeenteTableOrWithoutGpkgTablesTheMessageSaysWhatIsThere() throws Exception {
        Path gpkg = geoPackage(dir.resolve("wegen.gpkg"), List.of(
                new Layer("wegen", "LINESTRING", 28992, List.of()), new Layer("bruggen", "POINT", 28992, List.of())));
        GemeenteReader.Result r = new GemeenteReader().read(gpkg);
        assertFalse(r.usable());
        assertTrue(r.problems().get(0).message().contains("wegen") && r.problems().get(0).message().contains("bruggen"),
                r.problems().toString());

        Path plain = dir.resolve("gewoon.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE iets (x INTEGER)");
        }
        GemeenteReader.Result p = new GemeenteReader().read(plain);
        assertFalse(p.usable());
        assertTrue(p.problems().get(0).message().contains("geen GeoPackage"), p.problems().toString());
    }
    @Test
    void degreesInATableThatDeclaresRdNewAreRefusedNotPlacedOffAfrica() throws Exception {
        Geometry nijmegen = new WKTReader().read("POLYGON ((5.8 51.8, 5.9 51.8, 5.9 51.86, 5.8 51.86, 5.8 51.8))");
        Path gpkg = geoPackage(dir.resolve("verkeerd.gpkg"), List.of(new Layer("gemeente_gegeneraliseerd", "MULTIPOLYGON", 28992,
                List.<Object[]>of(new Object[] {"GM0268", "Nijmegen", nijmegen}))));
        GemeenteReader.Result r = new GemeenteReader().read(gpkg);
        assertFalse(r.usable(), r.gemeenten().toString());
        Problem p = r.problems().get(0);
        assertEquals("verkeerd.gpkg", p.file());
        assertTrue(p.isError() && p.message().contains("lijken WGS84 (graden) maar het bestand zegt RD New (EPSG:28992)"), p.message());
    }
}
