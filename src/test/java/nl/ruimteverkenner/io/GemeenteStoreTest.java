package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GemeenteStoreTest {
    @TempDir
    Path dir;

    private Path source() throws Exception {
        String square = "[[[120000,480000],[122000,480000],[122000,482000],[120000,482000],[120000,480000]]]";
        Path f = dir.resolve("rd.geojson");
        Files.writeString(f, """
                { "type": "FeatureCollection",
                  "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::28992" } },
                  "features": [ { "type": "Feature", "properties": { "statcode": "PROEF1", "statnaam": "Proefgemeente" },
                    "geometry": { "type": "Polygon", "coordinates": %s } } ] }
                """.formatted(square));
        return f;
    }

    @Test
    void aDamagedStoredCopyIsKeptBeforeAnImportReplacesIt() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve(GemeenteStore.FILE), "{ \"type\": \"FeatureCollection\", \"features\": [");
        GemeenteStore store = new GemeenteStore(data);
        assertTrue(store.importFile(source()).usable());
        Path kept = store.keptAside().orElseThrow();
        assertTrue(kept.getFileName().toString().matches("gemeenten\\.beschadigd-\\d{8}-\\d{6}(-\\d+)?\\.geojson"), kept.toString());
        assertEquals("{ \"type\": \"FeatureCollection\", \"features\": [", Files.readString(kept));
        assertTrue(store.loadStored().usable());
        // a readable stored copy is simply replaced
        GemeenteStore again = new GemeenteStore(data);
        assertTrue(again.importFile(source()).usable());
        assertEquals(Optional.empty(), again.keptAside());
    }
}
