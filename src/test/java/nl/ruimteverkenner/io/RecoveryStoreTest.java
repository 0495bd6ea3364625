package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.model.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path dir;
    Path demo;
    Scenario s;

    @BeforeEach
    void read() {
        demo = TestScenarios.scenarios().resolve("demo");
        s = new ScenarioReader().read(demo).scenario().orElseThrow();
    }

    @Test
    void unsavedWorkCanBeRecoveredAndCleared() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        assertTrue(store.load().isEmpty());
        assertEquals(Optional.empty(), store.save(s, demo));
        RecoveryStore.Recovered r = store.load().orElseThrow();
        assertEquals(Optional.of(demo.toAbsolutePath()), r.original());
        assertEquals(s.id(), r.id());
        assertTrue(new ScenarioReader().read(r.scenario()).isValid());
        store.clear();
        assertTrue(store.load().isEmpty());
    }

    /** What a crash between the two writes of earlier versions left: the scenario without the note. */
    @Test
    void aScenarioWithoutItsNoteIsStillRecovered() throws Exception {
        new ScenarioWriter().save(s, new RecoveryStore(dir).scenarioFolder());
        RecoveryStore.Recovered r = new RecoveryStore(dir).load().orElseThrow();
        assertEquals(Optional.empty(), r.original());
        assertEquals(s.id(), r.id());
        assertEquals(s.name(), r.name());
        assertFalse(r.savedAt().isBlank(), "the time of the files stands in for the note's");
    }

    @Test
    void aDamagedNoteDoesNotHideTheScenario() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.save(s, demo);
        Files.writeString(store.folder().resolve(RecoveryStore.NOTE), "{\"original\": \"/tmp/x");
        RecoveryStore.Recovered r = store.load().orElseThrow();
        assertEquals(Optional.empty(), r.original());
        assertEquals(s.id(), r.id());
    }

    /** The scenario and its note are one swap: a crash leaves both old or both new, never a mix. */
    @Test
    void theNoteIsSwappedInWithTheScenario() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.save(s, demo);
        // a crash between the two renames of the next save: the folder moved aside, the new one unfinished
        Path old = dir.resolve("herstel.oud-0123abcd");
        Files.move(store.folder(), old);
        Files.createDirectories(dir.resolve("herstel.nieuw-0123abcd/werk/layers"));
        RecoveryStore.Recovered r = store.load().orElseThrow();
        assertEquals(Optional.of(demo.toAbsolutePath()), r.original(), "the note came back with its scenario");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(store.folder()), left.toList());
        }
    }

    @Test
    void aDamagedCopyIsKeptBeforeItIsReplaced() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        Files.createDirectories(store.folder());
        Files.writeString(store.folder().resolve(RecoveryStore.NOTE), "kapot");
        Path kept = store.save(s, demo).orElseThrow();
        assertTrue(kept.getFileName().toString().startsWith("herstel.beschadigd-"), kept.toString());
        assertEquals("kapot", Files.readString(kept.resolve(RecoveryStore.NOTE)));
        assertEquals(Optional.of(demo.toAbsolutePath()), store.load().orElseThrow().original());
        store.clear();
        assertTrue(Files.exists(kept), "clearing the copy leaves the damaged one that was kept");
    }
}
