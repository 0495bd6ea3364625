package nl.ruimteverkenner.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.basemap.BasemapData;
import nl.ruimteverkenner.io.PlainGeoJson;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/** The Voorontwerp Nota Ruimte scenario checked against its sources. */
class VoorontwerpScenarioTest {
    private static final Path FOLDER = TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024");
    private static final Pattern EXACT = Pattern.compile(
            "\\((Gemaakte keuze|Te maken keuze|Te agenderen keuze|Te maken/agenderen keuze)\\)");
    private static final Pattern VARIANT = Pattern.compile("\\((Gemaakte keuzes|Te maken keuzes|Te agenderen)\\)");
    private static ScenarioLoad load;
    private static Scenario scenario;

    @BeforeAll
    static void read() {
        load = new ScenarioReader().read(FOLDER);
        scenario = load.scenario().orElseThrow();
    }

    @Test
    void scenarioIsValidAndEveryKeuzeLinkResolves() {
        assertTrue(load.isValid(), () -> load.problems().toString());
        for (Keuze k : scenario.keuzes()) {
            for (String id : k.featureIds()) {
                assertTrue(scenario.feature(id).isPresent(), k.id() + " -> " + id);
            }
        }
    }

    @Test
    void everyCitationPointsToAnExistingPage() {
        List<Citation> all = new ArrayList<>();
        scenario.features().forEach(f -> all.addAll(f.sources()));
        scenario.keuzes().forEach(k -> all.add(k.source()));
        assertTrue(all.size() > 300);
        for (Citation c : all) {
            int pages = scenario.source(c.document()).orElseThrow().pages();
            assertTrue(c.page() >= 1 && c.page() <= pages, c.toString());
        }
        assertEquals(128, scenario.source("NR").orElseThrow().pages(), "the Voorontwerp has 128 pages");
    }

    /** Reads the register raw, for the line numbers it records per keuze. */
    private static Map<String, Integer> sourceLines() throws Exception {
        JsonNode root = new ObjectMapper().readTree(FOLDER.resolve("keuzes.json").toFile());
        Map<String, Integer> lines = new HashMap<>();
        root.get("keuzes").forEach(k -> {
            if (k.has("sourceLine")) {
                lines.put(k.get("id").asText(), k.get("sourceLine").asInt());
            }
        });
        return lines;
    }

    @Test
    void keuzesMatchTheLabelsInTheVoorontwerp() throws Exception {
        Path seed = TestScenarios.shared().resolve("seeds/voorontwerp-nota-ruimte-2024-06.txt");
        assumeTrue(Files.exists(seed), "needs ../shared/seeds");
        List<String> text = Files.readAllLines(seed);
        Map<String, Integer> lines = sourceLines();
        Map<Integer, String> exactLabels = new TreeMap<>();
        for (int i = 0; i < text.size(); i++) {
            Matcher m = EXACT.matcher(text.get(i));
            if (m.find()) {
                exactLabels.put(i + 1, m.group(1));
            }
        }
        assertEquals(157, exactLabels.size(), "exactly labelled keuzes in the Voorontwerp");

        Map<Theme, Integer> perTheme = new TreeMap<>();
        Map<KeuzeCategorie, Integer> perCategory = new TreeMap<>();
        Map<Integer, String> covered = new TreeMap<>();
        int variants = 0;
        for (Keuze k : scenario.keuzes()) {
            if (k.theme() == Theme.DEFENSIE || !k.source().document().equals("NR")) {
                continue; // Defensie keuzes come from headed paragraphs; Kamerbrief keuzes (2025) carry no Voorontwerp label
            }
            Integer line = lines.get(k.id());
            assertTrue(line != null, k.id() + " records its source line");
            String label = exactLabels.get(line);
            if (label == null) {
                assertTrue(VARIANT.matcher(text.get(line - 1)).find(), k.id() + ": no keuze label on line " + line);
                variants++;
                continue;
            }
            assertEquals(categoryOf(label), k.category(), k.id() + " on line " + line);
            assertTrue(covered.put(line, k.id()) == null, "line " + line + " registered twice");
            perTheme.merge(k.theme(), 1, Integer::sum);
            perCategory.merge(k.category(), 1, Integer::sum);
        }
        assertEquals(exactLabels.keySet(), covered.keySet(), "every labelled keuze is in the register");
        assertEquals(Map.of(Theme.BEWEGING_1, 36, Theme.BEWEGING_2, 72, Theme.BEWEGING_3, 49), perTheme);
        assertEquals(Map.of(KeuzeCategorie.GEMAAKT, 75, KeuzeCategorie.TE_MAKEN, 52, KeuzeCategorie.TE_AGENDEREN, 29,
                KeuzeCategorie.TE_MAKEN_OF_AGENDEREN, 1), perCategory);
        assertEquals(3, variants, "three beweging-2 keuzes carry a variant label: (Gemaakte keuzes), (Te maken keuzes), (Te agenderen)");
        assertTrue(scenario.keuzes().stream().anyMatch(k -> k.theme() == Theme.DEFENSIE), "Defensie keuzes present");
    }

