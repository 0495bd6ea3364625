package nl.ruimteverkenner.edit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.imports.SourceFeature;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SourceDocument;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Linking a layer's schematic drawing to an official dataset, as pure functions on the scenario. Two ways:
 * <ul>
 *   <li>{@linkplain #matchByName by name} (the feature's label against an attribute, ignoring case, diacritics
 *   and whitespace; a label "Natura 2000 / NNN: Veluwe" also matches "Veluwe") or {@linkplain #matchById by id}
 *   (an attribute equal to the feature id): each matched feature gets the union of its source features as
 *   geometry, basis {@link Basis#OFFICIEEL} and the dataset as citation; unmatched features stay as drawn;</li>
 *   <li>{@linkplain #extent as the layer's extent}: every source feature belongs to the layer, dissolved per
 *   value of a chosen attribute (all into one without), either next to the schematic features or instead of
 *   them. Dissolving removes the overlaps and internal borders official files often have (a Natura 2000 area
 *   in several parts, habitat- and vogelrichtlijn overlapping), which would otherwise count hectares twice, and
 *   keeps the schuurpunten readable (one per named area instead of one per parcel).</li>
 * </ul>
 * In both ways the layer keeps its schematic version {@linkplain Layer#aside() aside}, so it can be shown
 * again ({@link #toggleSchematic}) and compared ({@link #schematicScenario}). Source geometries are in RD New;
 * scenario geometries in WGS84.
 */
public final class OfficialGeometry {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private OfficialGeometry() {
    }

    /**
     * The dataset linked, cited as a one-page source document.
     *
     * @param title        the dataset's name, e.g. "Natura 2000-gebieden"
     * @param organisation who publishes it
     * @param date         the date of the data (or of the download), {@code YYYY-MM-DD}
     * @param url          where it comes from; may be empty
     */
    public record Dataset(String title, String organisation, String date, String url) {
        public Dataset {
            Objects.requireNonNull(title, "title");
            organisation = organisation == null ? "" : organisation;
            date = date == null ? "" : date;
            url = url == null ? "" : url;
        }

        /** The id of the source document in the scenario: {@code DS-} and the title in capitals and dashes. */
        public String sourceId() {
            String slug = normalise(title).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
            return "DS-" + (slug.isEmpty() ? "DATA" : slug);
        }
    }

    /**
     * The result of matching a layer's features to source features.
     *
     * @param layerId   the layer
     * @param attribute the attribute matched on
     * @param matched   feature id to the source features that match it, in layer order
     * @param unmatched the layer's features no source feature matches (they stay as drawn)
     * @param unused    how many source features matched no feature
     */
    public record Match(String layerId, String attribute, Map<String, List<SourceFeature>> matched,
                        List<Feature> unmatched, int unused) {
        public Match {
            matched = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(matched));
            unmatched = List.copyOf(unmatched);
        }
    }

    /** Lower case without diacritics, with runs of whitespace as one space and none at the ends. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SPACE.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The names a feature label is known by: the whole label, and the part after its last colon. */
    static Set<String> namesOf(String label) {
        Set<String> names = new LinkedHashSet<>();
        names.add(normalise(label));
        int colon = label.lastIndexOf(':');
        if (colon >= 0 && colon < label.length() - 1) {
            names.add(normalise(label.substring(colon + 1)));
        }
        names.remove("");
        return names;
    }

    /** Matches the layer's features by label against the value of {@code attribute}; see the class comment. */
    public static Match matchByName(Layer layer, List<SourceFeature> sources, String attribute) {
        return match(layer, sources, attribute, true, f -> namesOf(f.label()));
    }

    /** Matches the layer's features by id: the value of {@code attribute} equals the feature id (trimmed). */
    public static Match matchById(Layer layer, List<SourceFeature> sources, String attribute) {
        return match(layer, sources, attribute, false, f -> Set.of(f.id().strip()));
    }

    private static Match match(Layer layer, List<SourceFeature> sources, String attribute, boolean byName,
                               java.util.function.Function<Feature, Set<String>> keys) {
        Map<String, List<SourceFeature>> byValue = new HashMap<>();
        for (SourceFeature s : sources) {
            Object v = s.attributes().get(attribute);
            if (v == null || s.geometry() == null || s.geometry().isEmpty()) {
                continue;
            }
            String key = byName ? normalise(v.toString()) : v.toString().strip();
            if (!key.isEmpty()) {
                byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, List<SourceFeature>> matched = new LinkedHashMap<>();
        List<Feature> unmatched = new ArrayList<>();
        Set<String> usedKeys = new HashSet<>();
        for (Feature f : layer.features()) {
            List<SourceFeature> found = null;
            for (String k : keys.apply(f)) {
                if (byValue.containsKey(k)) {
                    found = byValue.get(k);
                    usedKeys.add(k);
                    break;
                }
            }
            if (found == null) {
                unmatched.add(f);
            } else {
                matched.put(f.id(), found);
            }
        }
        int unused = byValue.entrySet().stream().filter(e -> !usedKeys.contains(e.getKey()))
                .mapToInt(e -> e.getValue().size()).sum();
        return new Match(layer.id(), attribute, matched, unmatched, unused);
    }

    /**
     * The scenario with the matched features of {@code match} given their official geometry, basis officieel
     * and the dataset as citation (the source document is added when new). The layer's version before this
     * link is kept aside (an earlier schematic version stays the one aside).
     *
     * @throws IllegalArgumentException when nothing matched or the layer is unknown
     */
    public static Scenario link(Scenario s, Match match, Dataset dataset) {
        if (match.matched().isEmpty()) {
            throw new IllegalArgumentException("nothing matched in " + match.layerId());
        }
        Layer layer = officialShown(s.layer(match.layerId())
                .orElseThrow(() -> new IllegalArgumentException("no layer " + match.layerId())));
        List<Feature> features = new ArrayList<>();
        for (Feature f : layer.features()) {
            List<SourceFeature> src = match.matched().get(f.id());
            if (src == null) {
                features.add(f);
                continue;
            }
            Object value = src.get(0).attributes().get(match.attribute());
            List<Citation> cites = new ArrayList<>(f.sources().stream()
                    .filter(c -> !c.document().equals(dataset.sourceId())).toList());
            cites.add(citation(dataset, String.valueOf(value)));
            features.add(f.toBuilder().geometry(wgs84(src)).sources(cites).basis(Basis.OFFICIEEL).schematic(false)
                    .sameAs(null).build());
        }
        return replaceLayer(s, withSchematicAside(layer, features), dataset);
    }

    /**
     * The scenario with all source features as the layer's extent: dissolved per value of {@code groupAttribute}
     * (null: all into one), labelled with that value (or the dataset's title), with the layer's theme, its
     * earliest horizon, the category of its first feature and the tags most of its features have.
     *
     * @param replace whether the official features replace the schematic ones (else they come next to them)
     * @throws IllegalArgumentException when there are no source geometries, the layer is unknown or empty
     */
    public static Scenario extent(Scenario s, String layerId, List<SourceFeature> sources, String groupAttribute,
                                  boolean replace, Dataset dataset) {
        Layer layer = officialShown(s.layer(layerId).orElseThrow(() -> new IllegalArgumentException("no layer " + layerId)));
        if (layer.features().isEmpty()) {
            throw new IllegalArgumentException("layer " + layerId + " has no feature to take its properties from");
        }
        Map<String, List<SourceFeature>> groups = new LinkedHashMap<>();
        for (SourceFeature f : sources) {
            if (f.geometry() == null || f.geometry().isEmpty()) {
                continue;
            }
            Object v = groupAttribute == null ? null : f.attributes().get(groupAttribute);
            String key = v == null || v.toString().isBlank() ? dataset.title() : v.toString().strip();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no geometry in the dataset");
        }
        Feature template = layer.features().get(0);
        Horizon earliest = layer.features().stream().map(Feature::horizon).min(Comparator.naturalOrder()).orElseThrow();
        Set<String> tags = commonTags(layer.features());
        Set<String> taken = allIds(s);
        List<Feature> official = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, List<SourceFeature>> g : groups.entrySet()) {
            String id;
            do {
                id = layerId + "-officieel-" + n++;
            } while (taken.contains(id));
            official.add(Feature.builder(id, layerId, wgs84(g.getValue())).label(g.getKey()).theme(layer.theme())
                    .horizon(earliest).category(template.category())
                    .description(Messages.get("official.extent.description", dataset.title(), dataset.date()))
                    .sources(List.of(citation(dataset, g.getKey()))).basis(Basis.OFFICIEEL).tags(tags).build());
        }
        List<Feature> features = new ArrayList<>(replace ? List.of() : layer.features());
        features.addAll(official);
        return replaceLayer(s, withSchematicAside(layer, features), dataset);
    }

    /** The scenario with the layer's two versions swapped (schematic shown, or official again). */
    public static Scenario toggleSchematic(Scenario s, String layerId) {
        List<Layer> layers = s.layers().stream().map(l -> l.id().equals(layerId) ? l.swapped() : l).toList();
        return withoutBrokenSameAs(s, s.toBuilder().layers(layers).build());
    }

    /**
     * The scenario as it was drawn: every layer with linked official geometry shows its schematic version
     * (to compare with the scenario on official data).
     */
    public static Scenario schematicScenario(Scenario s) {
        List<Layer> layers = s.layers().stream()
                .map(l -> l.hasOfficialGeometry() && !l.showsSchematic() ? l.swapped() : l).toList();
        return withoutBrokenSameAs(s, s.toBuilder().layers(layers).build());
    }

    /** A layer linked before whose schematic version is shown, with its official version shown instead. */
    private static Layer officialShown(Layer layer) {
        return layer.showsSchematic() ? layer.swapped() : layer;
    }

    /** The layer (its official version shown) with new features shown and its schematic version aside. */
    private static Layer withSchematicAside(Layer layer, List<Feature> features) {
        if (layer.hasOfficialGeometry()) {
            // linked before: the schematic version aside stays
            return layer.withFeatures(features);
        }
        return layer.withFeatures(features).withAside(new Layer.Version(Layer.Kind.SCHEMATISCH, layer.features()));
    }

    private static Scenario replaceLayer(Scenario s, Layer changed, Dataset dataset) {
        List<Layer> layers = s.layers().stream().map(l -> l.id().equals(changed.id()) ? changed : l).toList();
        List<SourceDocument> sources = new ArrayList<>(s.sources());
        sources.removeIf(d -> d.id().equals(dataset.sourceId()));
        sources.add(new SourceDocument(dataset.sourceId(), dataset.title(), dataset.organisation(), dataset.date(), 1,
                dataset.url()));
        return withoutBrokenSameAs(s, s.toBuilder().layers(layers).sources(sources).build());
    }

    /**
     * {@code after} without the {@code sameAs} of features that named a feature which is no longer shown or has
     * another shape than in {@code before}: they no longer share its place (and must not be counted as one place).
     */
    private static Scenario withoutBrokenSameAs(Scenario before, Scenario after) {
        boolean changed = false;
        List<Layer> layers = new ArrayList<>();
        for (Layer l : after.layers()) {
            List<Feature> fs = new ArrayList<>(l.features());
            boolean layerChanged = false;
            for (int i = 0; i < fs.size(); i++) {
                Feature f = fs.get(i);
                if (f.sameAs().isEmpty()) {
                    continue;
                }
                String target = f.sameAs().get();
                Feature was = before.feature(target).orElse(null);
                Feature now = after.feature(target).orElse(null);
                if (was != null && (now == null || !now.geometry().equalsExact(was.geometry()))) {
                    fs.set(i, f.toBuilder().sameAs(null).build());
                    layerChanged = true;
                }
            }
            layers.add(layerChanged ? l.withFeatures(fs) : l);
            changed |= layerChanged;
        }
        return changed ? after.toBuilder().layers(layers).build() : after;
    }

    private static Citation citation(Dataset d, String object) {
        return new Citation(d.sourceId(), 1, d.date().isEmpty() ? object
                : Messages.get("official.citation.section", object, d.date()));
    }

    /** The union of the source geometries (RD New) in WGS84, repaired when invalid. */
    private static Geometry wgs84(List<SourceFeature> src) {
        Geometry union = UnaryUnionOp.union(src.stream().map(SourceFeature::geometry).map(g -> g.isValid() ? g : GeometryFixer.fix(g)).toList());
        Geometry lonLat = RdNew.toWgs84(union);
        Geometry fixed = lonLat.isValid() ? lonLat : GeometryFixer.fix(lonLat);
        return WGS84.createGeometry(fixed);
    }

    /** The tags more than half of the features have. */
    private static Set<String> commonTags(List<Feature> features) {
        Map<String, Integer> count = new LinkedHashMap<>();
        features.forEach(f -> f.tags().forEach(t -> count.merge(t, 1, Integer::sum)));
        Set<String> out = new LinkedHashSet<>();
        count.forEach((t, c) -> {
            if (c * 2 > features.size()) {
                out.add(t);
            }
        });
        return out;
    }

    /** The ids of all features of the scenario, those kept aside included. */
    private static Set<String> allIds(Scenario s) {
        Set<String> ids = new HashSet<>();
        for (Layer l : s.layers()) {
            l.features().forEach(f -> ids.add(f.id()));
            l.asideVersion().ifPresent(v -> v.features().forEach(f -> ids.add(f.id())));
        }
        return ids;
    }
}
