package nl.ruimteverkenner.model;

import java.util.Objects;

/**
 * A group of layers in the panel, one per part of the Nota Ruimte.
 *
 * @param theme       which part
 * @param label       Dutch label shown to the user
 * @param description optional explanation; empty when absent
 */
public record LayerGroup(Theme theme, String label, String description) {
    public LayerGroup {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
    }

    /** The role of the group, derived from its theme. */
    public GroupKind kind() {
        return theme.kind();
    }
}
