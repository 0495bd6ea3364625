package nl.ruimteverkenner.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.imports.SourceFeature;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Linking a layer of the voorontwerp to official geometry: matching, the link itself, the extent, toggle and undo. */
class OfficialGeometryTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final OfficialGeometry.Dataset N2000 =
            new OfficialGeometry.Dataset("Natura 2000-gebieden", "Ministerie van LVVN", "2025-03-01", "https://example.test/n2000");
    private static Scenario voorontwerp;

    @BeforeAll
    static void read() {
        ScenarioLoad load = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
        voorontwerp = load.scenario().orElseThrow();
    }

    /** A square of {@code sideKm} around a lon/lat, in RD New. */
    private static Geometry squareRd(double lon, double lat, double sideKm) {
        double[] c = RdNew.toRd(lon, lat);
        double h = sideKm * 500;
        return GF.createPolygon(new Coordinate[] {new Coordinate(c[0] - h, c[1] - h), new Coordinate(c[0] + h, c[1] - h),
                new Coordinate(c[0] + h, c[1] + h), new Coordinate(c[0] - h, c[1] + h), new Coordinate(c[0] - h, c[1] - h)});
    }

    private static SourceFeature source(Geometry rd, Object... keyValues) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            a.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new SourceFeature(rd, a);
    }

    private static Layer natuur(Scenario s) {
        return s.layer("natuur").orElseThrow();
    }

    @Test
    void namesAreComparedWithoutCaseDiacriticsAndExtraWhitespace() {
        assertEquals("fochteloerveen", OfficialGeometry.normalise("  FochteloËrveen "));
        assertEquals("loonse en drunense duinen", OfficialGeometry.normalise("Loonse  en\tDrunense Duinen"));
        assertEquals(OfficialGeometry.normalise("Zuid-Limburg"), OfficialGeometry.normalise("zuid-limburg"));
        assertFalse(OfficialGeometry.normalise("Zuid-Limburg").equals(OfficialGeometry.normalise("Zuid Limburg")),
                "a hyphen is not whitespace");
    }

    @Test
    void featuresAreMatchedByTheirNameWhateverTheSpelling() {
        List<SourceFeature> src = List.of(
                source(squareRd(5.8, 52.15, 4), "naam", "VELUWE", "nummer", 57),
                source(squareRd(6.35, 52.95, 2), "naam", "Fochteloerveen", "nummer", 4),
                source(squareRd(6.40, 52.95, 1), "naam", " fochteloërveen", "nummer", 4),
                source(squareRd(4.0, 52.0, 1), "naam", "Nergensveld", "nummer", 999));
        OfficialGeometry.Match m = OfficialGeometry.matchByName(natuur(voorontwerp), src, "naam");
        assertEquals(List.of("b1-natuur-veluwe", "b1-natuur-fochteloerveen"), List.copyOf(m.matched().keySet()));
        assertEquals(2, m.matched().get("b1-natuur-fochteloerveen").size(), "both parts of the area");
        assertEquals(1, m.unused(), "Nergensveld matches nothing");
        assertEquals(natuur(voorontwerp).features().size() - 2, m.unmatched().size());
        assertTrue(m.unmatched().stream().anyMatch(f -> f.id().equals("b1-natuur-biesbosch")));
    }

    @Test
    void aWholeLabelMatchesToo() {
        List<SourceFeature> src = List.of(source(squareRd(5.4, 52.05, 3), "naam", "natura 2000 / nnn:  utrechtse heuvelrug"));
        OfficialGeometry.Match m = OfficialGeometry.matchByName(natuur(voorontwerp), src, "naam");
        assertEquals(List.of("b1-natuur-utrechtse-heuvelrug"), List.copyOf(m.matched().keySet()));
    }

    @Test
    void featuresAreMatchedByAnAttributeHoldingTheirId() {
        List<SourceFeature> src = List.of(source(squareRd(5.8, 52.15, 4), "ref", " b1-natuur-veluwe "),
                source(squareRd(5.9, 52.2, 1), "ref", "Veluwe"));
        OfficialGeometry.Match m = OfficialGeometry.matchById(natuur(voorontwerp), src, "ref");
        assertEquals(List.of("b1-natuur-veluwe"), List.copyOf(m.matched().keySet()));
        assertEquals(1, m.unused(), "a name is no id");
    }

    @Test
    void nothingMatchesAnAbsentAttributeOrUnknownNames() {
        List<SourceFeature> src = List.of(source(squareRd(5.8, 52.15, 4), "naam", "Veluwe"));
        OfficialGeometry.Match none = OfficialGeometry.matchByName(natuur(voorontwerp), src, "gebied");
        assertTrue(none.matched().isEmpty());
        assertEquals(natuur(voorontwerp).features().size(), none.unmatched().size());
        OfficialGeometry.Match unknown = OfficialGeometry.matchByName(natuur(voorontwerp),
                List.of(source(squareRd(5.8, 52.15, 4), "naam", "Veluwezoom-Noord")), "naam");
        assertTrue(unknown.matched().isEmpty());
        assertEquals(1, unknown.unused());
        assertThrows(IllegalArgumentException.class, () -> OfficialGeometry.link(voorontwerp, unknown, N2000));
    }

    @Test
    void matchedFeaturesGetTheOfficialGeometryBasisAndCitationAndTheSchematicOnesStayAside() {
        Geometry veluwe = squareRd(5.8, 52.15, 4);
        OfficialGeometry.Match m = OfficialGeometry.matchByName(natuur(voorontwerp),
                List.of(source(veluwe, "naam", "Veluwe")), "naam");
        Scenario linked = OfficialGeometry.link(voorontwerp, m, N2000);
        Feature before = voorontwerp.feature("b1-natuur-veluwe").orElseThrow();
        Feature after = linked.feature("b1-natuur-veluwe").orElseThrow();
        assertEquals(Basis.OFFICIEEL, after.basis());
        assertFalse(after.schematic());
        assertEquals(1600, RdNew.toRd(after.geometry()).getArea() / 10_000, 1, "4 km × 4 km in hectares");
        assertTrue(after.geometry().getEnvelopeInternal().getMaxX() < 7, "stored in WGS84");
        assertEquals(before.sources().size() + 1, after.sources().size(), "the documents stay cited");
        var cite = after.sources().get(after.sources().size() - 1);
        assertEquals(N2000.sourceId(), cite.document());
        assertTrue(cite.section().contains("Veluwe") && cite.section().contains("2025-03-01"), cite.section());
        var doc = linked.source(N2000.sourceId()).orElseThrow();
        assertEquals("Natura 2000-gebieden", doc.title());
        assertEquals("2025-03-01", doc.date());
        assertSame(voorontwerp.feature("b1-natuur-biesbosch").orElseThrow(), linked.feature("b1-natuur-biesbosch").orElseThrow(),
                "an unmatched feature stays as drawn");
        Layer layer = natuur(linked);
        assertTrue(layer.hasOfficialGeometry());
        assertFalse(layer.showsSchematic());
        assertEquals(Layer.Kind.SCHEMATISCH, layer.aside().kind());
        assertEquals(natuur(voorontwerp).features(), layer.aside().features(), "the schematic version is kept whole");
    }

    @Test
    void theSchematicVersionCanBeShownAgainAndComparedWith() {
        OfficialGeometry.Match m = OfficialGeometry.matchByName(natuur(voorontwerp),
                List.of(source(squareRd(5.8, 52.15, 4), "naam", "Veluwe")), "naam");
        Scenario linked = OfficialGeometry.link(voorontwerp, m, N2000);
        Scenario schematic = OfficialGeometry.toggleSchematic(linked, "natuur");
        assertTrue(natuur(schematic).showsSchematic());
        assertEquals(Basis.AANNAME, schematic.feature("b1-natuur-veluwe").orElseThrow().basis());
        assertEquals(natuur(voorontwerp).features(), natuur(schematic).features());
        assertEquals(natuur(linked), natuur(OfficialGeometry.toggleSchematic(schematic, "natuur")), "toggled back");
        assertEquals(natuur(schematic), natuur(OfficialGeometry.schematicScenario(linked)));
        assertEquals(natuur(schematic), natuur(OfficialGeometry.schematicScenario(schematic)), "already schematic");
    }

    @Test
    void linkingAgainKeepsTheFirstSchematicVersionAsideAndTheEarlierLinks() {
        OfficialGeometry.Match first = OfficialGeometry.matchByName(natuur(voorontwerp),
                List.of(source(squareRd(5.8, 52.15, 4), "naam", "Veluwe")), "naam");
        Scenario once = OfficialGeometry.link(voorontwerp, first, N2000);
        OfficialGeometry.Match second = OfficialGeometry.matchByName(natuur(once),
                List.of(source(squareRd(5.4, 52.05, 3), "naam", "Utrechtse Heuvelrug")), "naam");
        Scenario twice = OfficialGeometry.link(OfficialGeometry.toggleSchematic(once, "natuur"), second, N2000);
        assertFalse(natuur(twice).showsSchematic(), "a new link shows the official version");
        assertEquals(natuur(voorontwerp).features(), natuur(twice).aside().features());
        assertEquals(Basis.OFFICIEEL, twice.feature("b1-natuur-veluwe").orElseThrow().basis());
        assertEquals(Basis.OFFICIEEL, twice.feature("b1-natuur-utrechtse-heuvelrug").orElseThrow().basis());
        assertEquals(1, twice.sources().stream().filter(d -> d.id().equals(N2000.sourceId())).count());
    }

    @Test
    void theExtentIsDissolvedPerValueAndReplacesOrComplementsTheSchematicFeatures() {
        List<SourceFeature> src = List.of(
                source(squareRd(5.8, 52.15, 4), "naam", "Veluwe"),
                source(squareRd(5.81, 52.15, 4), "naam", "Veluwe"),
                source(squareRd(6.35, 52.95, 2), "naam", "Fochteloërveen"));
        Scenario replaced = OfficialGeometry.extent(voorontwerp, "natuur", src, "naam", true, N2000);
        List<Feature> fs = natuur(replaced).features();
        assertEquals(List.of("Veluwe", "Fochteloërveen"), fs.stream().map(Feature::label).toList());
        assertTrue(fs.stream().allMatch(f -> f.basis() == Basis.OFFICIEEL && f.id().startsWith("natuur-officieel-")));
        double veluweHa = RdNew.toRd(fs.get(0).geometry()).getArea() / 10_000;
        // two 4 km squares about 680 m apart: 4 km × 4.68 km, not twice 1600 ha
        assertTrue(veluweHa > 1800 && veluweHa < 1950, "overlapping parts counted once: " + veluweHa);
        assertTrue(fs.get(0).tags().contains("natura2000"), "the tags most features of the layer have: " + fs.get(0).tags());
        assertEquals(natuur(voorontwerp).features(), natuur(replaced).aside().features());

        Scenario complemented = OfficialGeometry.extent(voorontwerp, "natuur", src, null, false, N2000);
        assertEquals(natuur(voorontwerp).features().size() + 1, natuur(complemented).features().size(), "all in one");
        assertEquals(N2000.title(), natuur(complemented).features().get(natuur(complemented).features().size() - 1).label());
    }

    @Test
    void aLinkIsOneUndoableEdit() {
        Scenario[] current = {voorontwerp};
        CommandStack stack = new CommandStack();
        OfficialGeometry.Match m = OfficialGeometry.matchByName(natuur(voorontwerp),
                List.of(source(squareRd(5.8, 52.15, 4), "naam", "Veluwe"), source(squareRd(6.35, 52.95, 2), "naam", "Fochteloërveen")), "naam");
        stack.execute(new ChangeCommand<>(() -> current[0], s -> current[0] = s, s -> OfficialGeometry.link(s, m, N2000), "koppeling"));
        Scenario linked = current[0];
        assertEquals(Basis.OFFICIEEL, linked.feature("b1-natuur-fochteloerveen").orElseThrow().basis());
        stack.undo();
        assertSame(voorontwerp, current[0], "both features back as drawn, in one step");
        assertFalse(stack.canUndo());
        stack.redo();
        assertSame(linked, current[0]);
    }

    @Test
    void schuurpuntenRestOnTheOfficialGeometry() {
        // the natuur feature with the largest schuurpunt, linked (by id) to an official 1 km square at its centre:
        // no overlap with it can then be larger than 100 ha
        List<Schuurpunt> all = new SchuurpuntEngine(voorontwerp, List.of()).analyse(Horizon.H2050);
        Schuurpunt largest = all.stream().filter(p -> p.a().layerId().equals("natuur") || p.b().layerId().equals("natuur"))
                .max(java.util.Comparator.comparingDouble(Schuurpunt::areaHa)).orElseThrow();
        String id = largest.a().layerId().equals("natuur") ? largest.a().id() : largest.b().id();
        assertTrue(largest.areaHa() > 100, "the schematic outline is large: " + largest);
        var centre = voorontwerp.feature(id).orElseThrow().geometry().getInteriorPoint();
        OfficialGeometry.Match m = OfficialGeometry.matchById(natuur(voorontwerp),
                List.of(source(squareRd(centre.getX(), centre.getY(), 1), "ref", id)), "ref");
        Scenario linked = OfficialGeometry.link(voorontwerp, m, N2000);
        List<Schuurpunt> after = of(id, new SchuurpuntEngine(linked, List.of()).analyse(Horizon.H2050));
        assertFalse(after.isEmpty(), "the square still overlaps the claim it overlapped");
        assertTrue(after.stream().allMatch(p -> p.areaHa() <= 100.5), "hectares of the official square: " + after);
        for (Schuurpunt p : after) {
            Feature mine = p.a().id().equals(id) ? p.a() : p.b();
            Feature other = mine == p.a() ? p.b() : p.a();
            assertEquals(Basis.OFFICIEEL, mine.basis());
            assertEquals(Basis.weakest(Basis.OFFICIEEL, other.basis()), p.basis(), "the weaker of the two claims");
        }
    }

    private static List<Schuurpunt> of(String id, List<Schuurpunt> all) {
        return all.stream().filter(p -> p.a().id().equals(id) || p.b().id().equals(id)).toList();
    }
}
