package nl.ruimteverkenner.io.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * The PostGIS engine against the embedded JTS engine on a throwaway cluster ({@link PostgisCluster}): the same pairs,
 * hectares within 0.01 %, the same lengths, places and unusable features, on the bundled scenarios at each horizon, on
 * a generated scenario with buffers (also limited to a province), and with a layer read from a table; and it drops
 * its own schema and nothing else.
 */
@ExtendWith(PostgisCluster.class)
class PostgisEngineTest {
    private static final double RELATIVE = 1e-4;

    /** Same keys, same a and b, hectares and kilometres within 0.01 %, same provinces, same order. */
    static void assertSameSchuurpunten(List<Schuurpunt> expected, List<Schuurpunt> actual, String what) {
        Map<String, Schuurpunt> byKey = new LinkedHashMap<>();
        actual.forEach(p -> byKey.put(p.key(), p));
        assertEquals(expected.size(), byKey.size(), what + ": duplicate schuurpunten from PostGIS");
        assertEquals(new TreeSet<>(expected.stream().map(Schuurpunt::key).toList()), new TreeSet<>(byKey.keySet()),
                what + ": the pairs differ");
        for (Schuurpunt e : expected) {
            Schuurpunt p = byKey.get(e.key());
            String at = what + " " + e.key();
            assertEquals(e.a().id(), p.a().id(), at);
            assertEquals(e.b().id(), p.b().id(), at);
            assertEquals(e.areaHa(), p.areaHa(), Math.max(1e-9, e.areaHa() * RELATIVE), at + " hectares");
            assertEquals(e.lengthKm(), p.lengthKm(), Math.max(1e-9, e.lengthKm() * RELATIVE), at + " kilometres");
            assertEquals(e.overlapRd().getDimension(), p.overlapRd().getDimension(), at + " dimension");
            assertEquals(e.places(), p.places(), at + " places");
            assertEquals(e.basis(), p.basis(), at);
            assertEquals(e.horizon(), p.horizon(), at);
        }
        // the same order where sizes differ by more than the tolerance
        for (int i = 0; i + 1 < actual.size(); i++) {
            Schuurpunt x = actual.get(i);
            Schuurpunt y = actual.get(i + 1);
            assertTrue(x.areaHa() >= y.areaHa() * (1 - RELATIVE), what + ": not largest first at " + i);
        }
    }

    @Test
    void bothEnginesFindTheSameSchuurpuntenInTheBundledScenariosAtEachHorizon() throws Exception {
        List<Path> folders;
        try (Stream<Path> s = Files.list(TestScenarios.scenarios())) {
            folders = s.filter(p -> Files.exists(p.resolve("scenario.json"))).sorted().toList();
        }
        assertTrue(folders.size() >= 2, "the bundled scenarios: " + folders);
        int compared = 0;
        for (Path folder : folders) {
            Scenario scenario = new ScenarioReader().read(folder).scenario().orElseThrow();
            SchuurpuntEngine embedded = new SchuurpuntEngine(scenario, Provinces.all());
            try (PostgisEngine postgis = PostgisEngine.open(PostgisCluster.cluster().database(), scenario, Provinces.all(), List.of())) {
                assertEquals(embedded.unusable(), postgis.unusable());
                for (Horizon h : scenario.horizons()) {
                    List<Schuurpunt> expected = embedded.analyse(h);
                    assertSameSchuurpunten(expected, postgis.analyse(h, Optional.empty()), folder.getFileName() + " " + h.year());
                    compared += expected.size();
                }
            }
        }
        assertTrue(compared > 50, "too few schuurpunten to compare: " + compared);
    }

