package nl.ruimteverkenner.model;

import java.util.List;
import java.util.Objects;

/**
 * A map layer: a named set of features within one group, drawn in one style.
 *
 * @param id             unique id in the scenario
 * @param theme          the group it belongs to
 * @param label          Dutch label
 * @param description    optional explanation
 * @param visibleByDefault whether it is switched on when a scenario is first opened
 * @param style          how it is drawn
 * @param features       its features, in file order
 */
public record Layer(String id, Theme theme, String label, String description, boolean visibleByDefault,
                    LayerStyle style, List<Feature> features) {
    public Layer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        description = description == null ? "" : description;
        features = List.copyOf(features);
    }
}
