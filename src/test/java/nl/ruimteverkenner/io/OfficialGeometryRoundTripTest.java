package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.edit.OfficialGeometry;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.imports.SourceFeature;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** A scenario with linked official geometry is saved and read back with both versions of the layer. */
class OfficialGeometryRoundTripTest {
    private static final OfficialGeometry.Dataset DATASET =
            new OfficialGeometry.Dataset("Natura 2000-gebieden", "Ministerie van LVVN", "2025-03-01", "");

    @TempDir
    Path dir;

    private static Scenario read(Path folder) {
        ScenarioLoad load = new ScenarioReader().read(folder);
        assertTrue(load.isValid(), () -> folder + ": " + load.problems());
        assertTrue(load.problems().isEmpty(), () -> "no warnings either: " + load.problems());
        return load.scenario().orElseThrow();
    }

    private static SourceFeature square(double lon, double lat, String name) {
        double[] c = RdNew.toRd(lon, lat);
        GeometryFactory gf = new GeometryFactory();
        Geometry g = gf.createPolygon(new Coordinate[] {new Coordinate(c[0] - 2000, c[1] - 2000), new Coordinate(c[0] + 2000, c[1] - 2000),
                new Coordinate(c[0] + 2000, c[1] + 2000), new Coordinate(c[0] - 2000, c[1] + 2000), new Coordinate(c[0] - 2000, c[1] - 2000)});
        return new SourceFeature(g, Map.of("naam", name));
    }

    private static void assertSameFeatures(List<Feature> expected, List<Feature> actual) {
        assertEquals(expected.stream().map(Feature::id).toList(), actual.stream().map(Feature::id).toList());
        for (int i = 0; i < expected.size(); i++) {
            Feature e = expected.get(i);
            Feature a = actual.get(i);
            assertEquals(e.basis(), a.basis(), e.id());
            assertEquals(e.sources(), a.sources(), e.id());
            assertEquals(e.sameAs(), a.sameAs(), e.id());
            assertEquals(e.tags(), a.tags(), e.id());
            assertTrue(e.geometry().norm().equalsExact(a.geometry().norm(), 1e-7), e.id());
        }
    }

    @Test
    void bothTheOfficialAndTheSchematicGeometrySurviveSavingAndReading() throws Exception {
        Scenario original = read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
        Layer natuur = original.layer("natuur").orElseThrow();
        Scenario linked = OfficialGeometry.link(original, OfficialGeometry.matchByName(natuur,
                List.of(square(5.8, 52.15, "Veluwe"), square(4.8, 51.75, "Biesbosch")), "naam"), DATASET);
        new ScenarioWriter().save(linked, dir.resolve("gekoppeld"));
        assertTrue(Files.isRegularFile(dir.resolve("gekoppeld/layers/natuur.schematisch.geojson")));
        Scenario back = read(dir.resolve("gekoppeld"));
        Layer l = back.layer("natuur").orElseThrow();
        assertSameFeatures(linked.layer("natuur").orElseThrow().features(), l.features());
        assertEquals(Layer.Kind.SCHEMATISCH, l.aside().kind());
        assertSameFeatures(natuur.features(), l.aside().features());
        assertEquals(linked.source(DATASET.sourceId()), back.source(DATASET.sourceId()));

        // the schematic version shown: the official one is kept aside and comes back as well
        Scenario shown = OfficialGeometry.toggleSchematic(back, "natuur");
        new ScenarioWriter().save(shown, dir.resolve("schematisch"));
        Layer s = read(dir.resolve("schematisch")).layer("natuur").orElseThrow();
        assertTrue(s.showsSchematic());
        assertSameFeatures(natuur.features(), s.features());
        assertSameFeatures(l.features(), s.aside().features());
    }

    @Test
    void anExtentReplacingFeaturesThatKeuzesAndRulesNameIsReadBackWithoutProblems() throws Exception {
        Scenario original = read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
        // rules name b1-natuur-zee-* and keuzes name natuur features: they are aside now, and still known
        Scenario replaced = OfficialGeometry.extent(original, "natuur",
                List.of(square(5.8, 52.15, "Veluwe"), square(6.35, 52.95, "Fochteloërveen")), "naam", true, DATASET);
        new ScenarioWriter().save(replaced, dir.resolve("vervangen"));
        Scenario back = read(dir.resolve("vervangen"));
        assertSameFeatures(replaced.layer("natuur").orElseThrow().features(), back.layer("natuur").orElseThrow().features());
        assertSameFeatures(original.layer("natuur").orElseThrow().features(), back.layer("natuur").orElseThrow().aside().features());
        assertEquals(original.keuzes(), back.keuzes());
        assertEquals(original.rules().size(), back.rules().size());
    }

    @Test
    void anAsideFileThatIsMissingIsReported() throws Exception {
        Scenario original = read(TestScenarios.scenarios().resolve("demo"));
        Layer first = original.layers().get(0);
        Scenario linked = OfficialGeometry.toggleSchematic(original.toBuilder().layers(original.layers().stream()
                .map(l -> l == first ? l.withAside(new Layer.Version(Layer.Kind.SCHEMATISCH, l.features())) : l).toList()).build(),
                first.id());
        Path folder = dir.resolve("kapot");
        new ScenarioWriter().save(linked, folder);
        Path aside = folder.resolve("layers/" + first.id() + ".officieel.geojson");
        assertTrue(Files.isRegularFile(aside));
        Files.delete(aside);
        ScenarioLoad load = new ScenarioReader().read(folder);
        assertTrue(load.problems().stream().anyMatch(p -> p.describe().contains(first.id() + ".officieel.geojson")), () -> load.problems().toString());
    }
}
