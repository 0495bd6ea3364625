package nl.ruimteverkenner.io.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Theme;

/**
 * How the features of a file become a layer of the scenario.
 *
 * @param name          the layer's name (its id is derived from it)
 * @param theme         the group the layer goes into ({@link Theme#EIGEN_PLANNEN} for own plans)
 * @param horizon       the horizon from which the features are in force, unless {@code horizonField} says otherwise
 * @param horizonField  an attribute holding a year (2028 → 2030, 2040 → 2050, later → 2100); null for none
 * @param category      the keuze category, unless {@code categoryField} says otherwise
 * @param categoryField an attribute holding a category (id or words such as "te maken"); null for none
 * @param labelField    the attribute to label each feature with; null: the layer's name and a number
 * @param tags          tags every feature gets (so the scenario's rules apply, e.g. {@code woningbouw})
 * @param tagField      an attribute whose values map to more tags through {@code tagMap}; null for none
 * @param tagMap        attribute value (case and surrounding spaces ignored) → tag
 * @param basis         what the geometry rests on: {@link Basis#EIGEN_PLAN} for own plans, officieel for a dataset
 * @param organisation  who made the file
 * @param date          the file's date ({@code YYYY-MM-DD} or {@code YYYY-MM})
 * @param licence       the licence the file is under; may be empty
 */
public record ImportSpec(String name, Theme theme, Horizon horizon, String horizonField, KeuzeCategorie category,
                         String categoryField, String labelField, Set<String> tags, String tagField,
                         Map<String, String> tagMap, Basis basis, String organisation, String date, String licence) {
    /** Attribute names that usually hold a feature's name, most likely first. */
    private static final List<String> NAME_LIKE = List.of("naam", "name", "plannaam", "projectnaam", "label", "titel",
            "title", "omschrijving", "locatie");

    public ImportSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(basis, "basis");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a layer needs a name");
        }
        if (!category.allowedForFeature()) {
            throw new IllegalArgumentException("category not allowed for a feature: " + category);
        }
        tags = Set.copyOf(tags);
        TreeMap<String, String> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        tagMap.forEach((k, v) -> m.put(k.strip(), v.strip()));
        tagMap = java.util.Collections.unmodifiableMap(m);
        organisation = organisation == null ? "" : organisation.strip();
        date = date == null ? "" : date.strip();
        licence = licence == null ? "" : licence.strip();
        horizonField = blankToNull(horizonField);
        categoryField = blankToNull(categoryField);
        labelField = blankToNull(labelField);
        tagField = blankToNull(tagField);
    }

    /**
     * The defaults for a file: named after the file, group Eigen plannen, horizon 2030, category te maken, labelled
     * by a name-like attribute, basis eigen plan, dated today.
     */
    public static ImportSpec defaults(Path file, List<String> attributes) {
        return new ImportSpec(nameOf(file), Theme.EIGEN_PLANNEN, Horizon.H2030, null, KeuzeCategorie.TE_MAKEN, null,
                guessLabel(attributes).orElse(null), Set.of(), null, Map.of(), Basis.EIGEN_PLAN, "",
                LocalDate.now().toString(), "");
    }

    /** A layer name from a file name: "woningbouw_plannen_2025.gpkg" → "Woningbouw plannen 2025". */
    public static String nameOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        n = (dot > 0 ? n.substring(0, dot) : n).replaceAll("[_]+", " ").strip();
        return n.isEmpty() ? "Import" : Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** The attribute that looks most like a name, if any. */
    public static Optional<String> guessLabel(List<String> attributes) {
        for (String wanted : NAME_LIKE) {
            for (String a : attributes) {
                if (a.equalsIgnoreCase(wanted)) {
                    return Optional.of(a);
                }
            }
        }
        for (String a : attributes) {
            String l = a.toLowerCase(Locale.ROOT);
            if (l.contains("naam") || l.contains("name")) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses "wonen=woningbouw, bedrijven=werken" into value → tag (blank: none).
     *
     * @throws IllegalArgumentException naming the pair that is not {@code value=tag}
     */
    public static Map<String, String> parseTagMap(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(eq + 1).isBlank() || pair.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException(pair.strip());
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }

    /** The attributes this spec reads that {@code attributes} lacks (each is an error). */
    public List<String> missingFields(List<String> attributes) {
        return java.util.stream.Stream.of(horizonField, categoryField, labelField, tagField)
                .filter(Objects::nonNull).filter(f -> !attributes.contains(f)).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
