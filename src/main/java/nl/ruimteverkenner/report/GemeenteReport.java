package nl.ruimteverkenner.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything a report for the wethouder says about one gemeente (or province) at one horizon, as plain
 * Dutch text and numbers, ready to be laid out as HTML or PDF. Built by {@link ReportBuilder}.
 *
 * @param areaName       e.g. "Utrecht"
 * @param areaCode       e.g. "GM0344"; may be empty
 * @param areaKind       e.g. "gemeente" or "provincie"
 * @param areaHa         size of the area in hectares
 * @param scenarioName   the scenario the report is about
 * @param horizon        the horizon year
 * @param date           date of writing, e.g. "23 november 2026"
 * @param intro          a short opening paragraph
 * @param mapPng         PNG image of the area with the active layers
 * @param mapCaption     caption under the map
 * @param sections       per beweging/thema: what lands in the area
 * @param schuurpunten   where claims collide inside the area, largest first
 * @param horizons       the comparison of the horizons
 * @param horizonChanges sentences on what changes from one horizon to the next
 * @param sources        the documents and data sources used
 */
public record GemeenteReport(String areaName, String areaCode, String areaKind, double areaHa, String scenarioName,
                             int horizon, String date, String intro, byte[] mapPng, String mapCaption,
                             List<ThemeSection> sections, List<SchuurpuntItem> schuurpunten,
                             List<HorizonRow> horizons, List<String> horizonChanges, List<String> sources) {
    public GemeenteReport {
        Objects.requireNonNull(areaName, "areaName");
        Objects.requireNonNull(mapPng, "mapPng");
        sections = List.copyOf(sections);
        schuurpunten = List.copyOf(schuurpunten);
        horizons = List.copyOf(horizons);
        horizonChanges = List.copyOf(horizonChanges);
        sources = List.copyOf(sources);
    }

    /** What one beweging or thema brings to the area. */
    public record ThemeSection(String theme, String themeKind, List<FeatureItem> features, List<KeuzeItem> keuzes) {
        public ThemeSection {
            features = List.copyOf(features);
            keuzes = List.copyOf(keuzes);
        }
    }

    /**
     * A map feature touching the area.
     *
     * @param sharePercent share of the area's surface the feature covers (0 for lines and points)
     * @param lengthKm     length inside the area for lines; 0 otherwise
     */
    public record FeatureItem(String label, String category, double sharePercent, double lengthKm, String description,
                              String source, boolean schematic) {
    }

    /** A keuze that concerns the area (through its features). */
    public record KeuzeItem(String title, String category, String summary, String source) {
    }

    /** A schuurpunt inside the area. */
    public record SchuurpuntItem(String title, String relation, String claimA, String claimB, double areaHa, double lengthKm,
                                 String explanation, String sturend, String choice, String source, boolean schematic) {
    }

    /** The figures of one horizon. */
    public record HorizonRow(int horizon, int features, int keuzes, int conflicts, int voorwaardelijk, int koppelkansen,
                             double conflictHa) {
    }
}
