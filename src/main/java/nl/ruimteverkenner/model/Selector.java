package nl.ruimteverkenner.model;

import java.util.Set;

/**
 * Chooses features for one side of a rule: a feature matches when it is in one of the layers, carries
 * one of the tags, belongs to one of the themes or is one of the named features, and carries none of
 * the excluded tags.
 */
public record Selector(Set<String> layers, Set<String> tags, Set<Theme> themes, Set<String> features,
                       Set<String> exceptTags) {
    public Selector {
        layers = Set.copyOf(layers);
        tags = Set.copyOf(tags);
        themes = Set.copyOf(themes);
        features = Set.copyOf(features);
        exceptTags = Set.copyOf(exceptTags);
    }

    /** True when the selector names nothing (and so matches nothing). */
    public boolean isEmpty() {
        return layers.isEmpty() && tags.isEmpty() && themes.isEmpty() && features.isEmpty();
    }

    public boolean matches(Feature f) {
        boolean hit = layers.contains(f.layerId()) || themes.contains(f.theme()) || features.contains(f.id())
                || f.tags().stream().anyMatch(tags::contains);
        return hit && f.tags().stream().noneMatch(exceptTags::contains);
    }
}
