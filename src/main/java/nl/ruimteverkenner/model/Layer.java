package nl.ruimteverkenner.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A map layer: a named set of features within one group, drawn in one style. A layer whose schematic drawing
 * was linked to an official dataset keeps its other version {@linkplain #aside() aside}: normally the
 * schematic features (so they can be shown again and compared), or the official ones while the schematic
 * version is shown. Only {@link #features()} are drawn and analysed.
 *
 * @param id             unique id in the scenario
 * @param theme          the group it belongs to
 * @param label          Dutch label
 * @param description    optional explanation
 * @param visibleByDefault whether it is switched on when a scenario is first opened
 * @param style          how it is drawn
 * @param features       its features, in file order
 * @param aside          the layer's other version, or null when it has only one
 */
public record Layer(String id, Theme theme, String label, String description, boolean visibleByDefault,
                    LayerStyle style, List<Feature> features, Version aside) {
    public Layer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        description = description == null ? "" : description;
        features = List.copyOf(features);
    }

    /** A layer with one version of its features. */
    public Layer(String id, Theme theme, String label, String description, boolean visibleByDefault,
                 LayerStyle style, List<Feature> features) {
        this(id, theme, label, description, visibleByDefault, style, features, null);
    }

    /**
     * A version of a layer's features that is not shown: the schematic drawing after official geometry was
     * linked, or the official features while the schematic drawing is shown.
     *
     * @param kind     which version these features are
     * @param features the features, in file order
     */
    public record Version(Kind kind, List<Feature> features) {
        public Version {
            Objects.requireNonNull(kind, "kind");
            features = List.copyOf(features);
        }
    }

    /** The two versions of a layer with linked official geometry. */
    public enum Kind {
        /** The features as drawn after the documents (schematic or assumed outlines). */
        SCHEMATISCH("schematisch"),
        /** The features after linking an official dataset. */
        OFFICIEEL("officieel");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The value in the scenario file. */
        public String id() {
            return id;
        }

        public static Optional<Kind> fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** The version kept aside, if the layer has two. */
    public Optional<Version> asideVersion() {
        return Optional.ofNullable(aside);
    }

    /** Whether the layer has two versions (official geometry was linked). */
    public boolean hasOfficialGeometry() {
        return aside != null;
    }

    /** Whether the schematic version is shown while the official one is kept aside. */
    public boolean showsSchematic() {
        return aside != null && aside.kind() == Kind.OFFICIEEL;
    }

    /** The same layer with other (shown) features; the version aside stays. */
    public Layer withFeatures(List<Feature> newFeatures) {
        return new Layer(id, theme, label, description, visibleByDefault, style, newFeatures, aside);
    }

    /** The same layer with another version aside (null: none). */
    public Layer withAside(Version newAside) {
        return new Layer(id, theme, label, description, visibleByDefault, style, features, newAside);
    }

    /**
     * The layer with its two versions swapped: the one aside is shown, the shown one goes aside.
     *
     * @throws IllegalStateException when the layer has only one version
     */
    public Layer swapped() {
        if (aside == null) {
            throw new IllegalStateException("layer " + id + " has one version");
        }
        Kind shownKind = aside.kind() == Kind.SCHEMATISCH ? Kind.OFFICIEEL : Kind.SCHEMATISCH;
        return new Layer(id, theme, label, description, visibleByDefault, style, aside.features(),
                new Version(shownKind, features));
    }
}
