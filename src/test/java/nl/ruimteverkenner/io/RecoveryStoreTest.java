package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    @Test
    void unsavedWorkCanBeRecoveredAndCleared() throws Exception {
        Path demo = TestScenarios.scenarios().resolve("demo");
        Scenario s = new ScenarioReader().read(demo).scenario().orElseThrow();
        RecoveryStore store = new RecoveryStore(dir);
        assertTrue(store.load().isEmpty());
        store.save(s, demo);
        RecoveryStore.Recovered r = store.load().orElseThrow();
        assertEquals(demo.toAbsolutePath(), r.original());
        assertTrue(new ScenarioReader().read(r.scenario()).isValid());
        store.clear();
        assertTrue(store.load().isEmpty());
    }
}
