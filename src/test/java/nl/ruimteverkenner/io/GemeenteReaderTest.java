package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.model.Gemeente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GemeenteReaderTest {
    @TempDir
    Path dir;

    @Test
    void cbsFileInWgs84GivesAll342Gemeenten() {
        Path cbs = TestScenarios.shared().resolve("geodata/cbs-gemeenten-2025.geojson");
        assumeTrue(Files.exists(cbs), "needs ../shared/geodata");
        GemeenteReader.Result r = new GemeenteReader().read(cbs);
        assertTrue(r.problems().stream().noneMatch(Problem::isError), r.problems().toString());
        assertEquals(342, r.gemeenten().size());
        Gemeente amsterdam = r.gemeenten().stream().filter(g -> g.code().equals("GM0363")).findFirst().orElseThrow();
        assertEquals("Amsterdam", amsterdam.name());
        // Amsterdam is roughly 219 km² (land and water)
        assertEquals(219, amsterdam.rd().getArea() / 1e6, 25);
    }

    @Test
    void rdNewFileIsRecognisedAndReprojected() throws Exception {
        String square = "[[[120000,480000],[122000,480000],[122000,482000],[120000,482000],[120000,480000]]]";
        Files.writeString(dir.resolve("rd.geojson"), """
                { "type": "FeatureCollection",
                  "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::28992" } },
                  "features": [ { "type": "Feature", "properties": { "statcode": "PROEF1", "statnaam": "Proefgemeente" },
                    "geometry": { "type": "Polygon", "coordinates": %s } } ] }
                """.formatted(square));
        GemeenteReader.Result r = new GemeenteReader().read(dir.resolve("rd.geojson"));
        assertTrue(r.usable(), r.problems().toString());
        Gemeente g = r.gemeenten().get(0);
        assertEquals(400.0, g.rd().getArea() / 10_000, 0.01, "2 km × 2 km = 400 ha");
        double[] lonLat = RdNew.toWgs84(121_000, 481_000);
        assertTrue(g.lonLat().getEnvelopeInternal().contains(lonLat[0], lonLat[1]));
        assertTrue(g.lonLat().getEnvelopeInternal().getMaxX() < 7.5, "reprojected to degrees");
    }

    @Test
    void rdWithoutCrsMemberIsRecognisedByItsMetres() throws Exception {
        Files.writeString(dir.resolve("rd2.geojson"), String.format(Locale.ROOT, """
                { "type": "FeatureCollection", "features": [ { "type": "Feature",
                  "properties": { "gemeentecode": "GM0001", "gemeentenaam": "Test" },
                  "geometry": { "type": "Polygon", "coordinates": [[[150000,450000],[151000,450000],[151000,451000],[150000,450000]]] } } ] }
                """));
        GemeenteReader.Result r = new GemeenteReader().read(dir.resolve("rd2.geojson"));
        assertTrue(r.usable(), r.problems().toString());
        assertEquals(50.0, r.gemeenten().get(0).rd().getArea() / 10_000, 0.01);
    }

    @Test
    void malformedFileGivesADutchMessage() throws Exception {
        Files.writeString(dir.resolve("kapot.geojson"), "{ \"type\": \"FeatureCollection\", \"features\": [");
        GemeenteReader.Result r = new GemeenteReader().read(dir.resolve("kapot.geojson"));
        assertFalse(r.usable());
        assertEquals("kapot.geojson", r.problems().get(0).file());
        assertTrue(r.problems().get(0).describe().startsWith("fout: kapot.geojson, 1:"), r.problems().get(0).describe());
    }

    @Test
    void fileWithoutTheExpectedPropertiesIsRefused() throws Exception {
        Files.writeString(dir.resolve("anders.geojson"), """
                { "type": "FeatureCollection", "features": [ { "type": "Feature", "properties": { "name": "X" },
                  "geometry": { "type": "Point", "coordinates": [5, 52] } } ] }
                """);
        GemeenteReader.Result r = new GemeenteReader().read(dir.resolve("anders.geojson"));
        assertFalse(r.usable());
        assertTrue(r.problems().get(0).message().contains("statcode"), r.problems().get(0).message());
    }
    private static final String RD_CRS = "\"crs\": { \"type\": \"name\", \"properties\": { \"name\": \"urn:ogc:def:crs:EPSG::28992\" } },";

    private Path collection(String name, String crs, String... polygons) throws Exception {
        StringBuilder features = new StringBuilder();
        for (int i = 0; i < polygons.length; i++) {
            features.append(i == 0 ? "" : ",").append("""
                    { "type": "Feature", "properties": { "statcode": "GM900%d", "statnaam": "Proef %d" },
                      "geometry": { "type": "Polygon", "coordinates": %s } }""".formatted(i, i, polygons[i]));
        }
        return Files.writeString(dir.resolve(name), "{ \"type\": \"FeatureCollection\", " + crs + " \"features\": [" + features + "] }");
    }

    @Test
    void wgs84NumbersDeclaredAsRdNewAreRefusedWithAMessageThatSaysSo() throws Exception {
        // Nijmegen-ish in degrees, but the file says RD New: read as metres it would be a speck off the coast of Africa
        Path file = collection("nijmegen.geojson", RD_CRS, "[[[5.80,51.80],[5.90,51.80],[5.90,51.86],[5.80,51.86],[5.80,51.80]]]");
        GemeenteReader.Result r = new GemeenteReader().read(file);
        assertFalse(r.usable(), r.gemeenten().toString());
        Problem p = r.problems().get(0);
        assertTrue(p.isError());
        assertEquals("nijmegen.geojson", p.file());
        assertEquals("crs", p.location());
        assertTrue(p.message().contains("lijken WGS84 (graden) maar het bestand zegt RD New (EPSG:28992)"), p.message());
    }

    @Test
    void rdNumbersDeclaredAsWgs84AreRefusedToo() throws Exception {
        String crs = "\"crs\": { \"type\": \"name\", \"properties\": { \"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\" } },";
        Path file = collection("rd-als-wgs.geojson", crs,
                "[[[120000,480000],[122000,480000],[122000,482000],[120000,482000],[120000,480000]]]");
        GemeenteReader.Result r = new GemeenteReader().read(file);
        assertFalse(r.usable());
        assertTrue(r.problems().get(0).message().contains("lijken RD New (meters) maar het bestand zegt WGS84 (EPSG:4326)"),
                r.problems().toString());
    }

    @Test
    void coordinatesFarFromTheNetherlandsAreRefusedAndOneStrayGemeenteIsSkipped() throws Exception {
        String good = "[[[120000,480000],[122000,480000],[122000,482000],[120000,482000],[120000,480000]]]";
        String far = "[[[155000,3000000],[160000,3000000],[160000,3005000],[155000,3000000]]]";
        GemeenteReader.Result all = new GemeenteReader().read(collection("ver.geojson", RD_CRS, far));
        assertFalse(all.usable());
        assertTrue(all.problems().get(0).message().contains("liggen niet in of bij Nederland in RD New (EPSG:28992)"),
                all.problems().toString());

        GemeenteReader.Result one = new GemeenteReader().read(collection("een.geojson", RD_CRS, good, far));
        assertEquals(1, one.gemeenten().size());
        assertEquals("GM9000", one.gemeenten().get(0).code());
        assertTrue(one.problems().stream().anyMatch(p -> p.isError() && p.location().equals("features[1].geometry")
                && p.message().contains("\"Proef 1\" ligt niet in of bij Nederland")), one.problems().toString());
    }
    @Test
    void aBinaryFileThatIsNotGeoJsonSaysSoInDutch() throws Exception {
        Path bin = Files.write(dir.resolve("grenzen.geojson"), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, 0, 1, 2});
        GemeenteReader.Result r = new GemeenteReader().read(bin);
        assertFalse(r.usable());
        assertTrue(r.problems().get(0).message().contains("geen GeoJSON (geen leesbare UTF-8-tekst)"), r.problems().toString());
        Path gpkg = Files.write(dir.resolve("grenzen.gpkg"), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, 0, 1, 2});
        GemeenteReader.Result g = new GemeenteReader().read(gpkg);
        assertTrue(g.problems().get(0).message().startsWith("grenzen.gpkg is geen GeoPackage (SQLite)"), g.problems().toString());
    }

    @Test
    void aPipeAsGemeenteFileIsRefusedInsteadOfHangingForever(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("gemeenten.geojson");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo not available");
        GemeenteReader.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new GemeenteReader().read(fifo));
        assertFalse(r.usable());
        assertTrue(r.problems().get(0).message().contains("geen gewoon bestand"), r.problems().toString());
    }
}
