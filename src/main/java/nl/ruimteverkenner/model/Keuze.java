package nl.ruimteverkenner.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One choice (keuze) of the Nota Ruimte in the keuzeregister.
 *
 * @param id         unique id in the register
 * @param theme      beweging or thema
 * @param category   gemaakt / te maken / te agenderen (or the one mixed keuze)
 * @param horizon    the horizon it belongs to
 * @param title      short Dutch title
 * @param summary    summary in our own words
 * @param source     where the document says it
 * @param featureIds the map features it concerns (may be empty)
 * @param tags       free tags
 */
public record Keuze(String id, Theme theme, KeuzeCategorie category, Horizon horizon, String title,
                    String summary, Citation source, List<String> featureIds, Set<String> tags) {
    public Keuze {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        featureIds = List.copyOf(featureIds);
        tags = Set.copyOf(tags);
    }

    /** The same keuze concerning other map features. */
    public Keuze withFeatureIds(List<String> newFeatureIds) {
        return new Keuze(id, theme, category, horizon, title, summary, source, newFeatureIds, tags);
    }
}
