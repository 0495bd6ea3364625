package nl.ruimteverkenner.io.imports;

import static nl.ruimteverkenner.io.imports.ImportFixtures.rdSquare;
import static nl.ruimteverkenner.io.imports.ImportFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.FrictionMatrix;
import nl.ruimteverkenner.analysis.Lens;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.edit.ChangeCommand;
import nl.ruimteverkenner.edit.CommandStack;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.ScenarioWriter;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerImporterTest {
    private static Scenario voorontwerp;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        ScenarioLoad load = new ScenarioReader().read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024"));
        assertTrue(load.isValid(), load.problems().toString());
        voorontwerp = load.scenario().orElseThrow();
    }

    /** Housing plans near Nijmegen (inside the Waal's afvoerknelpunt), and a business park. */
    private SourceData plans() throws Exception {
        Path f = ImportFixtures.geoPackage(dir.resolve("plannen_nijmegen.gpkg"), "plannen", 28992, "MULTIPOLYGON",
                List.of(rdSquare(5.860, 51.845, 400), rdSquare(5.875, 51.850, 300), rdSquare(5.880, 51.855, 200)),
                List.of(row("NAAM", "Waalfront", "FUNCTIE", "Wonen", "JAAR", 2028L, "STATUS", "vastgesteld"),
                        row("NAAM", "Lentloper", "FUNCTIE", "bedrijven", "JAAR", 2045L, "STATUS", "te maken keuze"),
                        row("NAAM", null, "FUNCTIE", "wonen ", "JAAR", null, "STATUS", "??")), false);
        return SourceReader.read(f, null, ImportProgress.NONE);
    }

    private static ImportSpec spec(String tagField, Map<String, String> map) {
        return new ImportSpec("Woningbouw Nijmegen", Theme.EIGEN_PLANNEN, Horizon.H2030, "JAAR", KeuzeCategorie.TE_MAKEN, "STATUS",
                "NAAM", Set.of("eigen-plan"), tagField, map, Basis.EIGEN_PLAN, "Gemeente Nijmegen", "2026-11-01", "CC-BY 4.0");
    }

    @Test
    void attributesBecomeLabelsHorizonsCategoriesAndMappedTags() throws Exception {
        ImportedLayer imp = LayerImporter.importLayer(voorontwerp, plans(), spec("FUNCTIE", Map.of("wonen", "woningbouw")),
                ImportProgress.NONE);
        Layer l = imp.layer();
        assertEquals("woningbouw-nijmegen", l.id());
        assertEquals(Theme.EIGEN_PLANNEN, l.theme());
        assertEquals(List.of("woningbouw-nijmegen-1", "woningbouw-nijmegen-2", "woningbouw-nijmegen-3"),
                l.features().stream().map(Feature::id).toList());
        Feature waalfront = l.features().get(0);
        Feature lentloper = l.features().get(1);
        Feature third = l.features().get(2);
        assertEquals("Waalfront", waalfront.label());
        assertEquals("Woningbouw Nijmegen 3", third.label(), "no name: the layer's name and a number");
        assertEquals(Set.of("eigen-plan", "woningbouw"), waalfront.tags(), "FUNCTIE=Wonen maps, case ignored");
        assertEquals(Set.of("eigen-plan"), lentloper.tags());
        assertEquals(Set.of("eigen-plan", "woningbouw"), third.tags(), "surrounding spaces ignored");
        assertEquals(Horizon.H2030, waalfront.horizon());
        assertEquals(Horizon.H2050, lentloper.horizon());
        assertEquals(Horizon.H2030, third.horizon(), "no year: the spec's horizon");
        assertEquals(KeuzeCategorie.GEMAAKT, waalfront.category());
        assertEquals(KeuzeCategorie.TE_MAKEN, lentloper.category());
        assertEquals(Basis.EIGEN_PLAN, waalfront.basis());
        assertFalse(waalfront.schematic(), "an own plan's outline is exact, not schematic");
        assertEquals("import-woningbouw-nijmegen", waalfront.sources().get(0).document());
        assertEquals("plannen_nijmegen.gpkg › plannen, 2026-11-01", waalfront.sources().get(0).section());
        assertEquals("plannen_nijmegen.gpkg › plannen", imp.source().title());
        assertEquals("Gemeente Nijmegen", imp.source().publisher());
        assertTrue(l.description().contains("Licentie: CC-BY 4.0"), l.description());
        assertTrue(waalfront.description().startsWith("NAAM: Waalfront; FUNCTIE: Wonen; JAAR: 2028"), waalfront.description());
        assertEquals("Eigen plannen", imp.group().label());
        assertTrue(imp.warnings().contains("plannen_nijmegen.gpkg › plannen: bij 1 objecten staat in \"JAAR\" geen jaartal; daar is 2030 gebruikt."),
                imp.warnings().toString());
        assertTrue(imp.warnings().stream().anyMatch(w -> w.contains("\"STATUS\" geen bekende keuzecategorie")), imp.warnings().toString());
        // WGS84 near Nijmegen
        assertEquals(5.86, waalfront.geometry().getEnvelopeInternal().getMinX(), 0.001);
        assertEquals(51.845, waalfront.geometry().getEnvelopeInternal().getMinY(), 0.001);
    }

    @Test
    void aFieldTheFileLacksIsRefusedAndIdsStayFree() throws Exception {
        SourceData d = plans();
        ImportSpec bad = new ImportSpec("X", Theme.BEWEGING_3, Horizon.H2050, null, KeuzeCategorie.TE_MAKEN, null, "NAME",
                Set.of(), null, Map.of(), Basis.EIGEN_PLAN, "", "", "");
        ImportException e = assertThrows(ImportException.class, () -> LayerImporter.importLayer(voorontwerp, d, bad, ImportProgress.NONE));
        assertEquals("plannen_nijmegen.gpkg › plannen heeft geen attribuut \"NAME\". Aanwezig: NAAM, FUNCTIE, JAAR, STATUS", e.getMessage());
        ImportSpec clash = new ImportSpec("Woningbouw 2025", Theme.BEWEGING_3, Horizon.H2050, null, KeuzeCategorie.TE_MAKEN,
                null, null, Set.of(), null, Map.of(), Basis.OFFICIEEL, "", "", "");
        Layer l = LayerImporter.importLayer(voorontwerp, d, clash, ImportProgress.NONE).layer();
        assertTrue(voorontwerp.layer("woningbouw-2025").isPresent());
        assertEquals("woningbouw-2025-2", l.id(), "the existing layer id is not taken");
        assertTrue(l.features().stream().allMatch(f -> voorontwerp.feature(f.id()).isEmpty()));
        assertEquals(Basis.OFFICIEEL, l.features().get(0).basis());
    }

    @Test
    void importedHousingRubsAgainstTheRiverAsTheScenariosRulesSay() throws Exception {
        ImportedLayer imp = LayerImporter.importLayer(voorontwerp, plans(), spec("FUNCTIE", Map.of("wonen", "woningbouw")),
                ImportProgress.NONE);
        Scenario added = ScenarioEdits.withLayer(voorontwerp, imp.layer(), imp.group(), imp.source());
        List<Schuurpunt> found = new SchuurpuntEngine(added, List.of()).analyse(Horizon.H2030);
        List<Schuurpunt> mine = found.stream().filter(p -> p.a().layerId().equals("woningbouw-nijmegen")
                || p.b().layerId().equals("woningbouw-nijmegen")).toList();
        assertTrue(mine.stream().anyMatch(p -> p.rule().id().equals("wonen-in-ruimte-voor-rivier")
                && p.a().id().equals("woningbouw-nijmegen-1") && p.b().id().equals("wb-afvoerknelpunten-steden")), mine.toString());
        assertTrue(mine.stream().noneMatch(p -> p.a().id().equals("woningbouw-nijmegen-2") || p.b().id().equals("woningbouw-nijmegen-2")),
                "the business park has no housing tag");
        Schuurpunt p = mine.stream().filter(x -> x.rule().id().equals("wonen-in-ruimte-voor-rivier")).findFirst().orElseThrow();
        assertEquals(16.0, p.areaHa(), 0.5, "the whole 400 m square lies in the knelpunt");
        assertEquals(Basis.EIGEN_PLAN, Basis.weakest(Basis.OFFICIEEL, Basis.EIGEN_PLAN));
        assertEquals(Basis.SCHEMATISCH, Basis.weakest(Basis.SCHEMATISCH, Basis.EIGEN_PLAN));
        assertEquals(Basis.weakest(p.a().basis(), p.b().basis()), p.basis());
        // the lens over a made-up test area around the plans lists them under their own group, with the schuurpunt
        Lens.View lens = Lens.of(new SchuurpuntEngine(added, List.of()),
                new Area("proef", "Proefgebied", rdSquare(5.85, 51.84, 4000)), Horizon.H2030);
        assertEquals(List.of("woningbouw-nijmegen-1", "woningbouw-nijmegen-3"),
                lens.hits().get(Theme.EIGEN_PLANNEN).stream().map(h -> h.feature().id()).toList(), "Lentloper is in force from 2050");
        assertTrue(lens.schuurpunten().stream().anyMatch(x -> x.rule().id().equals("wonen-in-ruimte-voor-rivier")));
        List<Schuurpunt> river = mine.stream().filter(x -> x.rule().id().equals("wonen-in-ruimte-voor-rivier")).toList();
        assertEquals(2, river.size(), "both housing plans lie in the knelpunt: " + river);
        assertEquals(2, FrictionMatrix.of(river).count(Theme.EIGEN_PLANNEN, Theme.WATER_EN_BODEM), "a cell of the frictiematrix");
    }

    @Test
    void addingIsOneUndoableEdit() throws Exception {
        ImportedLayer imp = LayerImporter.importLayer(voorontwerp, plans(), spec("FUNCTIE", Map.of("wonen", "woningbouw")),
                ImportProgress.NONE);
        Scenario[] current = {voorontwerp};
        CommandStack stack = new CommandStack();
        stack.execute(new ChangeCommand<>(() -> current[0], s -> current[0] = s,
                s -> ScenarioEdits.withLayer(s, imp.layer(), imp.group(), imp.source()), "Laag toevoegen"));
        Scenario after = current[0];
        assertEquals(voorontwerp.layers().size() + 1, after.layers().size());
        assertTrue(after.groups().stream().anyMatch(g -> g.theme() == Theme.EIGEN_PLANNEN));
        assertTrue(after.source("import-woningbouw-nijmegen").isPresent());
        assertEquals(1, stack.history().size());
        stack.undo();
        assertSame(voorontwerp, current[0]);
        stack.redo();
        assertSame(after, current[0]);
    }

    @Test
    void theLayerIsSavedAndReadBackIdentical() throws Exception {
        ImportedLayer imp = LayerImporter.importLayer(voorontwerp, plans(), spec("FUNCTIE", Map.of("wonen", "woningbouw")),
                ImportProgress.NONE);
        Scenario added = ScenarioEdits.withLayer(voorontwerp, imp.layer(), imp.group(), imp.source());
        Path target = dir.resolve("variant");
        new ScenarioWriter().save(added, target);
        ScenarioLoad load = new ScenarioReader().read(target);
        assertTrue(load.isValid(), load.problems().toString());
        Scenario back = load.scenario().orElseThrow();
        Layer saved = imp.layer();
        Layer read = back.layer(saved.id()).orElseThrow();
        assertEquals(saved.theme(), read.theme());
        assertEquals(saved.label(), read.label());
        assertEquals(saved.description(), read.description());
        assertEquals(saved.style(), read.style());
        assertEquals(saved.visibleByDefault(), read.visibleByDefault());
        assertEquals(saved.features().size(), read.features().size());
        for (int i = 0; i < saved.features().size(); i++) {
            Feature a = saved.features().get(i);
            Feature b = read.features().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.label(), b.label());
            assertEquals(a.theme(), b.theme());
            assertEquals(a.horizon(), b.horizon());
            assertEquals(a.until(), b.until());
            assertEquals(a.category(), b.category());
            assertEquals(a.description(), b.description());
            assertEquals(a.sources(), b.sources());
            assertEquals(a.basis(), b.basis());
            assertEquals(a.schematic(), b.schematic());
            assertEquals(a.tags(), b.tags());
            assertTrue(a.geometry().equalsExact(b.geometry(), 0), a.geometry() + " vs " + b.geometry());
        }
        assertEquals(added.groups(), back.groups());
        assertEquals(imp.source(), back.source(imp.source().id()).orElseThrow());
        // and written again, byte for byte the same layer file
        Path again = dir.resolve("again");
        new ScenarioWriter().save(back, again);
        assertEquals(java.nio.file.Files.readString(target.resolve("layers/woningbouw-nijmegen.geojson")),
                java.nio.file.Files.readString(again.resolve("layers/woningbouw-nijmegen.geojson")));
        assertNotEquals(voorontwerp.layers().size(), back.layers().size());
    }
}
