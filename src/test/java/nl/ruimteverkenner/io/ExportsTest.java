package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.analysis.SchuurpuntFields;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBReader;

/** The exports read back: GeoJSON through Jackson, GeoPackage through SQLite, CSV as text. */
class ExportsTest {
    private static Scenario demo;
    private static List<Schuurpunt> found;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyse() {
        demo = new ScenarioReader().read(TestScenarios.scenarios().resolve("demo")).scenario().orElseThrow();
        found = new SchuurpuntEngine(demo, Provinces.all()).analyse(Horizon.H2050);
        assertTrue(found.stream().anyMatch(p -> p.areaHa() > 0), "the demo has area schuurpunten at 2050");
    }

    private static List<Schuurpunt> areas() {
        return found.stream().filter(p -> p.overlapRd().getDimension() == 2).toList();
    }

    @Test
    void geoJsonIsRfc7946WithTheFieldsOfAnalyseJson() throws Exception {
        Path file = dir.resolve("schuurpunten.geojson");
        Exports.writeSchuurpunten(found, ExportFormat.GEOJSON, file, "Schuurpunten demo 2050");
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        assertFalse(root.has("crs"), "RFC 7946: no crs member");
        assertEquals(found.size(), root.get("features").size());
        ObjectMapper m = new ObjectMapper();
        for (int i = 0; i < found.size(); i++) {
            JsonNode f = root.get("features").get(i);
            assertEquals("Feature", f.get("type").asText());
            // the same properties, in the same order, as analyse --json prints
            assertEquals(m.readTree(JsonOutput.write(SchuurpuntFields.of(found.get(i)))), f.get("properties"));
            List<String> keys = new ArrayList<>();
            f.get("properties").fieldNames().forEachRemaining(keys::add);
            assertEquals(new ArrayList<>(SchuurpuntFields.of(found.get(i)).keySet()), keys);
            checkLonLat(f.get("geometry"));
        }
    }

    /** Every position in the Netherlands as lon/lat with at most 7 decimals; polygon rings by the right-hand rule. */
    private static void checkLonLat(JsonNode geometry) {
        String type = geometry.get("type").asText();
        JsonNode c = geometry.get("coordinates");
        List<JsonNode> polygons = switch (type) {
            case "Polygon" -> List.of(c);
            case "MultiPolygon" -> Stream.iterate(0, i -> i < c.size(), i -> i + 1).map(c::get).toList();
            default -> List.of();
        };
        for (JsonNode polygon : polygons) {
            for (int r = 0; r < polygon.size(); r++) {
                Coordinate[] ring = new Coordinate[polygon.get(r).size()];
                for (int i = 0; i < ring.length; i++) {
                    JsonNode pos = polygon.get(r).get(i);
                    assertEquals(2, pos.size());
                    double lon = pos.get(0).asDouble();
                    double lat = pos.get(1).asDouble();
                    assertTrue(lon > 3 && lon < 7.3 && lat > 50.7 && lat < 53.6, "lon/lat order: " + pos);
                    assertTrue(pos.get(0).toString().replaceFirst("^-?\\d+\\.?", "").length() <= 7, pos.toString());
                    ring[i] = new Coordinate(lon, lat);
                }
                assertTrue(ring[0].equals2D(ring[ring.length - 1]), "closed ring");
                assertEquals(r == 0, Orientation.isCCWArea(ring), "outer ring counter-clockwise, holes clockwise");
            }
        }
    }

    @Test
    void ringsAreTurnedByTheRightHandRule() throws Exception {
        Geometry clockwiseWithHole = new org.locationtech.jts.io.WKTReader().read(
                "POLYGON ((5 52, 5 52.1, 5.1 52.1, 5.1 52, 5 52), (5.02 52.02, 5.08 52.02, 5.08 52.08, 5.02 52.08, 5.02 52.02))");
        assertFalse(Orientation.isCCWArea(((org.locationtech.jts.geom.Polygon) clockwiseWithHole).getExteriorRing().getCoordinates()));
        byte[] json = GeoJsonWriter.write("t", List.of(new ExportFeature("x", Map.of(), clockwiseWithHole, clockwiseWithHole)));
        JsonNode g = new ObjectMapper().readTree(json).get("features").get(0).get("geometry");
        assertEquals("MultiPolygon", g.get("type").asText(), "one geometry type per file of areas");
        assertEquals(2, g.get("coordinates").get(0).size());
        checkLonLat(g);
    }

