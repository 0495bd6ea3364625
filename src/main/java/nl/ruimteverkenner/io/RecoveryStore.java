package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.ruimteverkenner.model.Scenario;

/**
 * The recovery copy of unsaved work, in the folder {@code herstel} of the data folder: the edited scenario
 * ({@code werk/}) and a small note ({@value #NOTE}) saying which scenario it came from and when. Both are
 * written into one new folder that then replaces the old one ({@link ScenarioWriter#swapIn}), so a crash leaves
 * the previous copy or the new one, whole. The note is a convenience: a complete scenario is recovered without
 * it. A copy that cannot be read is kept aside ({@link AtomicFiles#preserveUnreadable}) before it is replaced.
 */
public final class RecoveryStore {
    /** File name of the note inside the recovery folder. */
    public static final String NOTE = "herstel.json";
    private final Path dir;

    public RecoveryStore(Path dataDir) {
        this.dir = dataDir.resolve("herstel");
    }

    /**
     * Recovered work: the scenario folder to open, the original it was based on (unknown when the note is missing
     * or damaged), when it was saved (from the note, else the time of the scenario's files), and the scenario's id
     * and name.
     */
    public record Recovered(Path scenario, Optional<Path> original, String savedAt, String id, String name) {
    }

    /** The recovery folder. */
    public Path folder() {
        return dir;
    }

    public Path scenarioFolder() {
        return dir.resolve("werk");
    }

    /**
     * Saves the unsaved work, replacing the previous copy. A previous copy that cannot be read is first kept
     * aside; its new place is returned so the user can be told.
     */
    public Optional<Path> save(Scenario s, Path original) throws IOException {
        repair();
        Optional<Path> kept = Files.exists(dir) && damaged() ? AtomicFiles.preserveUnreadable(dir) : Optional.empty();
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("original", original.toAbsolutePath().toString());
        note.put("savedAt", LocalDateTime.now().withNano(0).toString());
        byte[] noteBytes = new ObjectMapper().writeValueAsBytes(note);
        ScenarioWriter writer = new ScenarioWriter();
        Path previous = scenarioFolder();
        ScenarioWriter.swapIn(dir, fresh -> {
            writer.writeScenario(s, fresh.resolve("werk"), previous);
            AtomicFiles.write(fresh.resolve(NOTE), noteBytes);
        });
        return kept;
    }

    /** The recovery copy, if there is a complete scenario; the note adds where it came from and when. */
    public Optional<Recovered> load() {
        repair();
        Path werk = scenarioFolder();
        Optional<VariantIndex.Entry> entry = VariantIndex.read(werk);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> note = note();
        Optional<Path> original = note.map(n -> n.path("original").asText("")).filter(t -> !t.isBlank()).map(Path::of);
        String savedAt = note.map(n -> n.path("savedAt").asText("")).filter(t -> !t.isBlank())
                .orElseGet(() -> modified(werk.resolve(ScenarioReader.MANIFEST)));
        return Optional.of(new Recovered(werk, original, savedAt, entry.get().id(), entry.get().name()));
    }

    /** Removes the recovery copy (after it was saved or restored, or when the user discards it). */
    public void clear() throws IOException {
        ScenarioWriter.recover(dir);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Puts back what a crash during a save left (also the layout of earlier versions, which swapped werk alone). */
    private void repair() {
        try {
            ScenarioWriter.recover(dir);
            ScenarioWriter.recover(scenarioFolder());
        } catch (IOException e) {
            // read what is there; a later save repairs again
        }
    }

    /** Whether the copy on disk has a note or a scenario that cannot be read. */
    private boolean damaged() {
        boolean noteDamaged = Files.exists(dir.resolve(NOTE)) && note().isEmpty();
        boolean scenarioDamaged = Files.exists(scenarioFolder()) && VariantIndex.read(scenarioFolder()).isEmpty();
        return noteDamaged || scenarioDamaged;
    }

    private Optional<JsonNode> note() {
        try {
            JsonNode n = new ObjectMapper().readTree(Files.readString(dir.resolve(NOTE), StandardCharsets.UTF_8));
            return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String modified(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault())
                    .withNano(0).toString();
        } catch (IOException e) {
            return "";
        }
    }
}
