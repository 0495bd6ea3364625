package nl.ruimteverkenner.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * One mapped item of the Nota Ruimte: a place with a theme, the horizon from which it is in force, its
 * keuze category, a description in our own words and its sources. Geometry is WGS84 with x = longitude
 * and y = latitude. Instances are immutable (the geometry must not be modified after construction).
 */
public final class Feature {
    private final String id;
    private final String layerId;
    private final String label;
    private final Theme theme;
    private final Horizon horizon;
    private final Horizon until;
    private final KeuzeCategorie category;
    private final String description;
    private final List<Citation> sources;
    private final boolean schematic;
    private final Basis basis;
    private final String sameAs;
    private final Set<String> tags;
    private final Geometry geometry;

    private Feature(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.layerId = Objects.requireNonNull(b.layerId, "layerId");
        this.label = Objects.requireNonNull(b.label, "label");
        this.theme = Objects.requireNonNull(b.theme, "theme");
        this.horizon = Objects.requireNonNull(b.horizon, "horizon");
        this.until = b.until;
        this.category = Objects.requireNonNull(b.category, "category");
        this.description = Objects.requireNonNull(b.description, "description");
        this.sources = List.copyOf(b.sources);
        this.basis = b.basis != null ? b.basis : b.schematic ? Basis.SCHEMATISCH : Basis.OFFICIEEL;
        this.schematic = b.schematic || basis.isIndicative();
        this.sameAs = b.sameAs;
        if (id.equals(sameAs)) {
            throw new IllegalArgumentException("feature " + id + " cannot be the same place as itself");
        }
        this.tags = Set.copyOf(b.tags);
        this.geometry = Objects.requireNonNull(b.geometry, "geometry");
        if (!category.allowedForFeature()) {
            throw new IllegalArgumentException("category not allowed for a feature: " + category);
        }
        if (until != null && until.compareTo(horizon) < 0) {
            throw new IllegalArgumentException("until before horizon for " + id);
        }
    }

    /**
     * Starts a feature. Theme, horizon and category must be set before {@link Builder#build()}; the label
     * defaults to the id, the description to empty, sources and tags to none, schematic to false and the
     * feature is open-ended (no until).
     */
    public static Builder builder(String id, String layerId, Geometry geometry) {
        return new Builder(id, layerId, geometry);
    }

    /** A builder holding all properties of this feature, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(id, layerId, geometry).label(label).theme(theme).horizon(horizon).until(until)
                .category(category).description(description).sources(sources).schematic(schematic).basis(basis)
                .sameAs(sameAs).tags(tags);
    }

    /** Whether the feature is in force at the given horizon. */
    public boolean isInForceAt(Horizon h) {
        return horizon.compareTo(h) <= 0 && (until == null || h.compareTo(until) <= 0);
    }

    public String id() {
        return id;
    }

    public String layerId() {
        return layerId;
    }

    public String label() {
        return label;
    }

    public Theme theme() {
        return theme;
    }

    public Horizon horizon() {
        return horizon;
    }

    /** The last horizon at which the feature is still in force, if it ends. */
    public Optional<Horizon> until() {
        return Optional.ofNullable(until);
    }

    public KeuzeCategorie category() {
        return category;
    }

    public String description() {
        return description;
    }

    public List<Citation> sources() {
        return sources;
    }

    /** True when the geometry is drawn by us to show roughly where, not an official boundary. */
    public boolean schematic() {
        return schematic;
    }

    /** What the geometry rests on: an official dataset, a schematic drawing or an assumption. */
    public Basis basis() {
        return basis;
    }

    /** The feature whose place this one shares (same geometry, another role), if any. */
    public Optional<String> sameAs() {
        return Optional.ofNullable(sameAs);
    }

    public Set<String> tags() {
        return tags;
    }

    /** The geometry in WGS84 (x = lon, y = lat). Do not modify. */
    public Geometry geometry() {
        return geometry;
    }

    /** The same feature with another geometry (WGS84) and sources. */
    public Feature withGeometry(Geometry newGeometry, List<Citation> newSources) {
        // a new shape is no longer the place it shared with another feature
        return toBuilder().geometry(newGeometry).sources(newSources).sameAs(null).build();
    }

    @Override
    public String toString() {
        return "Feature[" + id + "]";
    }

    /** Collects the properties of a {@link Feature}; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String layerId;
        private Geometry geometry;
        private String label;
        private Theme theme;
        private Horizon horizon;
        private Horizon until;
        private KeuzeCategorie category;
        private String description = "";
        private List<Citation> sources = List.of();
        private boolean schematic;
        private Basis basis;
        private String sameAs;
        private Set<String> tags = Set.of();

        private Builder(String id, String layerId, Geometry geometry) {
            this.id = id;
            this.layerId = layerId;
            this.geometry = geometry;
            this.label = id;
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder layerId(String value) {
            this.layerId = value;
            return this;
        }

        /** The geometry in WGS84 (x = lon, y = lat). */
        public Builder geometry(Geometry value) {
            this.geometry = value;
            return this;
        }

        public Builder label(String value) {
            this.label = value;
            return this;
        }

        public Builder theme(Theme value) {
            this.theme = value;
            return this;
        }

        /** The horizon from which the feature is in force. */
        public Builder horizon(Horizon value) {
            this.horizon = value;
            return this;
        }

        /** The last horizon at which the feature is in force; null: open-ended. */
        public Builder until(Horizon value) {
            this.until = value;
            return this;
        }

        public Builder category(KeuzeCategorie value) {
            this.category = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder sources(List<Citation> value) {
            this.sources = value;
            return this;
        }

        /** What the geometry rests on; null derives it from {@link #schematic} (schematisch or officieel). */
        public Builder basis(Basis value) {
            this.basis = value;
            return this;
        }

        /** The id of another feature with the same geometry (one place, several roles); null for none. */
        public Builder sameAs(String value) {
            this.sameAs = value;
            return this;
        }

        public Builder schematic(boolean value) {
            this.schematic = value;
            return this;
        }

        public Builder tags(Set<String> value) {
            this.tags = value;
            return this;
        }

        /**
         * The feature.
         *
         * @throws NullPointerException when a required property is missing
         * @throws IllegalArgumentException when the category is not one for features or until lies before horizon
         */
        public Feature build() {
            return new Feature(this);
        }
    }
}
