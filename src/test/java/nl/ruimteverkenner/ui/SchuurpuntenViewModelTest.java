package nl.ruimteverkenner.ui;

import nl.ruimteverkenner.basemap.Provinces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.io.Problem;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.io.SchuurpuntKeuzeStore;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.ui.lens.LensViewModel;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schuurpunten pane and the lens without a screen: direct executors, no toolkit. */
class SchuurpuntenViewModelTest {
    private static final Executor DIRECT = Runnable::run;
    private final Scenario scenario = new ScenarioReader()
            .read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();
    private final AnalysisSession session = new AnalysisSession(s -> new SchuurpuntEngine(s, Provinces.all()));

    @Test
    void schuurpuntenFollowTheHorizonAndTheRelationFilter() {
        SchuurpuntenViewModel vm = new SchuurpuntenViewModel(session, DIRECT, DIRECT);
        vm.setScenario(scenario, Horizon.H2030).join();
        assertFalse(vm.busyProperty().get());
        List<Schuurpunt> in2030 = List.copyOf(vm.all());
        assertEquals(session.engine(scenario).analyse(Horizon.H2030).size(), in2030.size());
        vm.showHorizon(Horizon.H2050);
        assertEquals(session.engine(scenario).analyse(Horizon.H2050).size(), vm.all().size());
        vm.relationProperty().set(Optional.of(Relation.CONFLICT));
        assertFalse(vm.shown().isEmpty());
        assertTrue(vm.shown().stream().allMatch(s -> s.rule().relation() == Relation.CONFLICT));
        assertTrue(vm.shown().size() < vm.all().size());
    }

    @Test
    void progressRisesInWholePerCentsToTheEnd() {
        SchuurpuntenViewModel vm = new SchuurpuntenViewModel(session, DIRECT, DIRECT);
        List<Double> seen = new java.util.ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
        vm.setScenario(scenario, Horizon.H2030).join();
        assertEquals(-1.0, seen.get(0), "indeterminate until the first rule is done");
        assertEquals(1.0, seen.get(seen.size() - 1), "complete at the end");
        List<Double> steps = seen.subList(1, seen.size());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i) > steps.get(i - 1), "rising: " + steps);
        }
        // 36 rules over 3 horizons: many steps between, each a whole per cent
        assertTrue(steps.size() > 20, "steps: " + steps.size());
        assertTrue(steps.stream().allMatch(v -> Math.abs(v * 100 - Math.round(v * 100)) < 1e-9), "whole per cents: " + steps);
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void recordedChoicesAreReadFromTheFolderAndSavedThere(@TempDir Path dir) throws Exception {
        SchuurpuntenViewModel vm = new SchuurpuntenViewModel(session, DIRECT, DIRECT);
        vm.setScenario(scenario, Horizon.H2050).join();
        Schuurpunt sp = vm.all().get(0);
        SchuurpuntKeuzeStore store = new SchuurpuntKeuzeStore(dir);
        List<Problem> problems = new ArrayList<>();
        vm.useStore(store, problems).join();
        assertTrue(vm.keuzes().isEmpty());
        vm.record(new SchuurpuntKeuze(sp.key(), sp.rule().title(), 2050, "a of b", "a", "omdat", "gemeente", "")).join();
        assertTrue(Files.exists(store.file()));
        SchuurpuntenViewModel again = new SchuurpuntenViewModel(session, DIRECT, DIRECT);
        again.useStore(new SchuurpuntKeuzeStore(dir), problems).join();
        assertEquals("a", again.keuzes().get(sp.key()).direction());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void recordingOverADamagedFileKeepsItAndSaysSo(@TempDir Path dir) throws Exception {
        SchuurpuntenViewModel vm = new SchuurpuntenViewModel(session, DIRECT, DIRECT);
        vm.setScenario(scenario, Horizon.H2050).join();
        Schuurpunt sp = vm.all().get(0);
        Files.writeString(dir.resolve(SchuurpuntKeuzeStore.FILE), "{ kapot");
        List<Problem> problems = new ArrayList<>();
        vm.useStore(new SchuurpuntKeuzeStore(dir), problems).join();
        assertEquals(1, problems.size(), "the damaged file is reported");
        Path kept = vm.record(new SchuurpuntKeuze(sp.key(), sp.rule().title(), 2050, "a of b", "a", "omdat", "gemeente", ""))
                .join().orElseThrow();
        assertEquals("{ kapot", Files.readString(kept));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(1).message().contains(kept.getFileName().toString()), problems.get(1).message());
    }

    @Test
    void theLensUsesTheSharedEngine() {
        LensViewModel lens = new LensViewModel(session, DIRECT, DIRECT);
        lens.setScenario(scenario, Horizon.H2050);
        SchuurpuntEngine shared = session.engine(scenario);
        assertTrue(lens.engine() == shared);
        LensViewModel.Place province = lens.search("Gelderland", 1).get(0);
        lens.selectedProperty().set(province);
        assertEquals(scenario.horizons().size(), lens.timelineProperty().get().size());
        assertEquals(Horizon.H2050, lens.viewProperty().get().horizon());
        assertTrue(lens.viewProperty().get().areaHa() > 400_000, "Gelderland is about 500,000 ha");
        assertTrue(session.engine(scenario) == shared, "the lens did not make an engine of its own");
        Map<?, ?> hits = lens.viewProperty().get().hits();
        assertFalse(hits.isEmpty());
    }

    @Test
    void theBasisFilterLeavesOutSchuurpuntenOnAssumptionsFromListMatrixAndTotals() {
        SchuurpuntenViewModel vm = new SchuurpuntenViewModel(session, DIRECT, DIRECT);
        vm.setScenario(scenario, Horizon.H2050).join();
        int all = vm.all().size();
        assertTrue(vm.all().stream().anyMatch(s -> s.basis() == Basis.AANNAME), "the scenario has schuurpunten on assumptions");
        vm.weakestBasisProperty().set(Basis.SCHEMATISCH);
        assertTrue(vm.all().stream().noneMatch(s -> s.basis() == Basis.AANNAME));
        assertTrue(vm.all().size() < all);
        int inMatrix = 0;
        Theme[] themes = Theme.values();
        for (int x = 0; x < themes.length; x++) {
            for (int y = x; y < themes.length; y++) {
                inMatrix += vm.matrixProperty().get().count(themes[x], themes[y]);
            }
        }
        assertEquals(vm.all().size(), inMatrix, "the frictiematrix counts what the list shows");
        vm.weakestBasisProperty().set(Basis.AANNAME);
        assertEquals(all, vm.all().size());
    }
}
