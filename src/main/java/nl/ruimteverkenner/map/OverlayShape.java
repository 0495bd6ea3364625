package nl.ruimteverkenner.map;

import java.util.Objects;
import nl.ruimteverkenner.model.Relation;
import org.locationtech.jts.geom.Geometry;

/**
 * A shape drawn over the scenario, e.g. the overlap of a schuurpunt, in the colour of its relation.
 *
 * @param geometry lon/lat; areas are hatched, lines drawn bold
 * @param relation picks the colour ({@code Palette.of(relation)})
 * @param id       node id suffix (unique within one overlay)
 */
public record OverlayShape(Geometry geometry, Relation relation, String id) {
    public OverlayShape {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(id, "id");
    }
}
