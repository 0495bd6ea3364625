package nl.ruimteverkenner.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimteverkenner.io.ScenarioKeys.Aside;
import nl.ruimteverkenner.io.ScenarioKeys.Cite;
import nl.ruimteverkenner.io.ScenarioKeys.Group;
import nl.ruimteverkenner.io.ScenarioKeys.KeuzeEntry;
import nl.ruimteverkenner.io.ScenarioKeys.LayerEntry;
import nl.ruimteverkenner.io.ScenarioKeys.Manifest;
import nl.ruimteverkenner.io.ScenarioKeys.RuleEntry;
import nl.ruimteverkenner.io.ScenarioKeys.Sel;
import nl.ruimteverkenner.io.ScenarioKeys.Source;
import nl.ruimteverkenner.io.ScenarioKeys.Style;
import nl.ruimteverkenner.io.ScenarioKeys.Variant;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.LayerStyle;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.model.VariantInfo;
import nl.ruimteverkenner.model.WorkshopBoard;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads a scenario folder (format: {@code docs/scenario-format.md}) into the model and validates it. It
 * never throws on bad content: every fault becomes a {@link Problem} in Dutch with file and location;
 * faulty features, layers or keuzes are skipped and the rest of the scenario stays usable.
 */
public final class ScenarioReader {
    /** The manifest file name inside a scenario folder. */
    public static final String MANIFEST = "scenario.json";
    /** The keuzeregister file name inside a scenario folder. */
    public static final String KEUZES = "keuzes.json";
    /** The rules file name inside a scenario folder. */
    public static final String RULES = "rules.json";
    /** The workshop's notes and votes inside a scenario folder (a variant). */
    public static final String NOTES = "notes.json";
    /** Roughly the Netherlands with its part of the North Sea (lon/lat); a feature entirely outside is an error. */
    public static final Envelope NETHERLANDS_AREA = new Envelope(2.0, 7.4, 50.6, 55.9);
    /**
     * Where any part of a feature may plausibly lie (the Netherlands with a wide margin); a feature reaching
     * beyond it (a polygon around the world, coordinates in another reference system) is an error, because it
     * cannot be projected to RD New for the analysis.
     */
    public static final Envelope PLAUSIBLE_AREA = new Envelope(-1.0, 11.0, 48.0, 58.0);

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String HORIZONS = "2030, 2050, 2100";
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.+?)'");
    private static final Pattern CLOSER = Pattern.compile("Unexpected close marker '(.)'");

    /** The deepest nesting accepted in a scenario file (GeoJSON needs fewer than ten levels). */
    static final int MAX_NESTING_DEPTH = 100;
    /** The longest string value accepted (a description is a few thousand characters). */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest number accepted, in characters. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Heap needed per byte of a layer file, estimated from measurement with margin. */
    static final long MEMORY_PER_FILE_BYTE = 4;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER) // same doubles (correctly rounded), parsed faster
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
            .build();

    private final ObjectMapper mapper = new ObjectMapper(JSON);
    private final LayerFileReader layerFiles = new LayerFileReader(mapper);

    /** Reads the scenario in {@code path}: a scenario folder or its {@code scenario.json}. */
    public ScenarioLoad read(Path path) {
        Path folder = scenarioFolder(path);
        Path abs = path.toAbsolutePath().normalize();
        String manifestName = abs.getParent() != null && abs.getParent().equals(folder) && !Files.isDirectory(abs)
                ? abs.getFileName().toString() : MANIFEST;
        List<Problem> problems = ProblemCollector.newSink();
        ProblemCollector pc = new ProblemCollector(manifestName, problems);
        Optional<JsonNode> manifest = checkedFile(folder, manifestName, pc).flatMap(f -> parse(f, pc));
        if (manifest.isEmpty()) {
            return new ScenarioLoad(folder, Optional.empty(), problems);
        }
        JsonCursor root = new JsonCursor(manifest.get(), "", pc);
        if (!root.node().isObject()) {
            pc.error("", "json.rootNotObject");
            return new ScenarioLoad(folder, Optional.empty(), problems);
        }
        root.integer(Manifest.FORMAT_VERSION, true).ifPresent(v -> {
            if (v != 1) {
                pc.error(Manifest.FORMAT_VERSION, "scenario.formatVersion", v);
            }
        });
        Optional<String> declaredId = root.string(Manifest.ID, true);
        if (declaredId.isPresent() && !ID.matcher(declaredId.get()).matches()) {
            pc.error(Manifest.ID, "id.format", declaredId.get());
        }
        String id = declaredId.orElse(folder.getFileName() == null ? "scenario" : folder.getFileName().toString());
        String name = root.string(Manifest.NAME, true).orElse(id);
        String description = root.string(Manifest.DESCRIPTION, false).orElse("");
        List<Horizon> horizons = readHorizons(root);
        List<SourceDocument> sources = readSources(root);
        List<LayerGroup> groups = readGroups(root);
        Set<Theme> groupThemes = new HashSet<>();
        groups.forEach(g -> groupThemes.add(g.theme()));

        List<Layer> layers = new ArrayList<>();
        Set<String> layerIds = new HashSet<>();
        Set<String> featureIds = new HashSet<>();
        root.array(Manifest.LAYERS, true).ifPresent(items -> {
            for (JsonCursor lc : items) {
                readLayer(folder, lc, groupThemes, layerIds, featureIds, sources, problems).ifPresent(layers::add);
            }
        });

        LayerFileReader.checkSameAs(layers, pc);
        // keuzes and rules may name features kept aside (a layer's schematic version after official geometry was linked)
        Set<String> knownIds = new HashSet<>(featureIds);
        layers.forEach(l -> l.asideVersion().ifPresent(v -> v.features().forEach(f -> knownIds.add(f.id()))));
        List<Keuze> keuzes = readKeuzes(folder, sources, knownIds, problems);
        List<Rule> rules = readRules(folder, sources, layerIds, knownIds, layers, problems);
        VariantInfo variant = root.object(Manifest.VARIANT, false)
                .flatMap(v -> v.string(Variant.BASED_ON, true).map(b -> new VariantInfo(b,
                        v.string(Variant.AUTHOR, false).orElse(""), v.string(Variant.DATE, false).orElse(""))))
                .orElse(null);
        WorkshopBoard board = BoardReader.read(folder, problems, this::parse);
        Scenario scenario = Scenario.builder(id, name).description(description).horizons(horizons).sources(sources)
                .groups(groups).layers(layers).keuzes(keuzes).rules(rules).variant(variant).board(board).build();
        return new ScenarioLoad(folder, Optional.of(scenario), problems);
    }

    /**
     * The absolute, normalised scenario folder for {@code path}: the folder itself, or the folder of a
     * {@code scenario.json} given directly. Relative paths such as {@code .} or {@code scenario.json}
     * resolve against the working directory, so they never normalise to an empty path.
     */
    public static Path scenarioFolder(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs) && abs.getFileName() != null && abs.getParent() != null) {
            return abs.getParent();
        }
        return abs;
    }

    /**
     * The real path of {@code relative} inside {@code folder}, or empty with a problem when it lies outside
     * the folder (also through a symbolic link), is missing, or is not a regular file (a FIFO or device
     * would block reading forever).
     */
    static Optional<Path> checkedFile(Path folder, String relative, ProblemCollector pc) {
        return checkedFile(folder, relative, pc, "");
    }

    private static Optional<Path> checkedFile(Path folder, String relative, ProblemCollector pc, String location) {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder)) {
            pc.error(location, "scenario.fileOutside", relative);
            return Optional.empty();
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            pc.error(location, "file.missing");
            return Optional.empty();
        }
        Path real;
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            pc.error(location, "file.brokenLink", relative);
            return Optional.empty();
        } catch (IOException e) {
            pc.error(location, "file.unreadable", e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (!real.startsWith(realFolder)) {
            pc.error(location, "scenario.linkOutside", relative, real.toString());
            return Optional.empty();
        }
        if (!Files.isRegularFile(real)) {
            pc.error(location, "file.notRegular", relative);
            return Optional.empty();
        }
        return Optional.of(real);
    }

    Optional<JsonNode> parse(Path file, ProblemCollector pc) {
        if (!fitsInMemory(file, pc)) {
            return Optional.empty();
        }
        JsonParser p = null;
        try (InputStream in = Files.newInputStream(file)) {
            p = mapper.createParser(in);
            if (p.nextToken() == null) {
                pc.error("", "file.empty");
                return Optional.empty();
            }
            JsonNode node = mapper.readTree(p);
            if (!endsAfterValue(p, pc)) {
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            reportSyntax(e, p, pc);
            return Optional.empty();
        } catch (NoSuchFileException e) {
            pc.error("", "file.missing");
            return Optional.empty();
        } catch (IOException e) {
            pc.error("", "file.unreadable", e.getClass().getSimpleName());
            return Optional.empty();
        } finally {
            closeQuietly(p);
        }
    }

    static void closeQuietly(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // nothing was written; closing a reader cannot lose data
            }
        }
    }

    /** After the root value: anything but whitespace is refused with its line:column. */
    static boolean endsAfterValue(JsonParser p, ProblemCollector pc) throws IOException {
        JsonLocation after = p.currentLocation();
        JsonToken next;
        try {
            next = p.nextToken();
        } catch (JsonProcessingException e) {
            pc.error(where(e.getLocation() == null ? after : e.getLocation()), "json.syntax.trailing");
            return false;
        }
        if (next != null) {
            pc.error(where(p.currentTokenLocation()), "json.syntax.trailing");
            return false;
        }
        return true;
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "" : Math.max(1, loc.getLineNr()) + ":" + Math.max(1, loc.getColumnNr());
    }

    /** Reports a JSON fault with its line:column (taken from the parser when the exception has none). */
    static void reportSyntax(JsonProcessingException e, JsonParser p, ProblemCollector pc) {
        JsonLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() < 1) && p != null) {
            loc = p.currentLocation();
        }
        String where = where(loc);
        String msg = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (msg.contains("nesting depth")) {
                pc.error(where, "json.tooDeep", MAX_NESTING_DEPTH);
            } else if (msg.contains("String value length")) {
                pc.error(where, "json.stringTooLong", MAX_STRING_LENGTH);
            } else if (msg.contains("Number value length")) {
                pc.error(where, "json.numberTooLong", MAX_NUMBER_LENGTH);
            } else {
                pc.error(where, "json.tooLarge");
            }
            return;
        }
        if (msg.contains("Invalid UTF-8") || msg.contains("Invalid UTF-32")) {
            pc.error(where, "file.notUtf8At");
            return;
        }
        pc.error(where, syntaxKey(e), syntaxArg(e));
    }

    /**
     * Refuses a file that would not fit in the memory this program may use (a read layer takes about
     * {@value #MEMORY_PER_FILE_BYTE} times the file size), with a message that says what to do.
     */
    static boolean fitsInMemory(Path file, ProblemCollector pc) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return true;
        }
        long max = Runtime.getRuntime().maxMemory();
        if (max != Long.MAX_VALUE && size * MEMORY_PER_FILE_BYTE > max) {
            pc.error("", "file.tooLarge", mb(size), mb(size * MEMORY_PER_FILE_BYTE), mb(max),
                    (size * MEMORY_PER_FILE_BYTE * 3 / 2 + (1L << 30) - 1) >> 30);
            return false;
        }
        return true;
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    private static String syntaxKey(JsonProcessingException e) {
        String msg = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || msg.contains("end-of-input")) {
            return "json.syntax.eof";
        }
        if (DUPLICATE.matcher(msg).find()) {
            return "json.syntax.duplicate";
        }
        if (CLOSER.matcher(msg).find()) {
            return "json.syntax.closer";
        }
        if (e instanceof JsonParseException && UNEXPECTED_CHAR.matcher(msg).find()) {
            return "json.syntax.unexpected";
        }
        return "json.syntax.other";
    }

    private static String syntaxArg(JsonProcessingException e) {
        String msg = String.valueOf(e.getOriginalMessage());
        Matcher m = DUPLICATE.matcher(msg);
        if (m.find()) {
            return m.group(1);
        }
        m = CLOSER.matcher(msg);
        if (m.find()) {
            return m.group(1);
        }
        m = UNEXPECTED_CHAR.matcher(msg);
        return m.find() ? m.group(1) : "";
    }

    private static List<Horizon> readHorizons(JsonCursor root) {
        List<Horizon> out = new ArrayList<>();
        root.array(Manifest.HORIZONS, true).ifPresent(items -> {
            for (JsonCursor h : items) {
                if (!h.node().isIntegralNumber()) {
                    root.problems().error(h.path(), "scenario.horizonNotNumber", JsonCursor.describe(h.node()), HORIZONS);
                    continue;
                }
                Optional<Horizon> hz = Horizon.fromYear(h.node().intValue());
                if (hz.isEmpty()) {
                    root.problems().error(h.path(), "scenario.unknownHorizon", h.node().intValue(), HORIZONS);
                } else if (!out.isEmpty() && out.get(out.size() - 1).compareTo(hz.get()) >= 0) {
                    root.problems().error(h.path(), "scenario.horizonOrder");
                } else {
                    out.add(hz.get());
                }
            }
        });
        if (out.isEmpty()) {
            out.addAll(List.of(Horizon.values()));
        }
        return out;
    }

    private static List<SourceDocument> readSources(JsonCursor root) {
        List<SourceDocument> out = new ArrayList<>();
        root.array(Manifest.SOURCES, true).ifPresent(items -> {
            for (JsonCursor s : items) {
                Optional<String> id = s.string(Source.ID, true);
                Optional<String> title = s.string(Source.TITLE, true);
                Optional<Integer> pages = s.integer(Source.PAGES, true);
                if (pages.isPresent() && pages.get() < 1) {
                    s.problems().error(s.childPath(Source.PAGES), "scenario.pagesPositive");
                    continue;
                }
                if (id.isPresent() && title.isPresent() && pages.isPresent()) {
                    if (out.stream().anyMatch(d -> d.id().equals(id.get()))) {
                        s.problems().error(s.childPath(Source.ID), "id.duplicate", id.get());
                        continue;
                    }
                    out.add(new SourceDocument(id.get(), title.get(), s.string(Source.PUBLISHER, false).orElse(""),
                            s.string(Source.DATE, false).orElse(""), pages.get(), s.string(Source.URL, false).orElse(""),
                            s.bool(Source.PAGES_ESTIMATED, false).orElse(false)));
                }
            }
        });
        return out;
    }

    private static List<LayerGroup> readGroups(JsonCursor root) {
        List<LayerGroup> out = new ArrayList<>();
        String allowed = String.join(", ", Arrays.stream(Theme.values()).map(Theme::id).toList());
        root.array(Manifest.GROUPS, true).ifPresent(items -> {
            for (JsonCursor g : items) {
                Optional<Theme> theme = g.enumValue(Group.ID, true, Theme::fromId, allowed);
                Optional<String> label = g.string(Group.LABEL, true);
                g.string(Group.KIND, false).ifPresent(k -> {
                    if (theme.isPresent() && !k.equals(theme.get().kind().id())) {
                        g.problems().warning(g.childPath(Group.KIND), "scenario.kindMismatch", k, theme.get().kind().id());
                    }
                });
                if (theme.isPresent() && label.isPresent()) {
                    if (out.stream().anyMatch(x -> x.theme() == theme.get())) {
                        g.problems().error(g.childPath(Group.ID), "id.duplicate", theme.get().id());
                        continue;
                    }
                    out.add(new LayerGroup(theme.get(), label.get(), g.string(Group.DESCRIPTION, false).orElse("")));
                }
            }
        });
        return out;
    }

    private Optional<Layer> readLayer(Path folder, JsonCursor lc, Set<Theme> groupThemes, Set<String> layerIds,
                                      Set<String> featureIds, List<SourceDocument> sources, List<Problem> problems) {
        Optional<String> id = lc.string(LayerEntry.ID, true);
        Optional<Theme> theme = lc.string(LayerEntry.GROUP, true).flatMap(g -> {
            Optional<Theme> t = Theme.fromId(g).filter(groupThemes::contains);
            if (t.isEmpty()) {
                lc.problems().error(lc.childPath(LayerEntry.GROUP), "scenario.unknownGroup", g);
            }
            return t;
        });
        Optional<String> label = lc.string(LayerEntry.LABEL, true);
        Optional<String> file = lc.string(LayerEntry.FILE, true);
        Optional<LayerStyle> style = lc.object(LayerEntry.STYLE, true).flatMap(ScenarioReader::readStyle);
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            lc.problems().error(lc.childPath(LayerEntry.ID), "id.format", id.get());
            return Optional.empty();
        }
        if (id.isPresent() && !layerIds.add(id.get())) {
            lc.problems().error(lc.childPath(LayerEntry.ID), "id.duplicate", id.get());
            return Optional.empty();
        }
        if (id.isEmpty() || theme.isEmpty() || label.isEmpty() || file.isEmpty() || style.isEmpty()) {
            return Optional.empty();
        }
        Path normalized = folder.resolve(file.get()).normalize();
        if (!normalized.startsWith(folder)) {
            lc.problems().error(lc.childPath(LayerEntry.FILE), "scenario.fileOutside", file.get());
            return Optional.empty();
        }
        ProblemCollector fpc = new ProblemCollector(file.get(), problems);
        List<Feature> features = checkedFile(folder, file.get(), fpc)
                .map(f -> layerFiles.read(f, file.get(), problems, id.get(), theme.get(), featureIds, sources))
                .orElse(List.of());
        Layer.Version aside = lc.object(LayerEntry.ASIDE, false)
                .flatMap(a -> readAside(folder, a, id.get(), theme.get(), sources, problems)).orElse(null);
        return Optional.of(new Layer(id.get(), theme.get(), label.get(), lc.string(LayerEntry.DESCRIPTION, false).orElse(""),
                lc.bool(LayerEntry.VISIBLE, false).orElse(true), style.get(), features, aside));
    }

    /** A layer's version aside: its kind and its features, read from their own file (ids unique within it). */
    private Optional<Layer.Version> readAside(Path folder, JsonCursor a, String layerId, Theme theme,
                                              List<SourceDocument> sources, List<Problem> problems) {
        Optional<Layer.Kind> kind = a.enumValue(Aside.VERSION, true, Layer.Kind::fromId, "schematisch, officieel");
        Optional<String> file = a.string(Aside.FILE, true);
        if (kind.isEmpty() || file.isEmpty()) {
            return Optional.empty();
        }
        if (!folder.resolve(file.get()).normalize().startsWith(folder)) {
            a.problems().error(a.childPath(Aside.FILE), "scenario.fileOutside", file.get());
            return Optional.empty();
        }
        ProblemCollector fpc = new ProblemCollector(file.get(), problems);
        return checkedFile(folder, file.get(), fpc)
                .map(f -> new Layer.Version(kind.get(), layerFiles.read(f, file.get(), problems, layerId, theme,
                        new HashSet<>(), sources)));
    }

    private static Optional<LayerStyle> readStyle(JsonCursor s) {
        Optional<String> color = s.string(Style.COLOR, true);
        if (color.isPresent() && !COLOR.matcher(color.get()).matches()) {
            s.problems().error(s.childPath(Style.COLOR), "style.color", color.get());
            return Optional.empty();
        }
        double opacity = s.number(Style.OPACITY, false).orElse(LayerStyle.DEFAULT_OPACITY);
        if (opacity < 0 || opacity > 1) {
            s.problems().error(s.childPath(Style.OPACITY), "style.opacity", opacity);
            return Optional.empty();
        }
        double width = s.number(Style.STROKE_WIDTH, false).orElse(LayerStyle.DEFAULT_STROKE_WIDTH);
        if (!(width > 0) || width > 50) {
            s.problems().error(s.childPath(Style.STROKE_WIDTH), "style.strokeWidth", width);
            return Optional.empty();
        }
        LayerStyle.PointSymbol symbol = s.enumValue(Style.SYMBOL, false, v -> switch (v) {
            case "circle" -> Optional.of(LayerStyle.PointSymbol.CIRCLE);
            case "square" -> Optional.of(LayerStyle.PointSymbol.SQUARE);
            case "triangle" -> Optional.of(LayerStyle.PointSymbol.TRIANGLE);
            default -> Optional.empty();
        }, "circle, square, triangle").orElse(LayerStyle.PointSymbol.CIRCLE);
        return color.map(c -> new LayerStyle(c, opacity, width, symbol));
    }

    static Optional<Horizon> horizon(JsonCursor p, String key, boolean required) {
        return p.integer(key, required).flatMap(y -> {
            Optional<Horizon> h = Horizon.fromYear(y);
            if (h.isEmpty()) {
                p.problems().error(p.childPath(key), "scenario.unknownHorizon", y, HORIZONS);
            }
            return h;
        });
    }

    static Optional<Citation> readCitation(JsonCursor s, List<SourceDocument> sources) {
        Optional<String> doc = s.string(Cite.DOCUMENT, true);
        Optional<Integer> page = s.integer(Cite.PAGE, true);
        String section = s.string(Cite.SECTION, false).orElse("");
        if (doc.isEmpty() || page.isEmpty()) {
            return Optional.empty();
        }
        Optional<SourceDocument> sd = sources.stream().filter(d -> d.id().equals(doc.get())).findFirst();
        if (sd.isEmpty()) {
            s.problems().error(s.childPath(Cite.DOCUMENT), "citation.unknownDocument", doc.get());
            return Optional.empty();
        }
        if (page.get() < 1 || page.get() > sd.get().pages()) {
            s.problems().error(s.childPath(Cite.PAGE), "citation.pageOutOfRange", page.get(), doc.get(), sd.get().pages());
            return Optional.empty();
        }
        return Optional.of(new Citation(doc.get(), page.get(), section));
    }

    private List<Rule> readRules(Path folder, List<SourceDocument> sources, Set<String> layerIds, Set<String> featureIds,
                                 List<Layer> layers, List<Problem> problems) {
        Path file = folder.resolve(RULES);
        List<Rule> out = new ArrayList<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        ProblemCollector pc = new ProblemCollector(RULES, problems);
        Optional<JsonNode> json = checkedFile(folder, RULES, pc).flatMap(f -> parse(f, pc));
        if (json.isEmpty()) {
            return out;
        }
        if (!json.get().isObject()) {
            pc.error("", "json.rootNotObject");
            return out;
        }
        JsonCursor root = new JsonCursor(json.get(), "", pc);
        Set<String> ids = new HashSet<>();
        root.array(RuleEntry.ROOT, true).ifPresent(items -> {
            for (JsonCursor r : items) {
                int before = pc.errorsAdded();
                Optional<String> id = r.string(RuleEntry.ID, true);
                if (id.isPresent() && !ID.matcher(id.get()).matches()) {
                    pc.error(r.childPath(RuleEntry.ID), "id.format", id.get());
                } else if (id.isPresent() && !ids.add(id.get())) {
                    pc.error(r.childPath(RuleEntry.ID), "id.duplicate", id.get());
                }
                Optional<Relation> relation = r.enumValue(RuleEntry.RELATION, true, Relation::fromId,
                        "conflict, voorwaardelijk, koppelkans");
                Optional<String> title = r.string(RuleEntry.TITLE, true);
                Optional<Selector> a = r.object(RuleEntry.A, true).flatMap(c -> selector(c, layerIds, featureIds));
                Optional<Selector> b = r.object(RuleEntry.B, true).flatMap(c -> selector(c, layerIds, featureIds));
                double buffer = r.number(RuleEntry.BUFFER_METERS, false).orElse(0.0);
                if (buffer < 0 || buffer > 100_000) {
                    pc.error(r.childPath(RuleEntry.BUFFER_METERS), "rule.buffer", buffer);
                }
                Optional<Character> sturend = r.string(RuleEntry.STUREND, false).flatMap(v -> {
                    if (v.equals("a") || v.equals("b")) {
                        return Optional.of(v.charAt(0));
                    }
                    pc.error(r.childPath(RuleEntry.STUREND), "json.unknownValue", RuleEntry.STUREND, v, "a, b");
                    return Optional.empty();
                });
                Optional<String> explanation = r.string(RuleEntry.EXPLANATION, true);
                String choice = r.string(RuleEntry.CHOICE, false).orElse("");
                Optional<Citation> source = r.object(RuleEntry.SOURCE, true).flatMap(c -> readCitation(c, sources));
                if (a.isPresent() && b.isPresent() && sturend.isEmpty() && !r.has(RuleEntry.STUREND)
                        && (touchesWaterEnBodem(a.get(), layers) || touchesWaterEnBodem(b.get(), layers))) {
                    pc.error(r.path(), "rule.sturendMissing");
                }
                if (pc.errorsAdded() == before && id.isPresent() && relation.isPresent() && title.isPresent()
                        && a.isPresent() && b.isPresent() && explanation.isPresent() && source.isPresent()) {
                    out.add(new Rule(id.get(), relation.get(), title.get(), a.get(), b.get(), buffer, sturend,
                            explanation.get(), choice, source.get()));
                }
            }
        });
        return out;
    }

    private static boolean touchesWaterEnBodem(Selector s, List<Layer> layers) {
        return layers.stream().flatMap(l -> l.features().stream())
                .anyMatch(f -> f.theme() == Theme.WATER_EN_BODEM && s.matches(f));
    }

    private static Optional<Selector> selector(JsonCursor c, Set<String> layerIds, Set<String> featureIds) {
        List<String> layers = c.strings(Sel.LAYERS);
        for (int i = 0; i < layers.size(); i++) {
            if (!layerIds.contains(layers.get(i))) {
                c.problems().error(c.childPath(Sel.LAYERS) + "[" + i + "]", "rule.unknownLayer", layers.get(i));
            }
        }
        List<String> features = c.strings(Sel.FEATURES);
        for (int i = 0; i < features.size(); i++) {
            if (!featureIds.contains(features.get(i))) {
                c.problems().error(c.childPath(Sel.FEATURES) + "[" + i + "]", "keuze.unknownFeature", features.get(i));
            }
        }
        Set<Theme> themes = new LinkedHashSet<>();
        List<String> themeIds = c.strings(Sel.THEMES);
        for (int i = 0; i < themeIds.size(); i++) {
            Optional<Theme> t = Theme.fromId(themeIds.get(i));
            if (t.isEmpty()) {
                c.problems().error(c.childPath(Sel.THEMES) + "[" + i + "]", "json.unknownValue", Sel.THEMES, themeIds.get(i),
                        String.join(", ", Arrays.stream(Theme.values()).map(Theme::id).toList()));
            } else {
                themes.add(t.get());
            }
        }
        Selector s = new Selector(new LinkedHashSet<>(layers), new LinkedHashSet<>(c.strings(Sel.TAGS)), themes,
                new LinkedHashSet<>(features), new LinkedHashSet<>(c.strings(Sel.EXCEPT_TAGS)));
        if (s.isEmpty()) {
            c.problems().error(c.path(), "rule.emptySelector");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private List<Keuze> readKeuzes(Path folder, List<SourceDocument> sources, Set<String> featureIds, List<Problem> problems) {
        Path file = folder.resolve(KEUZES);
        List<Keuze> out = new ArrayList<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        ProblemCollector pc = new ProblemCollector(KEUZES, problems);
        Optional<JsonNode> json = checkedFile(folder, KEUZES, pc).flatMap(f -> parse(f, pc));
        if (json.isEmpty()) {
            return out;
        }
        JsonCursor root = new JsonCursor(json.get(), "", pc);
        if (!json.get().isObject()) {
            pc.error("", "json.rootNotObject");
            return out;
        }
        Set<String> ids = new HashSet<>();
        String allowedThemes = String.join(", ", Arrays.stream(Theme.values()).map(Theme::id).toList());
        root.array(KeuzeEntry.ROOT, true).ifPresent(items -> {
            for (JsonCursor k : items) {
                int before = pc.errorsAdded();
                Optional<String> id = k.string(KeuzeEntry.ID, true);
                if (id.isPresent() && !ID.matcher(id.get()).matches()) {
                    pc.error(k.childPath(KeuzeEntry.ID), "id.format", id.get());
                } else if (id.isPresent() && !ids.add(id.get())) {
                    pc.error(k.childPath(KeuzeEntry.ID), "id.duplicate", id.get());
                }
                Optional<Theme> theme = k.enumValue(KeuzeEntry.THEME, true, Theme::fromId, allowedThemes);
                Optional<KeuzeCategorie> cat = k.enumValue(KeuzeEntry.CATEGORY, true,
                        v -> KeuzeCategorie.fromId(v).filter(c -> c != KeuzeCategorie.BESTAAND),
                        "gemaakt, te-maken, te-agenderen, te-maken-of-agenderen");
                Optional<Horizon> horizon = horizon(k, KeuzeEntry.HORIZON, true);
                Optional<String> title = k.string(KeuzeEntry.TITLE, true);
                Optional<String> summary = k.string(KeuzeEntry.SUMMARY, true);
                Optional<Citation> source = k.object(KeuzeEntry.SOURCE, true).flatMap(s -> readCitation(s, sources));
                Set<String> tags = new LinkedHashSet<>(k.strings(KeuzeEntry.TAGS));
                boolean complete = pc.errorsAdded() == before;
                List<String> links = new ArrayList<>();
                List<String> listed = k.strings(KeuzeEntry.FEATURES);
                for (int i = 0; i < listed.size(); i++) {
                    if (featureIds.contains(listed.get(i))) {
                        links.add(listed.get(i));
                    } else {
                        pc.error(k.childPath(KeuzeEntry.FEATURES) + "[" + i + "]", "keuze.unknownFeature", listed.get(i));
                    }
                }
                if (complete && id.isPresent() && theme.isPresent() && cat.isPresent()
                        && horizon.isPresent() && title.isPresent() && summary.isPresent() && source.isPresent()) {
                    out.add(new Keuze(id.get(), theme.get(), cat.get(), horizon.get(), title.get(), summary.get(),
                            source.get(), links, tags));
                }
            }
        });
        return out;
    }
}
