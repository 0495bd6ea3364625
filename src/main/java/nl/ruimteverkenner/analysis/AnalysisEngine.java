package nl.ruimteverkenner.analysis;

import java.util.List;
import java.util.Optional;
import nl.ruimteverkenner.model.Horizon;
import org.locationtech.jts.geom.Geometry;

/**
 * Finds the schuurpunten of one scenario. Implemented by the embedded JTS engine ({@link SchuurpuntEngine}, the
 * default) and by the PostGIS engine ({@code io.postgis.PostgisEngine}), which run the same rules with the same
 * semantics: the same pairs, the same hectares (RD New), the same order.
 */
public interface AnalysisEngine {
    /**
     * All schuurpunten at a horizon, optionally limited to a region (RD New geometry; features must meet it and
     * overlaps are clipped to it), largest area first.
     */
    List<Schuurpunt> analyse(Horizon horizon, Optional<Geometry> regionRd);

    /** The features left out of the analysis because their geometry cannot be used, in scenario order. */
    List<SchuurpuntEngine.Unusable> unusable();
}