    @Test
    void bothEnginesAgreeOnAGeneratedScenarioWithBuffersLinesPointsAndSharedPlaces() throws Exception {
        Scenario scenario = GeneratedScenarios.generate(700, 17);
        SchuurpuntEngine embedded = new SchuurpuntEngine(scenario, Provinces.all());
        Area utrecht = Provinces.all().stream().filter(a -> a.name().equals("Utrecht")).findFirst().orElseThrow();
        try (PostgisEngine postgis = PostgisEngine.open(PostgisCluster.cluster().database(), scenario, Provinces.all(), List.of())) {
            List<Schuurpunt> all = new ArrayList<>();
            for (Horizon h : Horizon.values()) {
                List<Schuurpunt> expected = embedded.analyse(h);
                assertSameSchuurpunten(expected, postgis.analyse(h, Optional.empty()), "generated " + h.year());
                all.addAll(expected);
            }
            // the comparison covers every kind of overlap
            assertTrue(all.stream().anyMatch(p -> p.rule().bufferMeters() > 0), "buffered rules found something");
            assertTrue(all.stream().anyMatch(p -> p.lengthKm() > 0), "line overlaps found");
            assertTrue(all.stream().anyMatch(p -> p.overlapRd().getDimension() == 0), "point overlaps found");
            assertTrue(all.stream().anyMatch(p -> p.a().id().startsWith("natuur-zelfde") || p.b().id().startsWith("natuur-zelfde")),
                    "features sharing a place take part");
            assertTrue(all.stream().filter(p -> p.rule().id().equals("wonen-water")).map(p -> p.b().id()).anyMatch(id ->
                    scenario.feature(id).orElseThrow().layerId().equals("water") && scenario.features().anyMatch(f ->
                            f.sameAs().equals(Optional.of(id)))), "a house meets a place that two features share, and counts once");
            List<Schuurpunt> inUtrecht = embedded.analyse(Horizon.H2050, Optional.of(utrecht.rd()));
            assertFalse(inUtrecht.isEmpty());
            assertSameSchuurpunten(inUtrecht, postgis.analyse(Horizon.H2050, Optional.of(utrecht.rd())), "generated, Utrecht");
        }
    }

