package nl.ruimteverkenner.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.Selector;
import nl.ruimteverkenner.model.SourceDocument;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a scenario as a folder in the documented format, so that a crash or power loss during a save
 * leaves either the old or the new scenario, never a mix or half a file: every file is written and
 * forced to disk in a new sibling folder, which then replaces the old folder by two renames. If the
 * process dies between those renames, {@link #recover} restores the old folder.
 */
public final class ScenarioWriter {
    private static final String NEW = ".nieuw-";
    private static final String OLD = ".oud-";
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Saves {@code s} into {@code target} (a scenario folder), replacing what was there. */
    public void save(Scenario s, Path target) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        recover(dir);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path fresh = parent.resolve(dir.getFileName() + NEW + tag);
        Path old = parent.resolve(dir.getFileName() + OLD + tag);
        try {
            Files.createDirectories(fresh.resolve("layers"));
            write(fresh.resolve(ScenarioReader.MANIFEST), manifest(s));
            for (Layer l : s.layers()) {
                write(fresh.resolve("layers").resolve(l.id() + ".geojson"), layer(l));
            }
            if (!s.keuzes().isEmpty()) {
                write(fresh.resolve(ScenarioReader.KEUZES), Map.of("keuzes", s.keuzes().stream().map(ScenarioWriter::keuze).toList()));
            }
            if (!s.rules().isEmpty()) {
                write(fresh.resolve(ScenarioReader.RULES), Map.of("rules", s.rules().stream().map(ScenarioWriter::rule).toList()));
            }
            carryOver(dir, fresh);
            forceDir(fresh.resolve("layers"));
            forceDir(fresh);
            if (Files.exists(dir)) {
                move(dir, old);
            }
            move(fresh, dir);
            forceDir(parent);
        } finally {
            deleteTree(fresh);
        }
        deleteTree(old);
    }

    /**
     * Repairs the state a crash during {@link #save} can leave: when the scenario folder is missing but
     * the old one was moved aside, it is moved back; unfinished new folders are removed.
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
                } else if (n.startsWith(name + NEW)) {
                    news.add(p);
                }
            });
        }
        if (!Files.exists(dir) && !olds.isEmpty()) {
            move(olds.remove(0), dir);
        }
        for (Path p : olds) {
            deleteTree(p);
        }
        for (Path p : news) {
            deleteTree(p);
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
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
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
        m.put("formatVersion", 1);
        m.put("id", s.id());
        m.put("name", s.name());
        if (!s.description().isEmpty()) {
            m.put("description", s.description());
        }
        s.variant().ifPresent(v -> m.put("variant", Map.of("basedOn", v.basedOn(), "author", v.author(), "date", v.date())));
        m.put("horizons", s.horizons().stream().map(h -> h.year()).toList());
        List<Object> sources = new ArrayList<>();
        for (SourceDocument d : s.sources()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", d.id());
            x.put("title", d.title());
            x.put("publisher", d.publisher());
            x.put("date", d.date());
            x.put("pages", d.pages());
            if (!d.url().isEmpty()) {
                x.put("url", d.url());
            }
            sources.add(x);
        }
        m.put("sources", sources);
        List<Object> groups = new ArrayList<>();
        for (LayerGroup g : s.groups()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", g.theme().id());
            x.put("label", g.label());
            x.put("kind", g.kind().id());
            if (!g.description().isEmpty()) {
                x.put("description", g.description());
            }
            groups.add(x);
        }
        m.put("groups", groups);
        List<Object> layers = new ArrayList<>();
        for (Layer l : s.layers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", l.id());
            x.put("group", l.theme().id());
            x.put("label", l.label());
            x.put("file", "layers/" + l.id() + ".geojson");
            if (!l.description().isEmpty()) {
                x.put("description", l.description());
            }
            x.put("visible", l.visibleByDefault());
            x.put("style", Map.of("color", l.style().color(), "opacity", l.style().opacity(),
                    "strokeWidth", l.style().strokeWidth(), "symbol", l.style().symbol().name().toLowerCase(java.util.Locale.ROOT)));
            layers.add(x);
        }
        m.put("layers", layers);
        return m;
    }

    private static Map<String, Object> layer(Layer l) {
        List<Object> features = new ArrayList<>();
        for (Feature f : l.features()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", f.id());
            p.put("label", f.label());
            p.put("theme", f.theme().id());
            p.put("horizon", f.horizon().year());
            f.until().ifPresent(u -> p.put("until", u.year()));
            p.put("category", f.category().id());
            p.put("description", f.description());
            p.put("sources", f.sources().stream().map(ScenarioWriter::citation).toList());
            p.put("schematic", f.schematic());
            if (!f.tags().isEmpty()) {
                p.put("tags", f.tags().stream().sorted().toList());
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("type", "Feature");
            x.put("properties", p);
            x.put("geometry", geometry(f.geometry()));
            features.add(x);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }

    private static Map<String, Object> citation(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", c.document());
        m.put("page", c.page());
        if (!c.section().isEmpty()) {
            m.put("section", c.section());
        }
        return m;
    }

    private static Map<String, Object> keuze(Keuze k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("theme", k.theme().id());
        m.put("category", k.category().id());
        m.put("horizon", k.horizon().year());
        m.put("title", k.title());
        m.put("summary", k.summary());
        m.put("source", citation(k.source()));
        m.put("features", k.featureIds());
        if (!k.tags().isEmpty()) {
            m.put("tags", k.tags().stream().sorted().toList());
        }
        return m;
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("relation", r.relation().id());
        m.put("title", r.title());
        m.put("a", selector(r.a()));
        m.put("b", selector(r.b()));
        if (r.bufferMeters() > 0) {
            m.put("bufferMeters", r.bufferMeters());
        }
        r.sturend().ifPresent(c -> m.put("sturend", String.valueOf(c)));
        m.put("explanation", r.explanation());
        if (!r.choice().isEmpty()) {
            m.put("choice", r.choice());
        }
        m.put("source", citation(r.source()));
        return m;
    }

    private static Map<String, Object> selector(Selector s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!s.layers().isEmpty()) {
            m.put("layers", s.layers().stream().sorted().toList());
        }
        if (!s.tags().isEmpty()) {
            m.put("tags", s.tags().stream().sorted().toList());
        }
        if (!s.themes().isEmpty()) {
            m.put("themes", s.themes().stream().map(t -> t.id()).sorted().toList());
        }
        if (!s.features().isEmpty()) {
            m.put("features", s.features().stream().sorted().toList());
        }
        if (!s.exceptTags().isEmpty()) {
            m.put("exceptTags", s.exceptTags().stream().sorted().toList());
        }
        return m;
    }

    /** GeoJSON geometry object of a JTS geometry (lon/lat), coordinates rounded to 1e-7 degrees. */
    static Map<String, Object> geometry(Geometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (g.getGeometryType()) {
            case "Point" -> {
                m.put("type", "Point");
                m.put("coordinates", pos(((Point) g).getCoordinate()));
            }
            case "LineString", "LinearRing" -> {
                m.put("type", "LineString");
                m.put("coordinates", line((LineString) g));
            }
            case "Polygon" -> {
                m.put("type", "Polygon");
                m.put("coordinates", polygon((Polygon) g));
            }
            case "MultiPoint", "MultiLineString", "MultiPolygon" -> {
                m.put("type", g.getGeometryType());
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Geometry p = g.getGeometryN(i);
                    parts.add(p instanceof Point pt ? pos(pt.getCoordinate()) : p instanceof Polygon poly ? polygon(poly) : line((LineString) p));
                }
                m.put("coordinates", parts);
            }
            default -> {
                m.put("type", "GeometryCollection");
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    parts.add(geometry(g.getGeometryN(i)));
                }
                m.put("geometries", parts);
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
