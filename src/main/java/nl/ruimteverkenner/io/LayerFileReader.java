package nl.ruimteverkenner.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.ruimteverkenner.io.ScenarioKeys.FeatureProps;
import nl.ruimteverkenner.io.ScenarioKeys.GeoJson;
import nl.ruimteverkenner.io.ScenarioKeys.Manifest;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads one layer file of a scenario: a GeoJSON FeatureCollection streamed feature by feature (coordinates
 * go straight into JTS, only each feature's properties become a small tree), with every fault reported in
 * Dutch with its JSON path; and checks the features' {@code sameAs} references once all layers are read.
 * Used by {@link ScenarioReader}, whose JSON limits and syntax messages it shares.
 */
final class LayerFileReader {
    private final ObjectMapper mapper;

    LayerFileReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Streams a layer file (a GeoJSON FeatureCollection) feature by feature: coordinates go straight from the
     * parser into packed arrays and JTS, only each feature's properties become a (small) tree. A file with a
     * JSON fault yields no features, only the fault, exactly as if it had been read whole.
     */
    List<Feature> read(Path file, String name, List<Problem> problems, String layerId, Theme theme,
                                        Set<String> featureIds, List<SourceDocument> sources) {
        ProblemCollector fpc = new ProblemCollector(name, problems);
        if (!ScenarioReader.fitsInMemory(file, fpc)) {
            return List.of();
        }
        List<Problem> pending = new ArrayList<>();
        ProblemCollector tmp = new ProblemCollector(name, pending);
        Set<String> ids = new HashSet<>();
        Predicate<String> claim = fid -> !featureIds.contains(fid) && ids.add(fid);
        List<Scanned> scanned = new ArrayList<>();
        JsonParser p = null;
        try (InputStream in = Files.newInputStream(file)) {
            p = mapper.createParser(in);
            JsonToken t = p.nextToken();
            if (t == null) {
                fpc.error("", "file.empty");
                return List.of();
            }
            JsonNode type = null;
            boolean featuresSeen = false;
            boolean featuresNotArray = false;
            if (t == JsonToken.START_OBJECT) {
                for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                    JsonToken v = p.nextToken();
                    if (field.equals(GeoJson.TYPE)) {
                        type = mapper.readTree(p);
                    } else if (field.equals(GeoJson.FEATURES) && v == JsonToken.START_ARRAY) {
                        featuresSeen = true;
                        int i = 0;
                        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), i++) {
                            String path = GeoJson.FEATURES + "[" + i + "]";
                            if (e != JsonToken.START_OBJECT) {
                                p.skipChildren();
                                scanned.add(new Scanned(path, null, null, false));
                                continue;
                            }
                            scanned.add(scan(p, path));
                        }
                    } else {
                        featuresNotArray |= field.equals(GeoJson.FEATURES) && v != JsonToken.VALUE_NULL;
                        featuresSeen |= field.equals(GeoJson.FEATURES) && v != JsonToken.VALUE_NULL;
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            if (!ScenarioReader.endsAfterValue(p, fpc)) {
                return List.of();
            }
            if (t != JsonToken.START_OBJECT || type == null || !GeoJson.FEATURE_COLLECTION.equals(type.asText())) {
                fpc.error(GeoJson.TYPE, "geo.notFeatureCollection");
                return List.of();
            }
            if (!featuresSeen) {
                fpc.error(GeoJson.FEATURES, "json.missing", GeoJson.FEATURES);
            } else if (featuresNotArray) {
                fpc.error(GeoJson.FEATURES, "json.notArray", GeoJson.FEATURES);
            }
        } catch (JsonProcessingException e) {
            ScenarioReader.reportSyntax(e, p, fpc);
            return List.of();
        } catch (NoSuchFileException e) {
            fpc.error("", "file.missing");
            return List.of();
        } catch (IOException e) {
            fpc.error("", "file.unreadable", e.getClass().getSimpleName());
            return List.of();
        } finally {
            ScenarioReader.closeQuietly(p);
        }
        // the geometries are built and checked on all cores; the features are then made in file order, so the
        // problems and the claims on ids come out exactly as if each feature had been read whole in turn
        Built[] built = new Built[scanned.size()];
        IntStream.range(0, scanned.size()).parallel().forEach(k -> {
            built[k] = build(scanned.get(k), name);
            scanned.set(k, scanned.get(k).withoutGeometry()); // the parsed coordinates are not held twice
        });
        List<Feature> features = new ArrayList<>();
        for (int k = 0; k < scanned.size(); k++) {
            Scanned f = scanned.get(k);
            if (f.shell() == null) {
                tmp.error(f.path() + "." + GeoJson.TYPE, "geo.notFeature");
                continue;
            }
            Built b = built[k];
            Supplier<Optional<Geometry>> geometry = () -> {
                tmp.addAll(b.problems());
                return b.geometry();
            };
            readFeature(new JsonCursor(f.shell(), f.path(), tmp), f.geometryPresent(), geometry, layerId, theme, claim, sources)
                    .ifPresent(features::add);
        }
        problems.addAll(pending);
        featureIds.addAll(ids);
        return features;
    }

    /** A feature as read from the file: its type and properties as a tree, its geometry not yet built. */
    private record Scanned(String path, ObjectNode shell, GeoCoords.GeoObject geometry, boolean geometryPresent) {
        Scanned withoutGeometry() {
            return new Scanned(path, shell, null, geometryPresent);
        }
    }

    /** A feature's geometry, built and checked, with the problems found doing so. */
    private record Built(Optional<Geometry> geometry, List<Problem> problems) {
    }

    private static Built build(Scanned f, String file) {
        if (f.shell() == null || !f.geometryPresent()) {
            return null;
        }
        List<Problem> found = new ArrayList<>();
        ProblemCollector pc = new ProblemCollector(file, found);
        String gp = f.path() + "." + GeoJson.GEOMETRY;
        if (f.geometry() == null) {
            pc.error(gp, "geo.notObject");
            return new Built(Optional.empty(), found);
        }
        return new Built(GeoJsonGeometryReader.read(f.geometry(), gp, pc, false), found);
    }

    /** Reads the feature object the parser is on: its type and properties as a tree, its geometry streamed. */
    private Scanned scan(JsonParser p, String path) throws IOException {
        ObjectNode shell = JsonNodeFactory.instance.objectNode();
        GeoCoords.GeoObject geometry = null;
        boolean geometryPresent = false;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            switch (field) {
                case GeoJson.TYPE, GeoJson.PROPERTIES -> shell.set(field, mapper.readTree(p));
                case GeoJson.GEOMETRY -> {
                    geometryPresent = v != JsonToken.VALUE_NULL;
                    if (v == JsonToken.START_OBJECT) {
                        geometry = GeoCoords.GeoObject.read(p, mapper);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Scanned(path, shell, geometry, geometryPresent);
    }

    private static Optional<Feature> readFeature(JsonCursor f, boolean hasGeometry, Supplier<Optional<Geometry>> geometryReader,
                                                 String layerId, Theme layerTheme, Predicate<String> claimId,
                                                 List<SourceDocument> sources) {
        ProblemCollector pc = f.problems();
        int before = pc.errorsAdded();
        if (!f.node().isObject() || !GeoJson.FEATURE.equals(f.node().path(GeoJson.TYPE).asText())) {
            pc.error(f.childPath(GeoJson.TYPE), "geo.notFeature");
            return Optional.empty();
        }
        Optional<JsonCursor> props = f.object(GeoJson.PROPERTIES, true);
        Optional<Geometry> geometry = hasGeometry ? geometryReader.get() : Optional.empty();
        if (!hasGeometry) {
            pc.error(f.childPath(GeoJson.GEOMETRY), "json.missing", GeoJson.GEOMETRY);
        }
        if (props.isEmpty()) {
            return Optional.empty();
        }
        JsonCursor p = props.get();
        Optional<String> id = p.string(FeatureProps.ID, true);
        if (id.isPresent() && !ScenarioReader.ID.matcher(id.get()).matches()) {
            pc.error(p.childPath(FeatureProps.ID), "id.format", id.get());
        } else if (id.isPresent() && !claimId.test(id.get())) {
            pc.error(p.childPath(FeatureProps.ID), "id.duplicate", id.get());
        }
        Optional<String> label = p.string(FeatureProps.LABEL, true);
        String allowedThemes = String.join(", ", Arrays.stream(Theme.values()).map(Theme::id).toList());
        Theme theme = p.enumValue(FeatureProps.THEME, false, Theme::fromId, allowedThemes).orElse(layerTheme);
        Optional<Horizon> horizon = ScenarioReader.horizon(p, FeatureProps.HORIZON, true);
        Optional<Horizon> until = ScenarioReader.horizon(p, FeatureProps.UNTIL, false);
        if (horizon.isPresent() && until.isPresent() && until.get().compareTo(horizon.get()) < 0) {
            pc.error(p.childPath(FeatureProps.UNTIL), "feature.untilBeforeHorizon", until.get().year(), horizon.get().year());
        }
        Optional<KeuzeCategorie> category = p.enumValue(FeatureProps.CATEGORY, true,
                v -> KeuzeCategorie.fromId(v).filter(KeuzeCategorie::allowedForFeature),
                "gemaakt, te-maken, te-agenderen, bestaand");
        Optional<String> description = p.string(FeatureProps.DESCRIPTION, true);
        List<Citation> citations = new ArrayList<>();
        p.array(FeatureProps.SOURCES, true).ifPresent(items -> {
            if (items.isEmpty()) {
                pc.error(p.childPath(FeatureProps.SOURCES), "feature.noSources");
            }
            for (JsonCursor s : items) {
                ScenarioReader.readCitation(s, sources).ifPresent(citations::add);
            }
        });
        Optional<Boolean> schematic = p.bool(FeatureProps.SCHEMATIC, true);
        Optional<Basis> basis = p.enumValue(FeatureProps.BASIS, false, Basis::fromId, "officieel, eigen-plan, schematisch, aanname");
        // basis says what the geometry rests on and decides over the older "schematic" flag
        Optional<String> sameAs = p.string(FeatureProps.SAME_AS, false);
        if (sameAs.isPresent() && !ScenarioReader.ID.matcher(sameAs.get()).matches()) {
            pc.error(p.childPath(FeatureProps.SAME_AS), "id.format", sameAs.get());
        }
        Set<String> tags = new LinkedHashSet<>(p.strings(FeatureProps.TAGS));
        if (geometry.isPresent()) {
            Envelope e = geometry.get().getEnvelopeInternal();
            String fid = id.orElse(f.path());
            if (!ScenarioReader.NETHERLANDS_AREA.intersects(e)) {
                pc.error(f.childPath(GeoJson.GEOMETRY), "feature.outsideNetherlands", fid, deg(e.getMinX()), deg(e.getMaxX()),
                        deg(e.getMinY()), deg(e.getMaxY()));
            } else if (!ScenarioReader.PLAUSIBLE_AREA.contains(e)) {
                pc.error(f.childPath(GeoJson.GEOMETRY), "feature.farOutsideNetherlands", fid, deg(e.getMinX()), deg(e.getMaxX()),
                        deg(e.getMinY()), deg(e.getMaxY()));
            }
        }
        if (pc.errorsAdded() > before || id.isEmpty() || label.isEmpty() || horizon.isEmpty() || category.isEmpty()
                || description.isEmpty() || schematic.isEmpty() || geometry.isEmpty() || citations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Feature.builder(id.get(), layerId, geometry.get()).label(label.get()).theme(theme)
                .horizon(horizon.get()).until(until.orElse(null)).category(category.get()).description(description.get())
                .sources(citations).schematic(schematic.get()).basis(basis.orElse(null)).sameAs(sameAs.orElse(null))
                .tags(tags).build());
    }

    /**
     * Checks the {@code sameAs} references once every layer is read: the feature named must exist and have the
     * same geometry (one place, several roles).
     */
    static void checkSameAs(List<Layer> layers, ProblemCollector pc) {
        Map<String, Feature> byId = new HashMap<>();
        layers.forEach(l -> l.features().forEach(f -> byId.put(f.id(), f)));
        for (Layer l : layers) {
            for (Feature f : l.features()) {
                f.sameAs().ifPresent(target -> {
                    String where = Manifest.LAYERS + "[" + l.id() + "]." + f.id() + "." + FeatureProps.SAME_AS;
                    Feature other = byId.get(target);
                    if (other == null) {
                        pc.error(where, "feature.sameAsUnknown", f.id(), l.id(), target);
                    } else if (!other.geometry().norm().equalsExact(f.geometry().norm(), 1e-9)) {
                        pc.warning(where, "feature.sameAsOtherGeometry", f.id(), target);
                    }
                });
            }
        }
    }

    private static String deg(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