    @Test
    void aLayerReadFromATableGivesTheSameSchuurpuntenAsItsFile() throws Exception {
        Scenario scenario = GeneratedScenarios.generate(400, 5);
        Layer wonen = scenario.layer("wonen").orElseThrow();
        Feature template = wonen.features().get(0);
        // the table holds the layer's features (id, RD New geometry) and two parcels the file does not know
        Geometry extraRd1 = new org.locationtech.jts.io.WKTReader().read(
                "POLYGON ((140000 450000, 160000 450000, 160000 470000, 140000 470000, 140000 450000))");
        Geometry extraRd2 = new org.locationtech.jts.io.WKTReader().read(
                "POLYGON ((150000 455000, 152000 455000, 152000 457000, 150000 457000, 150000 455000))");
        try (Connection c = PostgisCluster.cluster().connect(PostgisCluster.DATABASE); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS public.percelen");
            st.execute("CREATE TABLE public.percelen (id text PRIMARY KEY, omschrijving text, geom geometry(Geometry, 28992))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO public.percelen VALUES (?, 'x', ST_GeomFromWKB(?, 28992))")) {
                for (Feature f : wonen.features()) {
                    ps.setString(1, f.id());
                    ps.setBytes(2, new WKBWriter().write(RdNew.toRd(f.geometry())));
                    ps.addBatch();
                }
                ps.setString(1, "perceel-1");
                ps.setBytes(2, new WKBWriter().write(extraRd1));
                ps.addBatch();
                ps.setString(1, "perceel-2");
                ps.setBytes(2, new WKBWriter().write(extraRd2));
                ps.addBatch();
                ps.executeBatch();
            }
            st.execute("INSERT INTO public.percelen VALUES ('zonder-geometrie', 'x', NULL)");
        }
        List<Feature> expectedWonen = new ArrayList<>(wonen.features());
        expectedWonen.add(template.toBuilder().id("perceel-1").label(template.label() + " perceel-1").sameAs(null)
                .geometry(RdNew.toWgs84(extraRd1)).build());
        expectedWonen.add(template.toBuilder().id("perceel-2").label(template.label() + " perceel-2").sameAs(null)
                .geometry(RdNew.toWgs84(extraRd2)).build());
        List<Layer> layers = scenario.layers().stream().map(l -> l.id().equals("wonen")
                ? new Layer(l.id(), l.theme(), l.label(), l.description(), l.visibleByDefault(), l.style(), expectedWonen) : l).toList();
        SchuurpuntEngine embedded = new SchuurpuntEngine(scenario.toBuilder().layers(layers).build(), Provinces.all());
        TableLayer table = TableLayer.parse("wonen=public.percelen").orElseThrow();
        try (PostgisEngine postgis = PostgisEngine.open(PostgisCluster.cluster().database(), scenario, Provinces.all(), List.of(table))) {
            assertEquals(List.of("zonder-geometrie"), postgis.unusable().stream().map(SchuurpuntEngine.Unusable::featureId).toList());
            for (Horizon h : Horizon.values()) {
                List<Schuurpunt> expected = embedded.analyse(h);
                List<Schuurpunt> actual = postgis.analyse(h, Optional.empty());
                assertSameSchuurpunten(expected, actual, "table layer " + h.year());
                if (!template.isInForceAt(h)) {
                    continue;
                }
                Schuurpunt parcel = actual.stream().filter(p -> p.a().id().equals("perceel-1")).findFirst().orElseThrow();
                assertEquals(template.tags(), parcel.a().tags(), "a row the file does not know takes the template's properties");
                assertEquals("wonen", parcel.a().layerId());
            }
        }
    }

    @Test
    void aTableInWgs84IsTransformedToRdNewByPostgis() throws Exception {
        Scenario scenario = GeneratedScenarios.generate(400, 5);
        Layer natuur = scenario.layer("natuur").orElseThrow();
        try (Connection c = PostgisCluster.cluster().connect(PostgisCluster.DATABASE); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS public.natuur_wgs84");
            st.execute("CREATE TABLE public.natuur_wgs84 (code text PRIMARY KEY, vorm geometry(Geometry, 4326), label_punt geometry(Point, 4326))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO public.natuur_wgs84 VALUES (?, ST_GeomFromWKB(?, 4326), NULL)")) {
                for (Feature f : natuur.features()) {
                    ps.setString(1, f.id());
                    ps.setBytes(2, new WKBWriter().write(f.geometry()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        SchuurpuntEngine embedded = new SchuurpuntEngine(scenario, Provinces.all());
        PostgisException twoColumns = assertThrows(PostgisException.class, () -> PostgisEngine.open(PostgisCluster.cluster().database(),
                scenario, Provinces.all(), List.of(TableLayer.parse("natuur=public.natuur_wgs84").orElseThrow())));
        assertTrue(twoColumns.getMessage().contains("meer dan één geometriekolom (vorm, label_punt)"), twoColumns.getMessage());
        TableLayer table = TableLayer.parse("natuur=public.natuur_wgs84:vorm").orElseThrow();
        try (PostgisEngine postgis = PostgisEngine.open(PostgisCluster.cluster().database(), scenario, Provinces.all(), List.of(table))) {
            List<Schuurpunt> expected = embedded.analyse(Horizon.H2100);
            List<Schuurpunt> actual = postgis.analyse(Horizon.H2100, Optional.empty());
            // ST_Transform (PROJ) and Proj4J agree on RD New to centimetres: the same pairs, the same sizes within 0.01 %
            assertEquals(new TreeSet<>(expected.stream().map(Schuurpunt::key).toList()),
                    new TreeSet<>(actual.stream().map(Schuurpunt::key).toList()));
            Map<String, Schuurpunt> byKey = new LinkedHashMap<>();
            actual.forEach(p -> byKey.put(p.key(), p));
            double worst = 0;
            for (Schuurpunt e : expected) {
                if (e.areaHa() > 1) {
                    worst = Math.max(worst, Math.abs(byKey.get(e.key()).areaHa() - e.areaHa()) / e.areaHa());
                }
            }
            assertTrue(worst < RELATIVE, "hectares within 0.01 % (measured here: 0.0064 %): " + worst);
        }
    }

    @Test
    void closingDropsOnlyItsOwnSchema() throws Exception {
        Scenario scenario = GeneratedScenarios.generate(50, 3);
        try (Connection c = PostgisCluster.cluster().connect(PostgisCluster.DATABASE); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS gebruiker");
            st.execute("CREATE TABLE IF NOT EXISTS gebruiker.gegevens (id int)");
            Set<String> before = schemas(c);
            String schema;
            try (PostgisEngine postgis = PostgisEngine.open(PostgisCluster.cluster().database(), scenario, Provinces.all(), List.of())) {
                schema = postgis.schema();
                assertTrue(schemas(c).contains(schema), "the run's schema exists while it runs");
                assertTrue(schema.startsWith("rv_run_"));
            }
            assertEquals(before, schemas(c), "only the run's own schema is gone");
            assertTrue(before.contains("gebruiker") && before.contains("public"));
            // a failed start (a table that does not exist) leaves nothing behind either
            PostgisException e = assertThrows(PostgisException.class, () -> PostgisEngine.open(PostgisCluster.cluster().database(),
                    scenario, Provinces.all(), List.of(TableLayer.parse("wonen=gebruiker.bestaat_niet").orElseThrow())));
            assertTrue(e.getMessage().contains("gebruiker.bestaat_niet"), e.getMessage());
            assertEquals(before, schemas(c), "a failed start drops its schema");
        }
    }

    private static Set<String> schemas(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
