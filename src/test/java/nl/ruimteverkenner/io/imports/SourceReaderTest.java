package nl.ruimteverkenner.io.imports;

import static nl.ruimteverkenner.io.imports.ImportFixtures.GF;
import static nl.ruimteverkenner.io.imports.ImportFixtures.fromRd;
import static nl.ruimteverkenner.io.imports.ImportFixtures.rdSquare;
import static nl.ruimteverkenner.io.imports.ImportFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class SourceReaderTest {
    /** Two RD New squares near Nijmegen, 200 m and 300 m. */
    private static final Polygon A = rdSquare(5.86, 51.845, 200);
    private static final Polygon B = rdSquare(5.87, 51.850, 300);
    private static final List<Map<String, Object>> ROWS = List.of(row("NAAM", "Waalfront", "FUNCTIE", "wonen", "JAAR", 2028L),
            row("NAAM", "Lentloper", "FUNCTIE", "bedrijven", "JAAR", 2045L));

    @TempDir
    Path dir;

    private static void assertSameShape(Geometry expected, Geometry actual, double toleranceM) {
        assertEquals(expected.getArea(), actual.getArea(), expected.getArea() * 1e-4, "area");
        assertTrue(expected.getCentroid().distance(actual.getCentroid()) < toleranceM,
                "centroid " + actual.getCentroid() + " vs " + expected.getCentroid());
        for (Coordinate c : actual.getCoordinates()) {
            assertTrue(Double.isNaN(c.getZ()), "Z dropped: " + c);
        }
    }

    @Test
    void geoPackageInRdNewListsItsTablesAttributesAndCount() throws Exception {
        Path f = ImportFixtures.geoPackage(dir.resolve("plannen.gpkg"), "woningbouw", 28992, "POLYGON", List.of(A, B), ROWS, false);
        SourceData d = SourceReader.read(f, null, ImportProgress.NONE);
        assertEquals(SourceFormat.GEOPACKAGE, d.format());
        assertEquals(List.of("woningbouw"), d.tables());
        assertEquals(SourceCrs.RD_NEW, d.crs());
        assertEquals(List.of("NAAM", "FUNCTIE", "JAAR"), d.attributes());
        assertEquals(2, d.featureCount());
        assertEquals("Waalfront", d.features().get(0).attributes().get("NAAM"));
        assertEquals(2028L, d.features().get(0).attributes().get("JAAR"));
        assertTrue(d.features().get(0).geometry().equalsExact(A, 1e-9));
    }

    @Test
    void geoPackageTableIsChosenAmongSeveralAndPreviewReadsTheFirstRows() throws Exception {
        Path f = ImportFixtures.geoPackage(dir.resolve("twee.gpkg"), "alpha", 28992, "POLYGON", List.of(A), List.of(ROWS.get(0)), false);
        List<Geometry> many = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(rdSquare(5.80 + i * 0.01, 51.84, 100));
            rows.add(row("naam", "plan " + i));
        }
        // a second table in the same file
        Path other = ImportFixtures.geoPackage(dir.resolve("tmp.gpkg"), "beta", 28992, "POLYGON", many, rows, false);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f.toAbsolutePath()); var st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + other.toAbsolutePath() + "' AS o");
            st.execute("CREATE TABLE beta AS SELECT * FROM o.beta");
            st.execute("INSERT INTO gpkg_contents SELECT * FROM o.gpkg_contents");
            st.execute("INSERT INTO gpkg_geometry_columns SELECT * FROM o.gpkg_geometry_columns");
        }
        SourceData preview = SourceReader.preview(f, "beta");
        assertEquals(List.of("alpha", "beta"), preview.tables());
        assertEquals("beta", preview.table());
        assertEquals(12, preview.featureCount());
        assertEquals(SourceReader.PREVIEW_ROWS, preview.features().size());
        assertEquals("plan 0", preview.rows(1).get(0).get("naam"));
        ImportException e = assertThrows(ImportException.class, () -> SourceReader.preview(f, "gamma"));
        assertTrue(e.getMessage().contains("twee.gpkg") && e.getMessage().contains("alpha, beta"), e.getMessage());
    }

    @Test
    void etrs89GeoPackageWithZValuesIsReprojectedAndFlattened() throws Exception {
        Geometry etrs = fromRd(A, 4258);
        Path f = ImportFixtures.geoPackage(dir.resolve("etrs.gpkg"), "vlakken", 4258, "POLYGON", List.of(etrs),
                List.of(ROWS.get(0)), true);
        SourceData d = SourceReader.read(f, null, ImportProgress.NONE);
        assertEquals(SourceCrs.ETRS89, d.crs());
        assertSameShape(A, d.features().get(0).geometry(), 0.5);
    }

    @Test
    void geoJsonInWgs84WithoutCrsMemberIsRead() throws Exception {
        Path f = dir.resolve("plannen.geojson");
        Files.writeString(f, geoJson(null, fromRd(A, 4326), "{\"naam\": \"Waalfront\", \"aantal\": 450, \"klaar\": true}"));
        SourceData d = SourceReader.read(f, null, ImportProgress.NONE);
        assertEquals(SourceCrs.WGS84, d.crs());
        assertEquals(List.of("naam", "aantal", "klaar"), d.attributes());
        assertEquals(450L, d.features().get(0).attributes().get("aantal"));
        assertEquals(true, d.features().get(0).attributes().get("klaar"));
        assertSameShape(A, d.features().get(0).geometry(), 0.5);
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void geoJsonWithAnRdNewCrsMemberOrRdCoordinatesIsRead() throws Exception {
        Path named = dir.resolve("rd.geojson");
        Files.writeString(named, geoJson("urn:ogc:def:crs:EPSG::28992", A, "{\"naam\": \"x\"}"));
        SourceData d = SourceReader.read(named, null, ImportProgress.NONE);
        assertEquals(SourceCrs.RD_NEW, d.crs());
        assertTrue(d.warnings().isEmpty());
        Path bare = dir.resolve("rd-zonder-crs.geojson");
        Files.writeString(bare, geoJson(null, A, "{\"naam\": \"x\"}"));
        SourceData guessed = SourceReader.read(bare, null, ImportProgress.NONE);
        assertEquals(SourceCrs.RD_NEW, guessed.crs());
        assertTrue(guessed.warnings().get(0).contains("RD New (EPSG:28992) aangenomen"), guessed.warnings().toString());
        assertSameShape(A, guessed.features().get(0).geometry(), 0.01);
    }

    @Test
    void webMercatorShapefileWithPrjIsReprojected() throws Exception {
        Path shp = ImportFixtures.shapefile(dir, "plannen", List.of(fromRd(A, 3857), fromRd(B, 3857)), ROWS,
                ImportFixtures.MERCATOR_PRJ, "UTF-8", StandardCharsets.UTF_8, false);
        SourceData d = SourceReader.read(shp, null, ImportProgress.NONE);
        assertEquals(SourceFormat.SHAPEFILE, d.format());
        assertEquals(SourceCrs.WEB_MERCATOR, d.crs());
        assertEquals(List.of("NAAM", "FUNCTIE", "JAAR"), d.attributes());
        assertEquals("Waalfront", d.features().get(0).attributes().get("NAAM"));
        assertEquals(2045L, d.features().get(1).attributes().get("JAAR"));
        assertSameShape(A, d.features().get(0).geometry(), 1);
        assertSameShape(B, d.features().get(1).geometry(), 1);
    }

    @Test
    void rdShapefileWithHoleAndZValuesInAZipIsRead() throws Exception {
        Polygon withHole = (Polygon) rdSquare(5.86, 51.845, 400).difference(rdSquare(5.8615, 51.8465, 50));
        Path sub = dir.resolve("los");
        ImportFixtures.shapefile(sub, "gebied", List.of(withHole, B), ROWS, ImportFixtures.RD_PRJ, null, StandardCharsets.UTF_8, true);
        Path zip = ImportFixtures.zip(sub, "gebied", dir.resolve("gebied.zip"), "map");
        SourceData d = SourceReader.read(zip, null, ImportProgress.NONE);
        assertEquals(List.of("gebied"), d.tables());
        assertEquals(SourceCrs.RD_NEW, d.crs());
        Geometry g = d.features().get(0).geometry();
        assertEquals(1, ((Polygon) g).getNumInteriorRing(), "the counter-clockwise ring is a hole");
        assertSameShape(withHole, g, 0.01);
    }

    @Test
    void shapefileWithoutPrjIsJudgedByItsCoordinatesWithAWarning() throws Exception {
        Path shp = ImportFixtures.shapefile(dir, "zonderprj", List.of(A), List.of(ROWS.get(0)), null, null, StandardCharsets.UTF_8, false);
        SourceData d = SourceReader.read(shp, null, ImportProgress.NONE);
        assertEquals(SourceCrs.RD_NEW, d.crs());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("geen .prj-bestand")), d.warnings().toString());
    }

    @Test
    void attributesThatAreNotUtf8AreReadAsWindows1252WithAWarningOrAsTheCpgSays() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        List<Map<String, Object>> rows = List.of(row("NAAM", "Café Oosterhout", "FUNCTIE", "wonen"));
        Path noCpg = ImportFixtures.shapefile(dir.resolve("a"), "oud", List.of(A), rows, ImportFixtures.RD_PRJ, null, cp1252, false);
        SourceData d = SourceReader.read(noCpg, null, ImportProgress.NONE);
        assertEquals("Café Oosterhout", d.features().get(0).attributes().get("NAAM"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("windows-1252")), d.warnings().toString());
        Path withCpg = ImportFixtures.shapefile(dir.resolve("b"), "oud", List.of(A), rows, ImportFixtures.RD_PRJ, "1252", cp1252, false);
        SourceData e = SourceReader.read(withCpg, null, ImportProgress.NONE);
        assertEquals("Café Oosterhout", e.features().get(0).attributes().get("NAAM"));
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
        Path geojson = dir.resolve("ansi.geojson");
        Files.write(geojson, geoJson(null, fromRd(A, 4326), "{\"naam\": \"Café\"}").getBytes(cp1252));
        SourceData g = SourceReader.read(geojson, null, ImportProgress.NONE);
        assertEquals("Café", g.features().get(0).attributes().get("naam"));
        assertTrue(g.warnings().stream().anyMatch(w -> w.contains("windows-1252")), g.warnings().toString());
    }

    @Test
    void invalidPolygonsAreRepairedAndCounted() throws Exception {
        double[] p = nl.ruimteverkenner.geo.RdNew.toRd(5.86, 51.845);
        Polygon bowTie = GF.createPolygon(new Coordinate[] {new Coordinate(p[0], p[1]), new Coordinate(p[0] + 200, p[1] + 200),
                new Coordinate(p[0] + 200, p[1]), new Coordinate(p[0], p[1] + 200), new Coordinate(p[0], p[1])});
        Path f = ImportFixtures.geoPackage(dir.resolve("krom.gpkg"), "vlakken", 28992, "POLYGON", List.of(bowTie, A),
                List.of(ROWS.get(0), ROWS.get(1)), false);
        SourceData d = SourceReader.read(f, null, ImportProgress.NONE);
        assertEquals(1, d.repaired());
        assertTrue(d.features().get(0).geometry().isValid());
        assertEquals(20_000, d.features().get(0).geometry().getArea(), 1, "both lobes of the bow-tie are kept");
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("1 ongeldige vlakken")), d.warnings().toString());
    }

    @Test
    void readingStopsWhenCancelled() throws Exception {
        List<Geometry> many = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(rdSquare(5.5 + (i % 50) * 0.01, 51.8 + (i / 50) * 0.005, 50));
            rows.add(row("naam", "p" + i));
        }
        Path f = ImportFixtures.geoPackage(dir.resolve("veel.gpkg"), "vlakken", 28992, "POLYGON", many, rows, false);
        List<Long> seen = new ArrayList<>();
        ImportProgress cancelAfterFirst = new ImportProgress() {
            @Override
            public void progress(long done, long total) {
                seen.add(done);
                assertEquals(2500, total);
            }

            @Override
            public boolean isCancelled() {
                return !seen.isEmpty();
            }
        };
        assertThrows(CancellationException.class, () -> SourceReader.read(f, null, cancelAfterFirst));
        assertEquals(List.of(1000L), seen);
    }

    // ---- bad input: a clear Dutch message naming the file ----

    @Test
    void mixedGeometryTypesAreRefused() throws Exception {
        Path f = dir.resolve("gemengd.geojson");
        String point = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[5.86,51.845]}}";
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[" + feature(fromRd(A, 4326), "{}") + "," + point + "]}");
        ImportException e = assertThrows(ImportException.class, () -> SourceReader.read(f, null, ImportProgress.NONE));
        assertEquals("gemengd.geojson bevat verschillende soorten geometrie door elkaar (vlakken en punten). Eén laag heeft één "
                + "soort: splits het bestand, bijvoorbeeld in QGIS.", e.getMessage());
    }

    @Test
    void emptyFilesAreRefused() throws Exception {
        Path geojson = dir.resolve("leeg.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertEquals("leeg.geojson bevat geen objecten; er is niets toegevoegd.",
                assertThrows(ImportException.class, () -> SourceReader.read(geojson, null, ImportProgress.NONE)).getMessage());
        Path blank = dir.resolve("niets.geojson");
        Files.writeString(blank, "");
        assertTrue(assertThrows(ImportException.class, () -> SourceReader.read(blank, null, ImportProgress.NONE))
                .getMessage().startsWith("niets.geojson bevat geen objecten"));
        Path gpkg = ImportFixtures.geoPackage(dir.resolve("leeg.gpkg"), "vlakken", 28992, "POLYGON", List.of(), List.of(), false);
        assertEquals("leeg.gpkg bevat geen objecten; er is niets toegevoegd.",
                assertThrows(ImportException.class, () -> SourceReader.read(gpkg, null, ImportProgress.NONE)).getMessage());
    }

    @Test
    void aTruncatedGeoJsonIsRefusedWithTheLineAndNoParserInternals() throws Exception {
        Path f = dir.resolve("afgebroken.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[\n");
        String message = assertThrows(ImportException.class, () -> SourceReader.read(f, null, ImportProgress.NONE)).getMessage();
        assertTrue(message.startsWith("afgebroken.geojson is geen geldige GeoJSON (regel 2): Unexpected end-of-input"), message);
        assertFalse(message.contains("Source:") || message.contains("start marker"), message);
    }

    @Test
    void featuresWithoutGeometryAndTablesWithoutGeometryColumnAreRefused() throws Exception {
        Path f = dir.resolve("zondervorm.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"a\":1},\"geometry\":null}]}");
        assertEquals("zondervorm.geojson bevat geen geometrie (alle objecten zonder vorm); er is niets toegevoegd.",
                assertThrows(ImportException.class, () -> SourceReader.read(f, null, ImportProgress.NONE)).getMessage());
        Path gpkg = ImportFixtures.geoPackage(dir.resolve("tabel.gpkg"), "vlakken", 28992, "POLYGON", List.of(A), List.of(ROWS.get(0)), false);
        ImportFixtures.attributesTable(gpkg, "adressen");
        assertEquals("tabel.gpkg: de tabel \"adressen\" heeft geen geometriekolom.",
                assertThrows(ImportException.class, () -> SourceReader.read(gpkg, "adressen", ImportProgress.NONE)).getMessage());
    }

    @Test
    void unknownCoordinateSystemsAreRefused() throws Exception {
        Path utm = ImportFixtures.shapefile(dir, "utm", List.of(A), List.of(ROWS.get(0)), ImportFixtures.UTM_PRJ, null,
                StandardCharsets.UTF_8, false);
        String m = assertThrows(ImportException.class, () -> SourceReader.read(utm, null, ImportProgress.NONE)).getMessage();
        assertTrue(m.startsWith("utm.shp gebruikt een onbekend coördinatenstelsel (PROJCS[\"ETRS_1989_UTM_Zone_31N\""), m);
        Path gpkg = ImportFixtures.geoPackage(dir.resolve("utm.gpkg"), "vlakken", 32631, "POLYGON", List.of(A), List.of(ROWS.get(0)), false);
        assertTrue(assertThrows(ImportException.class, () -> SourceReader.read(gpkg, null, ImportProgress.NONE)).getMessage()
                .startsWith("utm.gpkg gebruikt een onbekend coördinatenstelsel (EPSG:32631)"));
        Path far = dir.resolve("ver.geojson");
        Files.writeString(far, geoJson(null, GF.createPoint(new Coordinate(2_000_000, 9_000_000)), "{}"));
        assertTrue(assertThrows(ImportException.class, () -> SourceReader.read(far, null, ImportProgress.NONE)).getMessage()
                .startsWith("ver.geojson zegt niet in welk coördinatenstelsel het staat"));
        Path mislabelled = dir.resolve("verkeerd.geojson");
        Files.writeString(mislabelled, geoJson("EPSG:28992", fromRd(A, 4326), "{}"));
        assertTrue(assertThrows(ImportException.class, () -> SourceReader.read(mislabelled, null, ImportProgress.NONE)).getMessage()
                .startsWith("verkeerd.geojson: de coördinaten (x 5.860..5.863, y 51.845..51.847) passen niet bij RD New (EPSG:28992)"));
    }

    @Test
    void shapefileWithoutDbfIsRefused() throws Exception {
        Path shp = ImportFixtures.shapefile(dir, "los", List.of(A), List.of(ROWS.get(0)), ImportFixtures.RD_PRJ, null,
                StandardCharsets.UTF_8, false);
        Files.delete(dir.resolve("los.dbf"));
        assertEquals("los.shp: het .dbf-bestand met de attributen ontbreekt; een Shapefile bestaat uit ten minste .shp en .dbf "
                + "met dezelfde naam.", assertThrows(ImportException.class, () -> SourceReader.read(shp, null, ImportProgress.NONE)).getMessage());
        Path junk = dir.resolve("kapot.shp");
        Files.writeString(junk, "geen shapefile");
        Files.writeString(dir.resolve("kapot.dbf"), "x");
        assertTrue(assertThrows(ImportException.class, () -> SourceReader.read(junk, null, ImportProgress.NONE)).getMessage()
                .startsWith("kapot.shp is geen geldige Shapefile"));
    }

    @Test
    void aFileThatIsNoGeoPackageIsRefused() throws Exception {
        Path f = dir.resolve("nep.gpkg");
        Files.writeString(f, "dit is tekst");
        assertEquals("nep.gpkg is geen GeoPackage (geen SQLite-bestand met gpkg_contents).",
                assertThrows(ImportException.class, () -> SourceReader.read(f, null, ImportProgress.NONE)).getMessage());
        Path sqlite = dir.resolve("sqlite.gpkg");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + sqlite.toAbsolutePath()); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (a INTEGER)");
        }
        assertEquals("sqlite.gpkg is geen GeoPackage (geen SQLite-bestand met gpkg_contents).",
                assertThrows(ImportException.class, () -> SourceReader.read(sqlite, null, ImportProgress.NONE)).getMessage());
        Path other = dir.resolve("tekst.txt");
        Files.writeString(other, "x");
        assertTrue(assertThrows(ImportException.class, () -> SourceReader.read(other, null, ImportProgress.NONE)).getMessage()
                .startsWith("tekst.txt: onbekend bestandsformaat"));
    }

    @Test
    void crsIsRecognisedFromNamesAndWkt() {
        assertEquals(SourceCrs.WGS84, SourceCrs.ofName("urn:ogc:def:crs:OGC:1.3:CRS84").orElseThrow());
        assertEquals(SourceCrs.RD_NEW, SourceCrs.ofName("urn:ogc:def:crs:EPSG::28992").orElseThrow());
        assertEquals(SourceCrs.ETRS89, SourceCrs.ofName("EPSG:4258").orElseThrow());
        assertEquals(SourceCrs.WEB_MERCATOR, SourceCrs.ofName("EPSG:3857").orElseThrow());
        assertTrue(SourceCrs.ofName("EPSG:32631").isEmpty());
        assertEquals(SourceCrs.RD_NEW, SourceCrs.ofWkt(ImportFixtures.RD_PRJ).orElseThrow());
        assertEquals(SourceCrs.WEB_MERCATOR, SourceCrs.ofWkt(ImportFixtures.MERCATOR_PRJ).orElseThrow());
        assertEquals(SourceCrs.ETRS89, SourceCrs.ofWkt("GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\",SPHEROID[\"GRS_1980\","
                + "6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]").orElseThrow());
        assertEquals(SourceCrs.WGS84, SourceCrs.ofWkt("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]").orElseThrow());
        assertTrue(SourceCrs.ofWkt(ImportFixtures.UTM_PRJ).isEmpty());
    }

    private static String geoJson(String crs, Geometry g, String props) {
        return "{\"type\":\"FeatureCollection\"," + (crs == null ? "" : "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}},")
                + "\"features\":[" + feature(g, props) + "]}";
    }

    private static String feature(Geometry g, String props) {
        String geometry;
        if (g instanceof Polygon p) {
            StringBuilder b = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
            Coordinate[] cs = p.getExteriorRing().getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                b.append(i == 0 ? "" : ",").append('[').append(cs[i].x).append(',').append(cs[i].y).append(",3.5]");
            }
            geometry = b.append("]]}").toString();
        } else {
            Coordinate c = g.getCoordinate();
            geometry = "{\"type\":\"Point\",\"coordinates\":[" + c.x + "," + c.y + "]}";
        }
        return "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":" + geometry + "}";
    }
}
