package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ruimteverkenner.io.ScenarioKeys.Board;
import nl.ruimteverkenner.io.ScenarioKeys.Cite;
import nl.ruimteverkenner.io.ScenarioKeys.FeatureProps;
import nl.ruimteverkenner.io.ScenarioKeys.GeoJson;
import nl.ruimteverkenner.io.ScenarioKeys.Group;
import nl.ruimteverkenner.io.ScenarioKeys.KeuzeEntry;
import nl.ruimteverkenner.io.ScenarioKeys.Aside;
import nl.ruimteverkenner.io.ScenarioKeys.LayerEntry;
import nl.ruimteverkenner.io.ScenarioKeys.Manifest;
import nl.ruimteverkenner.io.ScenarioKeys.NoteEntry;
import nl.ruimteverkenner.io.ScenarioKeys.RuleEntry;
import nl.ruimteverkenner.io.ScenarioKeys.Sel;
import nl.ruimteverkenner.io.ScenarioKeys.Source;
import nl.ruimteverkenner.io.ScenarioKeys.Style;
import nl.ruimteverkenner.io.ScenarioKeys.Variant;
import nl.ruimteverkenner.io.ScenarioKeys.VoteEntry;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a scenario as a folder in the documented format, so that a crash or power loss during a save
 * leaves either the old or the new scenario, never a mix or half a file: every file is written and
 * forced to disk in a new sibling folder, which then replaces the old folder by two renames. If the
 * process dies between those renames, {@link #recover} restores the old folder. The output is deterministic:
 * the same scenario gives the same bytes (keys in a fixed order, tags and selectors sorted).
 */
public final class ScenarioWriter {
    private static final String NEW = ".nieuw-";
    private static final String OLD = ".oud-";
    private static final String LAYERS_DIR = "layers";
    /** The new folders being written by a save in this process, which a clean-up must leave alone. */
    private static final Pattern TEMPORARY = Pattern.compile("(.+)(?:\\.nieuw-|\\.oud-)[0-9a-f]{8}");
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Saves {@code s} into {@code target} (a scenario folder), replacing what was there. */
    public void save(Scenario s, Path target) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        swapIn(dir, fresh -> writeScenario(s, fresh, dir));
    }

    /** Writes the files of a folder that {@link #swapIn} is about to put in place. */
    @FunctionalInterface
    public interface FolderContent {
        /** Writes everything into {@code fresh}, an empty folder; each file must be forced to disk. */
        void writeInto(Path fresh) throws IOException;
    }

    /**
     * Replaces the folder {@code target} as a whole: {@code content} is written into a new sibling folder, which
     * then replaces the old folder by two renames; a crash leaves the old or the new folder (see {@link #recover}).
     */
    public static void swapIn(Path target, FolderContent content) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        recover(dir);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path fresh = parent.resolve(dir.getFileName() + NEW + tag);
        Path old = parent.resolve(dir.getFileName() + OLD + tag);
        IN_PROGRESS.add(fresh);
        try {
            Files.createDirectories(fresh);
            content.writeInto(fresh);
            forceDir(fresh);
            if (Files.exists(dir)) {
                move(dir, old);
            }
            move(fresh, dir);
            forceDir(parent);
        } finally {
            try {
                deleteTree(fresh);
            } finally {
                IN_PROGRESS.remove(fresh);
            }
        }
        deleteTree(old);
    }

    /**
     * Writes the scenario's files into {@code fresh}, the manifest last (so a folder with a manifest is complete),
     * carrying over the files the format does not cover from {@code previous}, if it exists.
     */
    void writeScenario(Scenario s, Path fresh, Path previous) throws IOException {
        Files.createDirectories(fresh.resolve(LAYERS_DIR));
        for (Layer l : s.layers()) {
            write(fresh.resolve(layerFile(l)), layer(l.features()));
            if (l.aside() != null) {
                write(fresh.resolve(asideFile(l)), layer(l.aside().features()));
            }
        }
        if (!s.keuzes().isEmpty()) {
            write(fresh.resolve(ScenarioReader.KEUZES), Map.of(KeuzeEntry.ROOT, s.keuzes().stream().map(ScenarioWriter::keuze).toList()));
        }
        if (!s.rules().isEmpty()) {
            write(fresh.resolve(ScenarioReader.RULES), Map.of(RuleEntry.ROOT, s.rules().stream().map(ScenarioWriter::rule).toList()));
        }
        if (!s.board().isEmpty()) {
            write(fresh.resolve(ScenarioReader.NOTES), board(s.board()));
        }
        carryOver(previous, fresh);
        forceDir(fresh.resolve(LAYERS_DIR));
        write(fresh.resolve(ScenarioReader.MANIFEST), manifest(s));
    }

    /**
     * Repairs the state a crash during {@link #save} or {@link #swapIn} can leave: when the folder is missing but
     * the old one was moved aside, it is moved back; when it is missing and nothing was moved aside (a save into a
     * new folder), a complete new folder is moved in place; unfinished new folders are removed. New folders that a
     * save in this process is still writing are left alone.
     */
    public static void recover(Path target) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = dir.getFileName().toString();
        List<Path> olds = new ArrayList<>();
        List<Path> news = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(name + OLD)) {
                    olds.add(p);
                } else if (n.startsWith(name + NEW) && !IN_PROGRESS.contains(p.toAbsolutePath().normalize())) {
                    news.add(p);
                }
            });
        }
        if (!Files.exists(dir) && !olds.isEmpty()) {
            move(olds.remove(0), dir);
        }
        if (!Files.exists(dir)) {
            for (Path p : news) {
                if (isComplete(p)) {
                    move(p, dir);
                    break;
                }
            }
        }
        for (Path p : olds) {
            deleteTree(p);
        }
        for (Path p : news) {
            deleteTree(p);
        }
    }

    /**
     * Recovers every folder in {@code parent} that a crashed save left behind (see {@link #recover}), so no
     * temporary folder stays: called before listing the scenario folders there.
     */
    public static void recoverAll(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        List<Path> targets;
        try (Stream<Path> all = Files.list(parent)) {
            targets = all.map(p -> TEMPORARY.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> parent.resolve(m.group(1))).distinct().toList();
        }
        for (Path t : targets) {
            recover(t);
        }
    }

    /** Whether {@code folder} is a temporary folder of a save (new or moved aside), never a scenario of its own. */
    public static boolean isTemporary(Path folder) {
        return TEMPORARY.matcher(folder.getFileName().toString()).matches();
    }

    /** Whether a new folder was written completely: its manifest (written last) is readable, its layers exist. */
    private static boolean isComplete(Path folder) {
        try {
            JsonNode root = new ObjectMapper().readTree(folder.resolve(ScenarioReader.MANIFEST).toFile());
            if (root == null || !root.isObject()) {
                return false;
            }
            for (JsonNode l : root.path(Manifest.LAYERS)) {
                if (!Files.isRegularFile(folder.resolve(l.path(LayerEntry.FILE).asText("-")))) {
                    return false;
                }
                if (l.has(LayerEntry.ASIDE)
                        && !Files.isRegularFile(folder.resolve(l.path(LayerEntry.ASIDE).path(Aside.FILE).asText("-")))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Files in the old folder that the format does not cover (e.g. recorded choices) move along. */
    private static void carryOver(Path oldDir, Path fresh) throws IOException {
        Path keuzes = oldDir.resolve(SchuurpuntKeuzeStore.FILE);
        if (Files.isRegularFile(keuzes)) {
            Files.copy(keuzes, fresh.resolve(SchuurpuntKeuzeStore.FILE));
        }
    }

    private void write(Path file, Object tree) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(tree);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void forceDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a directory; the renames are still atomic
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

    private static Map<String, Object> manifest(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Manifest.FORMAT_VERSION, 1);
        m.put(Manifest.ID, s.id());
        m.put(Manifest.NAME, s.name());
        if (!s.description().isEmpty()) {
            m.put(Manifest.DESCRIPTION, s.description());
        }
        s.variant().ifPresent(v -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(Variant.BASED_ON, v.basedOn());
            x.put(Variant.AUTHOR, v.author());
            x.put(Variant.DATE, v.date());
            m.put(Manifest.VARIANT, x);
        });
        m.put(Manifest.HORIZONS, s.horizons().stream().map(Horizon::year).toList());
        List<Object> sources = new ArrayList<>();
        for (SourceDocument d : s.sources()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(Source.ID, d.id());
            x.put(Source.TITLE, d.title());
            x.put(Source.PUBLISHER, d.publisher());
            x.put(Source.DATE, d.date());
            x.put(Source.PAGES, d.pages());
            if (!d.url().isEmpty()) {
                x.put(Source.URL, d.url());
            }
            if (d.pagesEstimated()) {
                x.put(Source.PAGES_ESTIMATED, true);
            }
            sources.add(x);
        }
        m.put(Manifest.SOURCES, sources);
        List<Object> groups = new ArrayList<>();
        for (LayerGroup g : s.groups()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(Group.ID, g.theme().id());
            x.put(Group.LABEL, g.label());
            x.put(Group.KIND, g.kind().id());
            if (!g.description().isEmpty()) {
                x.put(Group.DESCRIPTION, g.description());
            }
            groups.add(x);
        }
        m.put(Manifest.GROUPS, groups);
        List<Object> layers = new ArrayList<>();
        for (Layer l : s.layers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(LayerEntry.ID, l.id());
            x.put(LayerEntry.GROUP, l.theme().id());
            x.put(LayerEntry.LABEL, l.label());
            x.put(LayerEntry.FILE, layerFile(l));
            if (!l.description().isEmpty()) {
                x.put(LayerEntry.DESCRIPTION, l.description());
            }
            x.put(LayerEntry.VISIBLE, l.visibleByDefault());
            Map<String, Object> style = new LinkedHashMap<>();
            style.put(Style.COLOR, l.style().color());
            style.put(Style.OPACITY, l.style().opacity());
            style.put(Style.STROKE_WIDTH, l.style().strokeWidth());
            style.put(Style.SYMBOL, l.style().symbol().name().toLowerCase(Locale.ROOT));
            x.put(LayerEntry.STYLE, style);
            if (l.aside() != null) {
                Map<String, Object> aside = new LinkedHashMap<>();
                aside.put(Aside.VERSION, l.aside().kind().id());
                aside.put(Aside.FILE, asideFile(l));
                x.put(LayerEntry.ASIDE, aside);
            }
            layers.add(x);
        }
        m.put(Manifest.LAYERS, layers);
        return m;
    }

    /** The layer's file, relative to the scenario folder. */
    private static String layerFile(Layer l) {
        return LAYERS_DIR + "/" + l.id() + ".geojson";
    }

    /** The file of the layer's version aside, relative to the scenario folder. */
    private static String asideFile(Layer l) {
        return LAYERS_DIR + "/" + l.id() + "." + l.aside().kind().id() + ".geojson";
    }

    private static Map<String, Object> layer(List<Feature> layerFeatures) {
        List<Object> features = new ArrayList<>();
        for (Feature f : layerFeatures) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put(FeatureProps.ID, f.id());
            p.put(FeatureProps.LABEL, f.label());
            p.put(FeatureProps.THEME, f.theme().id());
            p.put(FeatureProps.HORIZON, f.horizon().year());
            f.until().ifPresent(u -> p.put(FeatureProps.UNTIL, u.year()));
            p.put(FeatureProps.CATEGORY, f.category().id());
            p.put(FeatureProps.DESCRIPTION, f.description());
            p.put(FeatureProps.SOURCES, f.sources().stream().map(ScenarioWriter::citation).toList());
            p.put(FeatureProps.SCHEMATIC, f.schematic());
            p.put(FeatureProps.BASIS, f.basis().id());
            f.sameAs().ifPresent(target -> p.put(FeatureProps.SAME_AS, target));
            if (!f.tags().isEmpty()) {
                p.put(FeatureProps.TAGS, f.tags().stream().sorted().toList());
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(GeoJson.TYPE, GeoJson.FEATURE);
            x.put(GeoJson.PROPERTIES, p);
            x.put(GeoJson.GEOMETRY, geometry(f.geometry()));
            features.add(x);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put(GeoJson.TYPE, GeoJson.FEATURE_COLLECTION);
        fc.put(GeoJson.FEATURES, features);
        return fc;
    }

    private static Map<String, Object> board(WorkshopBoard b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Board.FORMAT_VERSION, 1);
        m.put(Board.DOTS, b.dotsPerParticipant());
        m.put(Board.NEXT_NUMBER, b.nextNumber());
        m.put(Board.PARTICIPANTS, b.participants());
        List<Object> notes = new ArrayList<>();
        for (Note n : b.notes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(NoteEntry.ID, n.id());
            x.put(NoteEntry.NUMBER, n.number());
            x.put(NoteEntry.LON, n.lon());
            x.put(NoteEntry.LAT, n.lat());
            x.put(NoteEntry.TEXT, n.text());
            x.put(NoteEntry.AUTHOR, n.author());
            x.put(NoteEntry.COLOUR, n.colour().id());
            x.put(NoteEntry.CREATED, n.created());
            notes.add(x);
        }
        m.put(Board.NOTES, notes);
        List<Object> votes = new ArrayList<>();
        for (Vote v : b.votes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put(VoteEntry.PARTICIPANT, v.participant());
            x.put(VoteEntry.KIND, v.kind().id());
            x.put(VoteEntry.TARGET, v.targetId());
            votes.add(x);
        }
        m.put(Board.VOTES, votes);
        return m;
    }

    private static Map<String, Object> citation(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Cite.DOCUMENT, c.document());
        m.put(Cite.PAGE, c.page());
        if (!c.section().isEmpty()) {
            m.put(Cite.SECTION, c.section());
        }
        return m;
    }

    private static Map<String, Object> keuze(Keuze k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(KeuzeEntry.ID, k.id());
        m.put(KeuzeEntry.THEME, k.theme().id());
        m.put(KeuzeEntry.CATEGORY, k.category().id());
        m.put(KeuzeEntry.HORIZON, k.horizon().year());
        m.put(KeuzeEntry.TITLE, k.title());
        m.put(KeuzeEntry.SUMMARY, k.summary());
        m.put(KeuzeEntry.SOURCE, citation(k.source()));
        m.put(KeuzeEntry.FEATURES, k.featureIds());
        if (!k.tags().isEmpty()) {
            m.put(KeuzeEntry.TAGS, k.tags().stream().sorted().toList());
        }
        return m;
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(RuleEntry.ID, r.id());
        m.put(RuleEntry.RELATION, r.relation().id());
        m.put(RuleEntry.TITLE, r.title());
        m.put(RuleEntry.A, selector(r.a()));
        m.put(RuleEntry.B, selector(r.b()));
        if (r.bufferMeters() > 0) {
            m.put(RuleEntry.BUFFER_METERS, r.bufferMeters());
        }
        r.sturend().ifPresent(c -> m.put(RuleEntry.STUREND, String.valueOf(c)));
        m.put(RuleEntry.EXPLANATION, r.explanation());
        if (!r.choice().isEmpty()) {
            m.put(RuleEntry.CHOICE, r.choice());
        }
        m.put(RuleEntry.SOURCE, citation(r.source()));
        return m;
    }

    private static Map<String, Object> selector(Selector s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!s.layers().isEmpty()) {
            m.put(Sel.LAYERS, s.layers().stream().sorted().toList());
        }
        if (!s.tags().isEmpty()) {
            m.put(Sel.TAGS, s.tags().stream().sorted().toList());
        }
        if (!s.themes().isEmpty()) {
            m.put(Sel.THEMES, s.themes().stream().map(Theme::id).sorted().toList());
        }
        if (!s.features().isEmpty()) {
            m.put(Sel.FEATURES, s.features().stream().sorted().toList());
        }
        if (!s.exceptTags().isEmpty()) {
            m.put(Sel.EXCEPT_TAGS, s.exceptTags().stream().sorted().toList());
        }
        return m;
    }

    /** GeoJSON geometry object of a JTS geometry (lon/lat), coordinates rounded to 1e-7 degrees. */
    static Map<String, Object> geometry(Geometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (g.getGeometryType()) {
            case "Point" -> {
                m.put(GeoJson.TYPE, "Point");
                m.put(GeoJson.COORDINATES, pos(((Point) g).getCoordinate()));
            }
            case "LineString", "LinearRing" -> {
                m.put(GeoJson.TYPE, "LineString");
                m.put(GeoJson.COORDINATES, line((LineString) g));
            }
            case "Polygon" -> {
                m.put(GeoJson.TYPE, "Polygon");
                m.put(GeoJson.COORDINATES, polygon((Polygon) g));
            }
            case "MultiPoint", "MultiLineString", "MultiPolygon" -> {
                m.put(GeoJson.TYPE, g.getGeometryType());
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Geometry p = g.getGeometryN(i);
                    parts.add(p instanceof Point pt ? pos(pt.getCoordinate()) : p instanceof Polygon poly ? polygon(poly) : line((LineString) p));
                }
                m.put(GeoJson.COORDINATES, parts);
            }
            default -> {
                m.put(GeoJson.TYPE, "GeometryCollection");
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    parts.add(geometry(g.getGeometryN(i)));
                }
                m.put(GeoJson.GEOMETRIES, parts);
            }
        }
        return m;
    }

    private static List<Double> pos(Coordinate c) {
        return List.of(Math.round(c.x * 1e7) / 1e7, Math.round(c.y * 1e7) / 1e7);
    }

    private static List<Object> line(LineString l) {
        List<Object> out = new ArrayList<>();
        for (Coordinate c : l.getCoordinates()) {
            out.add(pos(c));
        }
        return out;
    }

    private static List<Object> polygon(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(line(p.getExteriorRing()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(line(p.getInteriorRingN(i)));
        }
        return rings;
    }
}
