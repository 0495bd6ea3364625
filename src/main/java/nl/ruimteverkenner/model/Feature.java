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
    private final Set<String> tags;
    private final Geometry geometry;

    /** Creates a feature; {@code until} may be null (open-ended). */
    public Feature(String id, String layerId, String label, Theme theme, Horizon horizon, Horizon until,
                   KeuzeCategorie category, String description, List<Citation> sources, boolean schematic,
                   Set<String> tags, Geometry geometry) {
        this.id = Objects.requireNonNull(id, "id");
        this.layerId = Objects.requireNonNull(layerId, "layerId");
        this.label = Objects.requireNonNull(label, "label");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        this.until = until;
        this.category = Objects.requireNonNull(category, "category");
        this.description = Objects.requireNonNull(description, "description");
        this.sources = List.copyOf(sources);
        this.schematic = schematic;
        this.tags = Set.copyOf(tags);
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        if (!category.allowedForFeature()) {
            throw new IllegalArgumentException("category not allowed for a feature: " + category);
        }
        if (until != null && until.compareTo(horizon) < 0) {
            throw new IllegalArgumentException("until before horizon for " + id);
        }
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

    public Set<String> tags() {
        return tags;
    }

    /** The geometry in WGS84 (x = lon, y = lat). Do not modify. */
    public Geometry geometry() {
        return geometry;
    }

    /** The same feature with another geometry (WGS84) and sources. */
    public Feature withGeometry(Geometry newGeometry, List<Citation> newSources) {
        return new Feature(id, layerId, label, theme, horizon, until, category, description, newSources, schematic, tags,
                newGeometry);
    }

    @Override
    public String toString() {
        return "Feature[" + id + "]";
    }
}
