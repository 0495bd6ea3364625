package nl.ruimteverkenner.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.ruimteverkenner.model.GroupKind;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Relation;

/**
 * Everything a report for the wethouder says about one gemeente (or province) at one horizon, as data:
 * enums, numbers and the texts that come from the scenario itself (labels, descriptions, citations). All
 * wording around them (headings, sentences, number formats) is added by {@link ReportWording} when the
 * report is laid out. Built by {@link ReportBuilder}.
 *
 * @param areaName       e.g. "Utrecht"
 * @param areaCode       e.g. "GM0344"; may be empty
 * @param areaKind       the kind of area as the caller names it, e.g. "gemeente" or "provincie"
 * @param areaHa         size of the area in hectares
 * @param scenarioName   the scenario the report is about
 * @param horizon        the horizon year
 * @param date           date of writing
 * @param summary        the counts the opening paragraph is about
 * @param mapPng         PNG image of the area with the active layers; empty when there is no map
 * @param sections       per beweging/thema: what lands in the area
 * @param schuurpunten   where claims collide inside the area, largest first
 * @param horizons       the comparison of the horizons
 * @param horizonChanges what changes from one horizon to the next
 * @param sources        the documents of the scenario
 */
public record GemeenteReport(String areaName, String areaCode, String areaKind, double areaHa, String scenarioName,
                             int horizon, LocalDate date, Summary summary, byte[] mapPng,
                             List<ThemeSection> sections, List<SchuurpuntItem> schuurpunten,
                             List<HorizonRow> horizons, List<HorizonChange> horizonChanges, List<SourceItem> sources) {
    public GemeenteReport {
        Objects.requireNonNull(areaName, "areaName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(mapPng, "mapPng");
        sections = List.copyOf(sections);
        schuurpunten = List.copyOf(schuurpunten);
        horizons = List.copyOf(horizons);
        horizonChanges = List.copyOf(horizonChanges);
        sources = List.copyOf(sources);
    }

    /** The counts at the report's horizon. */
    public record Summary(int features, int keuzes, int schuurpunten, int conflicts) {
    }

    /** What one beweging or thema brings to the area. */
    public record ThemeSection(String theme, GroupKind kind, List<FeatureItem> features, List<KeuzeItem> keuzes) {
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
     * @param source       the citations, already formatted by {@link ReportBuilder#citation}
     */
    public record FeatureItem(String label, KeuzeCategorie category, double sharePercent, double lengthKm,
                              String description, String source, Basis basis) {
        /** An item whose geometry is schematic ({@code true}) or official. */
        public FeatureItem(String label, KeuzeCategorie category, double sharePercent, double lengthKm, String description,
                           String source, boolean schematic) {
            this(label, category, sharePercent, lengthKm, description, source,
                    schematic ? Basis.SCHEMATISCH : Basis.OFFICIEEL);
        }

        /** Whether its figures are indicative (a schematic drawing or an assumption). */
        public boolean schematic() {
            return basis.isIndicative();
        }
    }

    /** A keuze that concerns the area (through its features). */
    public record KeuzeItem(String title, KeuzeCategorie category, String summary, String source) {
    }

    /** A schuurpunt inside the area; {@code sturend} is the scenario's sentence on water en bodem, or empty. */
    public record SchuurpuntItem(String title, Relation relation, String claimA, String claimB, double areaHa,
                                 double lengthKm, String explanation, String sturend, String choice, String source,
                                 Basis basis) {
        /** A schuurpunt whose size rests on a schematic drawing ({@code true}) or on official data. */
        public SchuurpuntItem(String title, Relation relation, String claimA, String claimB, double areaHa, double lengthKm,
                              String explanation, String sturend, String choice, String source, boolean schematic) {
            this(title, relation, claimA, claimB, areaHa, lengthKm, explanation, sturend, choice, source,
                    schematic ? Basis.SCHEMATISCH : Basis.OFFICIEEL);
        }

        /** Whether its size is indicative (a schematic drawing or an assumption). */
        public boolean schematic() {
            return basis.isIndicative();
        }
    }

    /** The figures of one horizon. */
    public record HorizonRow(int horizon, int features, int keuzes, int conflicts, int voorwaardelijk, int koppelkansen,
                             double conflictHa) {
    }

    /**
     * What changes from horizon {@code from} to {@code to}.
     *
     * @param added     features that come in
     * @param removed   features that lapse
     * @param appearing schuurpunten that appear
     * @param vanishing schuurpunten that disappear
     * @param examples  labels of a few features behind the new schuurpunten
     */
    public record HorizonChange(int from, int to, long added, long removed, int appearing, int vanishing,
                                List<String> examples) {
        public HorizonChange {
            examples = List.copyOf(examples);
        }
    }

    /** A document of the scenario. */
    public record SourceItem(String title, String publisher, String date) {
    }
}