    @Test
    void geoPackageFollowsTheOgcRulesAndKeepsTheGeometry() throws Exception {
        Path file = dir.resolve("schuurpunten.gpkg");
        List<Schuurpunt> areas = areas();
        Exports.writeSchuurpunten(areas, ExportFormat.GPKG, file, "Schuurpunten demo 2050");
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 100);
        assertEquals(0x47504B47, ByteBuffer.wrap(head, 68, 4).order(ByteOrder.BIG_ENDIAN).getInt(), "application_id GPKG");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertEquals(0x47504B47, intOf(st, "PRAGMA application_id"));
            assertEquals(10300, intOf(st, "PRAGMA user_version"));
            List<Integer> srs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT srs_id, organization, organization_coordsys_id, definition "
                    + "FROM gpkg_spatial_ref_sys ORDER BY srs_id")) {
                while (rs.next()) {
                    srs.add(rs.getInt(1));
                    if (rs.getInt(1) == 28992) {
                        assertEquals("EPSG", rs.getString(2));
                        assertEquals(28992, rs.getInt(3));
                        assertTrue(rs.getString(4).startsWith("PROJCS[\"Amersfoort / RD New\""));
                    }
                }
            }
            assertEquals(List.of(-1, 0, 4326, 28992), srs);
            try (ResultSet rs = st.executeQuery("SELECT table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id "
                    + "FROM gpkg_contents")) {
                assertTrue(rs.next());
                assertEquals("schuurpunten", rs.getString(1));
                assertEquals("features", rs.getString(2));
                assertEquals("Schuurpunten demo 2050", rs.getString(3));
                Envelope all = new Envelope();
                areas.forEach(p -> all.expandToInclude(p.overlapRd().getEnvelopeInternal()));
                assertEquals(all.getMinX(), rs.getDouble(4), 1e-6);
                assertEquals(all.getMinY(), rs.getDouble(5), 1e-6);
                assertEquals(all.getMaxX(), rs.getDouble(6), 1e-6);
                assertEquals(all.getMaxY(), rs.getDouble(7), 1e-6);
                assertEquals(28992, rs.getInt(8));
                assertFalse(rs.next(), "one feature table");
            }
            try (ResultSet rs = st.executeQuery("SELECT table_name, column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns")) {
                assertTrue(rs.next());
                assertEquals(List.of("schuurpunten", "geom", "MULTIPOLYGON", "28992", "0", "0"),
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
            WKBReader wkb = new WKBReader(new GeometryFactory());
            int i = 0;
            try (ResultSet rs = st.executeQuery("SELECT geom, rule, relation, areaHa, horizon, schematic, labels, source "
                    + "FROM schuurpunten ORDER BY fid")) {
                while (rs.next()) {
                    Schuurpunt p = areas.get(i++);
                    byte[] blob = rs.getBytes(1);
                    assertEquals('G', blob[0]);
                    assertEquals('P', blob[1]);
                    assertEquals(0, blob[2], "version 0");
                    assertEquals(0x03, blob[3], "little-endian, xy envelope, not empty, standard");
                    assertEquals(28992, ByteBuffer.wrap(blob, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
                    Envelope env = GeoPackageBinary.envelope(blob).orElseThrow();
                    assertEquals(p.overlapRd().getEnvelopeInternal(), env);
                    Geometry back = wkb.read(Arrays.copyOfRange(blob, 40, blob.length));
                    assertEquals("MultiPolygon", back.getGeometryType());
                    assertEquals(p.overlapRd().getArea(), back.getArea(), p.overlapRd().getArea() * 1e-4, "area within 0.01 %");
                    assertTrue(back.equalsExact(GeoPackageBinary.decode(blob, wkb).orElseThrow()));
                    assertEquals(p.rule().id(), rs.getString(2));
                    assertEquals(p.rule().relation().id(), rs.getString(3));
                    assertEquals(Math.round(p.areaHa() * 100) / 100.0, rs.getDouble(4), 1e-9);
                    assertEquals(p.horizon().year(), rs.getInt(5));
                    assertEquals(p.a().schematic() || p.b().schematic() ? 1 : 0, rs.getInt(6));
                    assertEquals(p.a().label() + ", " + p.b().label(), rs.getString(7));
                    assertTrue(rs.getString(8).startsWith("document: "), rs.getString(8));
                }
            }
            assertEquals(areas.size(), i);
            try (ResultSet rs = st.executeQuery("PRAGMA table_info(schuurpunten)")) {
                List<String> types = new ArrayList<>();
                while (rs.next()) {
                    types.add(rs.getString("name") + " " + rs.getString("type"));
                }
                assertTrue(types.containsAll(List.of("fid INTEGER", "geom MULTIPOLYGON", "areaHa REAL", "horizon INTEGER",
                        "schematic BOOLEAN", "title TEXT")), types.toString());
            }
        }
        // and the app's own GeoPackage reader reads it too
        try (Connection c = GeoPackageReader.open(file)) {
            GeoPackageReader.Table t = GeoPackageReader.read(c, "schuurpunten", List.of(List.of("rule")));
            assertEquals(28992, t.epsg());
            assertEquals(areas.size(), t.rows().size());
        }
    }

    private static int intOf(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }

    @Test
    void aLayerWithAreasAndLinesBecomesOneTablePerKind() throws Exception {
        List<Feature> mixed = demo.features().filter(f -> f.geometry().getDimension() >= 1).toList();
        assertTrue(mixed.stream().anyMatch(f -> f.geometry().getDimension() == 1), "the demo has line features");
        Path file = dir.resolve("alles.gpkg");
        Exports.writeFeatures(mixed, ExportFormat.GPKG, file, "Alle lagen", "Alle lagen");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT g.table_name, g.geometry_type_name, c.identifier FROM gpkg_geometry_columns g "
                     + "JOIN gpkg_contents c ON c.table_name = g.table_name ORDER BY g.table_name")) {
            assertTrue(rs.next());
            assertEquals(List.of("alle_lagen", "MULTIPOLYGON", "Alle lagen"),
                    List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
            assertTrue(rs.next());
            assertEquals(List.of("alle_lagen_lijnen", "MULTILINESTRING", "Alle lagen (lijnen)"),
                    List.of(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertEquals(mixed.size(), intOf(st, "SELECT (SELECT count(*) FROM alle_lagen_lijnen) + (SELECT count(*) FROM alle_lagen)"));
            try (ResultSet rs = st.executeQuery("SELECT id, label, horizon, category, basis, source FROM alle_lagen LIMIT 1")) {
                assertTrue(rs.next());
                Feature f = demo.feature(rs.getString(1)).orElseThrow();
                assertEquals(f.label(), rs.getString(2));
                assertEquals(f.horizon().year(), rs.getInt(3));
                assertEquals(f.category().id(), rs.getString(4));
                assertEquals(f.basis().id(), rs.getString(5));
                assertEquals(ExportFeature.sources(f.sources()), rs.getString(6));
            }
        }
    }

    @Test
    void aLayerAsGeoJsonKeepsItsFeaturesAndProperties() throws Exception {
        List<Feature> layer = demo.features().filter(f -> f.layerId().equals(demo.layers().get(0).id())).toList();
        Path file = dir.resolve("laag.geojson");
        Exports.writeFeatures(layer, ExportFormat.GEOJSON, file, demo.layers().get(0).id(), demo.layers().get(0).label());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(demo.layers().get(0).label(), root.get("name").asText());
        assertEquals(layer.size(), root.get("features").size());
        JsonNode p = root.get("features").get(0).get("properties");
        assertEquals(layer.get(0).id(), p.get("id").asText());
        assertEquals(layer.get(0).horizon().year(), p.get("horizon").asInt());
        for (String k : List.of("label", "category", "basis", "source")) {
            assertTrue(p.has(k), k);
        }
    }

    @Test
    void csvHasTheSameFieldsAndNeutralisesFormulas() throws Exception {
        Schuurpunt p = found.get(0);
        Feature evil = p.a().toBuilder().label("=HYPERLINK(\"http://x\";\"klik\")").build();
        Schuurpunt bad = new Schuurpunt(p.rule(), evil, p.b(), p.horizon(), p.overlapRd(), 12.5, 0, List.of("Utrecht"));
        Path file = dir.resolve("s.csv");
        Exports.writeSchuurpunten(List.of(bad, p), ExportFormat.CSV, file, "t");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + String.join(";", SchuurpuntFields.KEYS) + "\r\n"), text);
        String[] lines = text.split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\"), " + p.b().label() + "\";12,5;0;\"Utrecht\";"),
                lines[1]);
        assertFalse(lines[1].contains(";\"=") || lines[1].contains(";="), "no cell starts a formula: " + lines[1]);
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("bezet.gpkg");
        Files.createDirectories(target.resolve("inhoud"));
        assertThrows(IOException.class, () -> Exports.writeSchuurpunten(areas(), ExportFormat.GPKG, target, "t"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList(), "no temporary file or journal left");
        }
        assertTrue(Files.isDirectory(target.resolve("inhoud")));
    }

    @Test
    void csvCellsAreDutchAndFlat() {
        assertEquals("12,5", Csv.cell(12.5));
        assertEquals("0", Csv.cell(0.0));
        assertEquals("2050", Csv.cell(2050));
        assertEquals("", Csv.cell(null));
        assertEquals("\"a, b\"", Csv.cell(List.of("a", "b")));
        Map<String, Object> source = new java.util.LinkedHashMap<>();
        source.put("document", "NR");
        source.put("page", 69);
        assertEquals("\"document: NR; page: 69\"", Csv.cell(source));
        assertEquals("\"'-3 ha\"", Csv.cell("-3 ha"));
    }

    @Test
    void aPolygonThatRoundingCollapsesIsWrittenAsNoGeometry() throws Exception {
        Geometry speck = new org.locationtech.jts.io.WKTReader().read(
                "POLYGON ((5 52, 5.00000001 52, 5.00000001 52.00000001, 5 52.00000001, 5 52))");
        JsonNode f = new ObjectMapper().readTree(GeoJsonWriter.write("t", List.of(new ExportFeature("x", Map.of(), speck, speck))))
                .get("features").get(0);
        assertTrue(f.get("geometry").isNull(), f.toString());
    }

    @Test
    void formatsAreKnownByNameAndExtension() {
        assertEquals(ExportFormat.GPKG, ExportFormat.fromId("GPKG").orElseThrow());
        assertEquals(ExportFormat.GEOJSON, ExportFormat.ofFile("Schuurpunten.GeoJSON").orElseThrow());
        assertEquals(ExportFormat.JSON, ExportFormat.ofFile("s.json").orElseThrow());
        assertTrue(ExportFormat.ofFile("s.shp").isEmpty());
        assertTrue(ExportFormat.fromId("shp").isEmpty());
    }
}
