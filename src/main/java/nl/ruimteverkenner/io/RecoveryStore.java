package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.ruimteverkenner.model.Scenario;

/**
 * The recovery copy of unsaved work: the edited scenario (written atomically with {@link ScenarioWriter})
 * and a small note saying which scenario it came from and when. Offered again after a crash.
 */
public final class RecoveryStore {
    private final Path dir;

    public RecoveryStore(Path dataDir) {
        this.dir = dataDir.resolve("herstel");
    }

    /** Recovered work: the scenario folder to open, the original it was based on, and when it was saved. */
    public record Recovered(Path scenario, Path original, String savedAt) {
    }

    public Path scenarioFolder() {
        return dir.resolve("werk");
    }

    /** Saves the unsaved work. */
    public void save(Scenario s, Path original) throws IOException {
        new ScenarioWriter().save(s, scenarioFolder());
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("original", original.toAbsolutePath().toString());
        note.put("savedAt", LocalDateTime.now().withNano(0).toString());
        AtomicFiles.write(dir.resolve("herstel.json"), new ObjectMapper().writeValueAsBytes(note));
    }

    /** The recovery copy, if there is a complete one. */
    public Optional<Recovered> load() {
        try {
            ScenarioWriter.recover(scenarioFolder());
            Path note = dir.resolve("herstel.json");
            if (!Files.isRegularFile(note) || !Files.isRegularFile(scenarioFolder().resolve(ScenarioReader.MANIFEST))) {
                return Optional.empty();
            }
            JsonNode n = new ObjectMapper().readTree(Files.readString(note, StandardCharsets.UTF_8));
            return Optional.of(new Recovered(scenarioFolder(), Path.of(n.path("original").asText(".")), n.path("savedAt").asText("")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the recovery copy (after a save, or when the user declines it). */
    public void clear() throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
