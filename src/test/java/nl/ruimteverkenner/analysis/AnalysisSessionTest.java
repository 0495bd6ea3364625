package nl.ruimteverkenner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.io.ScenarioReader;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;

/** One engine per scenario, shared across threads, derived for edits. */
class AnalysisSessionTest {
    private final Scenario voorontwerp = new ScenarioReader()
            .read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")).scenario().orElseThrow();

    @Test
    void theSameScenarioGetsTheSameEngineAndAnEditADerivedOne() {
        AtomicInteger made = new AtomicInteger();
        AnalysisSession session = new AnalysisSession(s -> {
            made.incrementAndGet();
            return new SchuurpuntEngine(s, Provinces.all());
        });
        SchuurpuntEngine first = session.engine(voorontwerp);
        assertSame(first, session.engine(voorontwerp));
        Feature f = voorontwerp.features().findFirst().orElseThrow();
        Scenario edited = ScenarioEdits.withoutFeature(voorontwerp, f.id());
        SchuurpuntEngine derived = session.engine(edited);
        assertNotSame(first, derived);
        assertEquals(1, made.get(), "an edit is derived, not made from scratch");
        assertSame(derived.rd(voorontwerp.features().skip(1).findFirst().orElseThrow()),
                first.rd(voorontwerp.features().skip(1).findFirst().orElseThrow()), "unchanged geometry is reused");
        List<String> fromDerived = derived.analyse(Horizon.H2050).stream().map(Schuurpunt::key).sorted().toList();
        List<String> fromScratch = new SchuurpuntEngine(edited, Provinces.all()).analyse(Horizon.H2050).stream()
                .map(Schuurpunt::key).sorted().toList();
        assertEquals(fromScratch, fromDerived);
        session.fresh(voorontwerp);
        assertSame(derived, session.engine(edited), "a fresh engine for another scenario is not kept");
    }

    @Test
    void oneEngineAnswersTheSameFromManyThreadsAtOnce() throws Exception {
        SchuurpuntEngine engine = new SchuurpuntEngine(voorontwerp, Provinces.all());
        List<String> expected = new SchuurpuntEngine(voorontwerp, Provinces.all()).analyse(Horizon.H2050).stream()
                .map(s -> s.key() + "=" + Math.round(s.areaHa() * 10)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> engine.analyse(Horizon.H2050).stream()
                        .map(s -> s.key() + "=" + Math.round(s.areaHa() * 10)).toList()));
            }
            for (Future<List<String>> r : runs) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
