package nl.ruimteverkenner.io.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;

/** The bundled catalogue of official datasets: complete entries that fit layers of the voorontwerp. */
class OfficialCatalogueTest {
    @Test
    void everyEntryIsCompleteAndFitsALayerOfTheVoorontwerp() throws IOException {
        List<OfficialDatasets.Entry> entries;
        try (InputStream in = OfficialDatasets.class.getResourceAsStream(OfficialDatasets.CATALOGUE)) {
            entries = OfficialDatasets.parse(in);
        }
        assertEquals(entries, OfficialDatasets.catalogue());
        assertTrue(entries.size() >= 4, "a short catalogue, not an empty one");
        ScenarioLoad load = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
        Scenario s = load.scenario().orElseThrow();
        Set<String> layerIds = s.layers().stream().map(Layer::id).collect(Collectors.toSet());
        for (OfficialDatasets.Entry e : entries) {
            for (String l : e.layers()) {
                assertTrue(layerIds.contains(l), e.id() + " fits no layer " + l);
            }
            assertFalse(e.title().isBlank() || e.organisation().isBlank() || e.licence().isBlank() || e.collection().isBlank(), e.id());
            assertTrue(e.url().startsWith("https://"), e.id() + ": official services are on https");
            assertFalse(e.verified(), e.id() + ": no address could be checked online from here; say so");
        }
        for (String layer : List.of("natuur", "uiterwaarden", "zoetwater-drinkwater")) {
            assertTrue(entries.stream().anyMatch(e -> e.layers().contains(layer)), "a dataset for " + layer);
        }
        assertTrue(entries.stream().anyMatch(e -> e.service() == OfficialDatasets.Service.WFS));
        assertTrue(entries.stream().anyMatch(e -> e.service() == OfficialDatasets.Service.OGC_API_FEATURES));
    }

    @Test
    void anIncompleteEntryIsRefused() {
        String ok = "\"id\":\"x\",\"title\":\"X\",\"organisation\":\"O\",\"service\":\"wfs\",\"url\":\"https://a.b/wfs\","
                + "\"collection\":\"c\",\"licence\":\"CC0\",\"layers\":[\"natuur\"],\"verified\":false";
        assertEquals(1, parse("{\"datasets\":[{" + ok + "}]}").size());
        for (String broken : List.of(ok.replace("\"licence\":\"CC0\",", ""), ok.replace("wfs\",\"url", "wms\",\"url"),
                ok.replace("[\"natuur\"]", "[]"), ok.replace("https://a.b/wfs", "ftp://a.b"), ok.replace(",\"verified\":false", ""))) {
            assertThrows(IOException.class, () -> OfficialDatasets.parse(stream("{\"datasets\":[{" + broken + "}]}")), broken);
        }
        assertThrows(IOException.class, () -> OfficialDatasets.parse(stream("{\"datasets\":[{" + ok + "},{" + ok + "}]}")), "duplicate id");
    }

    private static List<OfficialDatasets.Entry> parse(String json) {
        try {
            return OfficialDatasets.parse(stream(json));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
