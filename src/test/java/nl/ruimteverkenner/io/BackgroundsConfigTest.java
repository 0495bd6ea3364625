package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background configuration: the bundled list, a replacement in the data folder, and broken files. */
class BackgroundsConfigTest {
    @TempDir
    Path dir;

    @Test
    void theBundledListHasOpenStreetMapPdokAndTheLuchtfoto() {
        BackgroundsConfig.Loaded loaded = BackgroundsConfig.load(dir);
        assertTrue(loaded.problem().isEmpty());
        assertEquals(List.of("osm", "brt-standaard", "brt-grijs", "brt-pastel", "luchtfoto"),
                loaded.sources().stream().map(TileSource::id).toList());
        TileSource grijs = loaded.find("brt-grijs").orElseThrow();
        assertEquals("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/7/65/42.png",
                grijs.tileUri(7, 65, 42).toString());
        assertEquals("Kaartgegevens © Kadaster", grijs.attribution());
        assertEquals("service.pdok.nl", grijs.host());
        TileSource foto = loaded.find("luchtfoto").orElseThrow();
        assertEquals("jpeg", foto.format());
        assertEquals("jpg", foto.extension());
        assertTrue(foto.tileUri(12, 2105, 1350).toString().endsWith("/Actueel_orthoHR/EPSG:3857/12/2105/1350.jpeg"));
        assertTrue(foto.attribution().contains("Beeldmateriaal Nederland"));
        TileSource osm = loaded.find("osm").orElseThrow();
        assertEquals("tile.openstreetmap.org", osm.host());
        assertEquals("© OpenStreetMap-bijdragers", osm.attribution());
        for (TileSource s : loaded.sources()) {
            assertTrue(s.tileUri(0, 0, 0).getScheme().equals("https"), s.id());
            assertTrue(s.maxZoom() >= 16, s.id() + " must reach the map's deepest zoom level");
        }
    }

    @Test
    void aValidFileInTheDataFolderReplacesTheList() throws IOException {
        Files.writeString(dir.resolve("backgrounds.json"), """
                { "backgrounds": [ { "id": "eigen", "name": "Eigen server", "url": "http://127.0.0.1:8080/{z}/{x}/{y}.jpg",
                  "maxZoom": 14, "format": "jpg", "attribution": "© wij" } ] }""");
        BackgroundsConfig.Loaded loaded = BackgroundsConfig.load(dir);
        assertTrue(loaded.problem().isEmpty());
        TileSource s = loaded.sources().get(0);
        assertEquals(1, loaded.sources().size());
        assertEquals("jpeg", s.format());
        assertEquals(0, s.minZoom());
        assertEquals(14, s.maxZoom());
        assertEquals(25_000, s.typicalBytes());
    }

    @Test
    void aBrokenFileInTheDataFolderIsReportedAndTheBundledListUsed() throws IOException {
        Path file = dir.resolve("backgrounds.json");
        Files.writeString(file, "{ \"backgrounds\": [ { \"id\": \"x\" ");
        BackgroundsConfig.Loaded loaded = BackgroundsConfig.load(dir);
        String problem = loaded.problem().orElseThrow();
        assertTrue(problem.contains("backgrounds.json") && problem.contains("geen geldige JSON"), problem);
        assertTrue(problem.contains("meegeleverde"), problem);
        assertEquals(BackgroundsConfig.bundled(), loaded.sources());
        assertEquals("{ \"backgrounds\": [ { \"id\": \"x\" ", Files.readString(file), "the user's file is left alone");
    }

    @Test
    void eachMistakeHasItsOwnDutchMessage() {
        assertProblem("[]", "geen lijst");
        assertProblem("{\"backgrounds\": [ {\"id\": \"a\", \"name\": \"A\", \"url\": \"https://h/{z}/{x}.png\", \"maxZoom\": 5,"
                + " \"attribution\": \"x\"} ]}", "{z}, {x} en {y}");
        assertProblem("{\"backgrounds\": [ {\"id\": \"a\", \"name\": \"A\", \"url\": \"ftp://h/{z}/{x}/{y}.png\", \"maxZoom\": 5,"
                + " \"attribution\": \"x\"} ]}", "geen http- of https-adres");
        assertProblem("{\"backgrounds\": [ {\"id\": \"a\", \"name\": \"A\", \"url\": \"https://h/{z}/{x}/{y}.png\", \"maxZoom\": 5} ]}",
                "'attribution' ontbreekt");
        assertProblem("{\"backgrounds\": [ {\"id\": \"A b\", \"name\": \"A\", \"url\": \"https://h/{z}/{x}/{y}.png\", \"maxZoom\": 5,"
                + " \"attribution\": \"x\"} ]}", "kleine letters");
        assertProblem("{\"backgrounds\": [ {\"id\": \"a\", \"name\": \"A\", \"url\": \"https://h/{z}/{x}/{y}.png\", \"maxZoom\": 30,"
                + " \"attribution\": \"x\"} ]}", "minZoom en maxZoom");
        assertProblem("{\"backgrounds\": [ {\"id\": \"a\", \"name\": \"A\", \"url\": \"https://h/{z}/{x}/{y}.webp\", \"maxZoom\": 5,"
                + " \"format\": \"webp\", \"attribution\": \"x\"} ]}", "'webp'");
        String one = "{\"id\": \"a\", \"name\": \"A\", \"url\": \"https://h/{z}/{x}/{y}.png\", \"maxZoom\": 5, \"attribution\": \"x\"}";
        assertProblem("{\"backgrounds\": [ " + one + ", " + one + " ]}", "komt al eerder voor");
    }

    private static void assertProblem(String json, String expected) {
        IOException e = assertThrows(IOException.class,
                () -> BackgroundsConfig.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains(expected), e.getMessage() + " should say " + expected);
    }
}
