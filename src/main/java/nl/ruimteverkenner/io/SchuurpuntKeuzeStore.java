package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.SchuurpuntKeuze;

/**
 * The choices recorded per schuurpunt, kept in {@value #FILE} next to the scenario's manifest. Reading a
 * damaged file reports a Dutch problem and leaves the file as it is; the next save first keeps it aside
 * ({@link AtomicFiles#preserveUnreadable}) and then writes atomically. Exports a list
 * as CSV (semicolons, UTF-8 with byte-order mark, as Dutch spreadsheet programs expect).
 */
public final class SchuurpuntKeuzeStore {
    /** File name inside the scenario folder. */
    public static final String FILE = "schuurpunt-keuzes.json";
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public SchuurpuntKeuzeStore(Path scenarioFolder) {
        this.file = scenarioFolder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** The recorded choices by schuurpunt key; problems (damaged file) go to {@code problems}. */
    public Map<String, SchuurpuntKeuze> load(List<Problem> problems) {
        Map<String, SchuurpuntKeuze> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Optional<JsonNode> read = readRoot();
        if (read.isEmpty()) {
            problems.add(new Problem(Problem.Severity.ERROR, FILE, "", Messages.get("keuzestore.unreadable")));
            return out;
        }
        for (JsonNode k : read.get().path("keuzes")) {
            String key = k.path("schuurpunt").asText("");
            if (!key.isEmpty()) {
                out.put(key, new SchuurpuntKeuze(key, k.path("title").asText(""), k.path("horizon").asInt(0),
                        k.path("options").asText(""), k.path("direction").asText(""), k.path("reasoning").asText(""),
                        k.path("owner").asText(""), k.path("updated").asText("")));
            }
        }
        return out;
    }

    /** The file's content, if it is a readable JSON object. */
    private Optional<JsonNode> readRoot() {
        try {
            JsonNode root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes all choices atomically. A file there that cannot be read is kept first, renamed beside it; its new
     * path is returned so the user can be told.
     */
    public Optional<Path> save(Map<String, SchuurpuntKeuze> keuzes) throws IOException {
        Optional<Path> kept = Files.exists(file) && readRoot().isEmpty()
                ? AtomicFiles.preserveUnreadable(file) : Optional.empty();
        List<Map<String, Object>> list = new ArrayList<>();
        for (SchuurpuntKeuze k : keuzes.values()) {
            if (k.isBlank()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("schuurpunt", k.schuurpunt());
            m.put("title", k.title());
            m.put("horizon", k.horizon());
            m.put("options", k.options());
            m.put("direction", k.direction());
            m.put("reasoning", k.reasoning());
            m.put("owner", k.owner());
            m.put("updated", k.updated());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", 1);
        root.put("keuzes", list);
        AtomicFiles.write(file, mapper.writeValueAsBytes(root));
        return kept;
    }

    /** Writes the choices as a CSV list to {@code target} (atomically), as {@link Csv} writes every CSV. */
    public static void exportCsv(Iterable<SchuurpuntKeuze> keuzes, Path target) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (SchuurpuntKeuze k : keuzes) {
            rows.add(List.of(k.title(), k.horizon(), k.options(), k.direction(), k.reasoning(), k.owner(), k.updated(),
                    k.schuurpunt()));
        }
        AtomicFiles.write(target, Csv.write(List.of(Messages.get("export.csv.header").split("\\|")), rows));
    }

    /** One text field: neutralised when it could start a formula, quoted, inner quotes doubled. */
    static String csv(String s) {
        return Csv.text(s);
    }
}
