package nl.ruimteverkenner.io.imports;

import java.util.List;
import java.util.Objects;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.SourceDocument;

/**
 * A file turned into a layer, ready to be added to the scenario as one edit.
 *
 * @param layer    the new layer (features in WGS84, citing {@code source})
 * @param group    the group to add when the scenario has none for the layer's theme
 * @param source   the source document the features cite: the file, its organisation and date
 * @param warnings Dutch warnings from reading and converting (repaired polygons, values not understood)
 */
public record ImportedLayer(Layer layer, LayerGroup group, SourceDocument source, List<String> warnings) {
    public ImportedLayer {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
    }
}
