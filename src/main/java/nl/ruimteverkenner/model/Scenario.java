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
    private final WorkshopBoard board;
    private final Map<String, Feature> featuresById;
    private final Map<String, Layer> layersById;
    private final Map<String, List<Keuze>> keuzesByFeature;

    private Scenario(Builder b) {
        this(b.id, b.name, b.description, b.horizons, b.sources, b.groups, b.layers, b.keuzes, b.rules, b.variant, b.board);
    }

    private Scenario(String id, String name, String description, List<Horizon> horizons,
                     List<SourceDocument> sources, List<LayerGroup> groups, List<Layer> layers, List<Keuze> keuzes,
                     List<Rule> rules, VariantInfo variant, WorkshopBoard board) {
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
        this.board = board == null ? WorkshopBoard.EMPTY : board;
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

    /**
     * Starts a scenario. Defaults: no description, all horizons, no sources, groups, layers, keuzes or rules,
     * not a variant, an empty workshop board.
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** A builder holding all properties of this scenario, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(id, name).description(description).horizons(horizons).sources(sources).groups(groups)
                .layers(layers).keuzes(keuzes).rules(rules).variant(variant).board(board);
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

    /**
     * The workshop's notes and votes as saved with this scenario (a variant). While the workshop is open its
     * current board lives in the workshop, which puts it in the scenario when saving.
     */
    public WorkshopBoard board() {
        return board;
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

    /** Collects the properties of a {@link Scenario}; {@link #build()} copies the lists. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String name;
        private String description = "";
        private List<Horizon> horizons = List.of(Horizon.values());
        private List<SourceDocument> sources = List.of();
        private List<LayerGroup> groups = List.of();
        private List<Layer> layers = List.of();
        private List<Keuze> keuzes = List.of();
        private List<Rule> rules = List.of();
        private VariantInfo variant;
        private WorkshopBoard board = WorkshopBoard.EMPTY;

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** The horizons the scenario covers, earliest first. */
        public Builder horizons(List<Horizon> value) {
            this.horizons = value;
            return this;
        }

        public Builder sources(List<SourceDocument> value) {
            this.sources = value;
            return this;
        }

        public Builder groups(List<LayerGroup> value) {
            this.groups = value;
            return this;
        }

        public Builder layers(List<Layer> value) {
            this.layers = value;
            return this;
        }

        public Builder keuzes(List<Keuze> value) {
            this.keuzes = value;
            return this;
        }

        public Builder rules(List<Rule> value) {
            this.rules = value;
            return this;
        }

        /** What this scenario is a variant of; null: not a variant. */
        public Builder variant(VariantInfo value) {
            this.variant = value;
            return this;
        }

        /** The workshop's notes and votes; null: none. */
        public Builder board(WorkshopBoard value) {
            this.board = value;
            return this;
        }

        /** The scenario; throws {@link NullPointerException} when the id or name is missing. */
        public Scenario build() {
            return new Scenario(this);
        }
    }
}
