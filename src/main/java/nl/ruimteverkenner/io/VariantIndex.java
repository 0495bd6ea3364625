package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.ruimteverkenner.model.VariantInfo;

/**
 * Finds the variants of a scenario: the scenario folders beside it whose manifest says they are based on
 * the same original, and the original itself. Only the manifests are read, so listing is quick; a folder
 * whose manifest cannot be read is left out (opening it would report why), and so is every temporary folder of a
 * save ({@link ScenarioWriter#isTemporary}): listing first recovers or removes what a crashed save left there.
 */
public final class VariantIndex {
    private VariantIndex() {
    }

    /** One scenario folder: its id and name, and where it comes from if it is a variant. */
    public record Entry(Path folder, String id, String name, Optional<VariantInfo> variant) {
        /** The original's id for a variant, else its own id. */
        public String baseId() {
            return variant.map(VariantInfo::basedOn).orElse(id);
        }
    }

    /**
     * The original and all variants of the scenario with id {@code baseId} in {@code parent}: the original
     * first, then the variants newest first. What a crashed save left in {@code parent} is recovered or removed
     * first ({@link ScenarioWriter#recoverAll}).
     */
    public static List<Entry> family(Path parent, String baseId) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return out;
        }
        try {
            ScenarioWriter.recoverAll(parent);
        } catch (IOException e) {
            // list what is there; temporary folders are left out below
        }
        try (Stream<Path> dirs = Files.list(parent)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                read(dir).filter(e -> e.baseId().equals(baseId)).ifPresent(out::add);
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing((Entry e) -> e.variant().isPresent())
                .thenComparing(e -> e.variant().map(VariantInfo::date).orElse(""), Comparator.reverseOrder())
                .thenComparing(Entry::name));
        return out;
    }

    /** The manifest of one folder, if it has a readable one with an id and is not a temporary folder of a save. */
    public static Optional<Entry> read(Path folder) {
        Path manifest = folder.resolve("scenario.json");
        if (ScenarioWriter.isTemporary(folder) || !Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            String id = root.path("id").asText("");
            if (id.isBlank()) {
                return Optional.empty();
            }
            JsonNode v = root.path("variant");
            Optional<VariantInfo> variant = v.isObject() && v.hasNonNull("basedOn")
                    ? Optional.of(new VariantInfo(v.path("basedOn").asText(), v.path("author").asText(""), v.path("date").asText("")))
                    : Optional.empty();
            return Optional.of(new Entry(folder, id, root.path("name").asText(id), variant));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
