package nl.ruimteverkenner.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded scenario: its metadata, layer groups, layers with features and the keuzeregister. Immutable;
 * lookup indexes are built once at construction.
 */
public final class Scenario {
    private final String id;
    private final String name;
    private final String description;
    private final List<Horizon> horizons;
    private final List<SourceDocument> sources;
    private final List<LayerGroup> groups;
    private final List<Layer> layers;
    private final List<Keuze> keuzes;
    private final List<Rule> rules;
    private final VariantInfo variant;
    private final Map<String, Feature> featuresById;
    private final Map<String, Layer> layersById;
    private final Map<String, List<Keuze>> keuzesByFeature;

    /** Creates a scenario without rules. */
    public Scenario(String id, String name, String description, List<Horizon> horizons,
                    List<SourceDocument> sources, List<LayerGroup> groups, List<Layer> layers, List<Keuze> keuzes) {
        this(id, name, description, horizons, sources, groups, layers, keuzes, List.of());
    }

    /** Creates a scenario; all lists are copied. */
    public Scenario(String id, String name, String description, List<Horizon> horizons,
                    List<SourceDocument> sources, List<LayerGroup> groups, List<Layer> layers, List<Keuze> keuzes,
                    List<Rule> rules) {
        this(id, name, description, horizons, sources, groups, layers, keuzes, rules, null);
    }

    /** Creates a scenario that is a variant of another ({@code variant} may be null). */
    public Scenario(String id, String name, String description, List<Horizon> horizons,
                    List<SourceDocument> sources, List<LayerGroup> groups, List<Layer> layers, List<Keuze> keuzes,
                    List<Rule> rules, VariantInfo variant) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.horizons = List.copyOf(horizons);
        this.sources = List.copyOf(sources);
        this.groups = List.copyOf(groups);
        this.layers = List.copyOf(layers);
        this.keuzes = List.copyOf(keuzes);
        this.rules = List.copyOf(rules);
        this.variant = variant;
        Map<String, Feature> byId = new LinkedHashMap<>();
        Map<String, Layer> lById = new LinkedHashMap<>();
        for (Layer layer : this.layers) {
            lById.put(layer.id(), layer);
            for (Feature f : layer.features()) {
                byId.put(f.id(), f);
            }
        }
        Map<String, List<Keuze>> byFeature = new LinkedHashMap<>();
        for (Keuze k : this.keuzes) {
            for (String fid : k.featureIds()) {
                byFeature.computeIfAbsent(fid, x -> new ArrayList<>()).add(k);
            }
        }
        byFeature.replaceAll((k, v) -> List.copyOf(v));
        this.featuresById = Collections.unmodifiableMap(byId);
        this.layersById = Collections.unmodifiableMap(lById);
        this.keuzesByFeature = Collections.unmodifiableMap(byFeature);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Horizon> horizons() {
        return horizons;
    }

    public List<SourceDocument> sources() {
        return sources;
    }

    public List<LayerGroup> groups() {
        return groups;
    }

    /** Layers in drawing order: the first is drawn at the bottom. */
    public List<Layer> layers() {
        return layers;
    }

    public List<Keuze> keuzes() {
        return keuzes;
    }

    /** Set when this scenario is a saved variant of another. */
    public Optional<VariantInfo> variant() {
        return Optional.ofNullable(variant);
    }

    /** The schuurpunten rules of this scenario. */
    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** All features of all layers. */
    public Stream<Feature> features() {
        return layers.stream().flatMap(l -> l.features().stream());
    }

    public Optional<Feature> feature(String featureId) {
        return Optional.ofNullable(featuresById.get(featureId));
    }

    public Optional<Layer> layer(String layerId) {
        return Optional.ofNullable(layersById.get(layerId));
    }

    public Optional<SourceDocument> source(String documentId) {
        return sources.stream().filter(s -> s.id().equals(documentId)).findFirst();
    }

    /** The layers of one group, in drawing order. */
    public List<Layer> layersOf(Theme theme) {
        return layers.stream().filter(l -> l.theme() == theme).toList();
    }

    /** The keuzes that link to a feature. */
    public List<Keuze> keuzesFor(String featureId) {
        return keuzesByFeature.getOrDefault(featureId, List.of());
    }

    /** The features of a layer in force at a horizon. */
    public List<Feature> featuresAt(Layer layer, Horizon horizon) {
        return layer.features().stream().filter(f -> f.isInForceAt(horizon)).toList();
    }
}
