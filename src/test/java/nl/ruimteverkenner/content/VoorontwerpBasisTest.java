package nl.ruimteverkenner.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The basis of every schuurpunt in the Voorontwerp scenario: every feature says how its geometry was obtained
 * ({@code basis}), identical geometry is declared once ({@code sameAs}), and no hard claim rests on an assumption.
 * Reads the GeoJSON and rules.json directly for the properties the reader does not model yet.
 */
class VoorontwerpBasisTest {
    private static final Path FOLDER = TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024");
    private static final Set<String> BASES = Set.of("officieel", "schematisch", "aanname");
    /** Phrases with which a description says that the documents do not name or place the feature. */
    private static final Pattern NOT_IN_DOCUMENTS = Pattern.compile(
            "niet in de (tekst|bronnen)|niet bij naam|noemt geen (?!type)|niet uit de tekst|staat niet in|staan niet in"
                    + "|niet uit de bronnen|noemen geen", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, JsonNode> properties = new HashMap<>();
    private static final Map<String, String> geometry = new HashMap<>();
    private static final Map<String, JsonNode> rules = new HashMap<>();
    private static Scenario scenario;
    private static SchuurpuntEngine engine;

    @BeforeAll
    static void read() throws IOException {
        JsonNode manifest = JSON.readTree(FOLDER.resolve("scenario.json").toFile());
        for (JsonNode layer : manifest.get("layers")) {
            JsonNode fc = JSON.readTree(FOLDER.resolve(layer.get("file").asText()).toFile());
            for (JsonNode f : fc.get("features")) {
                String id = f.get("properties").get("id").asText();
                properties.put(id, f.get("properties"));
                geometry.put(id, f.get("geometry").toString());
            }
        }
        for (JsonNode r : JSON.readTree(FOLDER.resolve("rules.json").toFile()).get("rules")) {
            rules.put(r.get("id").asText(), r);
        }
        scenario = new ScenarioReader().read(FOLDER).scenario().orElseThrow();
        engine = new SchuurpuntEngine(scenario, Provinces.all());
    }

    private static String basis(String id) {
        return properties.get(id).path("basis").asText("");
    }

    private static boolean hasTag(JsonNode p, String tag) {
        for (JsonNode t : p.path("tags")) {
            if (t.asText().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyFeatureHasAValidBasis() {
        List<String> bad = new ArrayList<>();
        for (var e : properties.entrySet()) {
            if (!BASES.contains(basis(e.getKey()))) {
                bad.add(e.getKey());
            }
        }
        assertEquals(List.of(), bad, "features without a valid basis");
    }

    @Test
    void whatTheDocumentsDoNotPlaceIsAnAssumption() {
        List<String> bad = new ArrayList<>();
        for (var e : properties.entrySet()) {
            JsonNode p = e.getValue();
            boolean ext = hasTag(p, "ext");
            boolean says = NOT_IN_DOCUMENTS.matcher(p.path("description").asText()).find();
            boolean aanname = basis(e.getKey()).equals("aanname");
            if ((ext || says) != aanname || (says && !ext)) {
                bad.add(e.getKey() + " (ext=" + ext + ", description says not in documents=" + says + ", basis="
                        + basis(e.getKey()) + ")");
            }
        }
        assertEquals(List.of(), bad, "basis aanname <=> tag ext <=> description says the documents do not place it");
    }

    /** The primary of a feature: follow sameAs. */
    private static String root(String id) {
        String cur = id;
        for (int i = 0; i < 5; i++) {
            String next = properties.get(cur).path("sameAs").asText("");
            if (next.isEmpty()) {
                return cur;
            }
            cur = next;
        }
        throw new AssertionError("sameAs cycle at " + id);
    }

    @Test
    void identicalGeometryIsDeclaredWithSameAs() {
        Map<String, String> rootOfGeometry = new HashMap<>();
        List<String> bad = new ArrayList<>();
        for (var e : properties.entrySet()) {
            String same = e.getValue().path("sameAs").asText("");
            if (!same.isEmpty()) {
                assertTrue(properties.containsKey(same), e.getKey() + " sameAs unknown feature " + same);
                assertTrue(properties.get(same).path("sameAs").asText("").isEmpty(), "sameAs must point to a primary: " + e.getKey());
                if (!geometry.get(same).equals(geometry.get(e.getKey()))) {
                    bad.add(e.getKey() + " declares sameAs " + same + " but the geometry differs");
                }
            }
        }
        for (String id : properties.keySet()) {
            String previous = rootOfGeometry.putIfAbsent(geometry.get(id), root(id));
            if (previous != null && !previous.equals(root(id))) {
                bad.add(id + " has the same geometry as " + previous + " without sameAs");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void horizonAndCategoryAgree() {
        Map<String, Integer> expected = Map.of("gemaakt", 2030, "te-maken", 2050, "te-agenderen", 2100);
        List<String> bad = new ArrayList<>();
        for (var e : properties.entrySet()) {
            String cat = e.getValue().path("category").asText();
            Integer h = expected.get(cat);
            if (h != null && h != e.getValue().path("horizon").asInt()) {
                bad.add(e.getKey() + " " + cat + " " + e.getValue().path("horizon").asInt());
            }
        }
        assertEquals(List.of(), bad, "gemaakt = 2030, te maken = 2050, te agenderen = 2100 (bestaand: any)");
    }

    @Test
    void noHardClaimRestsOnAnAssumptionUnlessTheRuleSaysSo() {
        List<String> bad = new ArrayList<>();
        for (Horizon h : scenario.horizons()) {
            for (Schuurpunt s : engine.analyse(h)) {
                if (s.rule().relation() == Relation.KOPPELKANS) {
                    continue;
                }
                boolean aanname = basis(s.a().id()).equals("aanname") || basis(s.b().id()).equals("aanname");
                boolean allowed = rules.get(s.rule().id()).path("allowAanname").asBoolean(false);
                if (aanname && !allowed) {
                    bad.add(s.rule().id() + " " + s.a().id() + " x " + s.b().id() + " at " + h);
                }
            }
        }
        assertEquals(List.of(), bad);
        for (JsonNode r : rules.values()) {
            if (r.path("allowAanname").asBoolean(false)) {
                assertTrue(r.path("explanation").asText().contains("aanname"),
                        r.get("id").asText() + ": a rule that counts assumptions says why in its explanation");
            }
        }
    }

    @Test
    void theLargestConflictsRestOnNoAssumption() {
        for (Horizon h : List.of(Horizon.H2030, Horizon.H2050)) {
            List<Schuurpunt> top = engine.analyse(h).stream()
                    .filter(s -> s.rule().relation() == Relation.CONFLICT)
                    .sorted(Comparator.comparingDouble(Schuurpunt::areaHa).reversed())
                    .limit(10).toList();
            assertTrue(top.size() >= 5, "conflicts at " + h);
            for (Schuurpunt s : top) {
                assertNotEquals("aanname", basis(s.a().id()), s.toString());
                assertNotEquals("aanname", basis(s.b().id()), s.toString());
            }
        }
    }

    @Test
    void noRuleCountsTheSamePlaceTwice() {
        List<String> bad = new ArrayList<>();
        for (Horizon h : scenario.horizons()) {
            Set<String> seen = new HashSet<>();
            for (Schuurpunt s : engine.analyse(h)) {
                String a = root(s.a().id());
                String b = root(s.b().id());
                if (a.equals(b)) {
                    bad.add(s.rule().id() + ": " + s.a().id() + " and " + s.b().id() + " are one place at " + h);
                }
                String key = s.rule().id() + "|" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
                if (!seen.add(key)) {
                    bad.add(s.rule().id() + ": " + s.a().id() + " x " + s.b().id() + " counted twice at " + h);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void sturendOnlyWhereWaterEnBodemIsASide() throws IOException {
        JsonNode r = rules.get("wind-op-zee-en-scheepvaart");
        assertTrue(r.path("sturend").isMissingNode(), "shipping lanes are not the water and soil system");
        assertTrue(Files.readString(FOLDER.resolve("rules.json")).contains("allowAanname"));
    }
}