    private static KeuzeCategorie categoryOf(String label) {
        return switch (label) {
            case "Gemaakte keuze" -> KeuzeCategorie.GEMAAKT;
            case "Te maken keuze" -> KeuzeCategorie.TE_MAKEN;
            case "Te agenderen keuze" -> KeuzeCategorie.TE_AGENDEREN;
            default -> KeuzeCategorie.TE_MAKEN_OF_AGENDEREN;
        };
    }

    /**
     * The Dutch part of the North Sea (territorial sea and exclusive economic zone up to the Doggersbank),
     * drawn roughly with some margin: enough to tell "in Dutch waters" from "somewhere else".
     */
    private static final double[][] DUTCH_SEA = {
        {3.36, 51.37}, {3.0, 51.45}, {2.5, 51.55}, {2.5, 51.95}, {3.0, 52.45}, {2.5, 53.0}, {2.7, 54.3},
        {2.9, 55.0}, {3.3, 55.85}, {4.4, 55.9}, {5.0, 55.6}, {5.9, 55.85}, {6.4, 55.0}, {6.6, 54.1},
        {7.25, 53.6}, {7.25, 53.2}, {6.9, 53.3}, {4.5, 52.0}, {3.36, 51.37}
    };
    @Test
    void everyFeatureLiesInOrNextToTheNetherlands() throws Exception {
        Geometry land;
        try (var in = BasemapData.class.getResourceAsStream("land.geojson")) {
            land = PlainGeoJson.read(in, "land").features().get(0).geometry();
        }
        GeometryFactory gf = new GeometryFactory();
        Coordinate[] ring = new Coordinate[DUTCH_SEA.length];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(DUTCH_SEA[i][0], DUTCH_SEA[i][1]);
        }
        // "next to": cross-border areas such as North Sea Port reach some 25 km into Belgium
        Geometry netherlands = land.buffer(0.35).union(gf.createPolygon(ring));
        PreparedGeometry area = PreparedGeometryFactory.prepare(netherlands);
        List<String> outside = new ArrayList<>();
        for (Feature f : scenario.features().toList()) {
            // at least 90 % of the feature (by area, length or points) lies in the Netherlands or its sea
            Geometry g = f.geometry();
            boolean ok;
            if (g.getDimension() == 2) {
                ok = g.intersection(netherlands).getArea() >= 0.9 * g.getArea();
            } else if (g.getDimension() == 1) {
                ok = g.intersection(netherlands).getLength() >= 0.9 * g.getLength();
            } else {
                ok = area.covers(g);
            }
            if (!ok) {
                outside.add(f.id());
            }
        }
        assertEquals(List.of(), outside, "features outside the Netherlands and its part of the North Sea");
    }

    @Test
    void everyGroupHasFeaturesAndSchematicOnesAreMarked() {
        for (Theme t : Theme.values()) {
            if (t == Theme.EIGEN_PLANNEN) {
                continue; // the group of layers a user imports
            }
            assertTrue(scenario.features().anyMatch(f -> f.theme() == t), "no features for " + t);
        }
        assertTrue(scenario.features().filter(Feature::schematic).count() > 100);
        assertTrue(scenario.features().allMatch(f -> !f.description().isBlank() && !f.sources().isEmpty()));
    }
}
