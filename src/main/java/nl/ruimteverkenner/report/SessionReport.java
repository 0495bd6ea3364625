package nl.ruimteverkenner.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ruimteverkenner.analysis.ScenarioDiff;
import nl.ruimteverkenner.model.Basis;
import nl.ruimteverkenner.model.KeuzeCategorie;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Theme;

/**
 * The report of a workshop session (werksessie-verslag) as data: which variants were made of the scenario
 * and, for the chosen variant compared with the original, its sketches, the features added, removed or
 * changed, the schuurpunten gained and resolved with hectares, the choices recorded per schuurpunt and a map
 * of the sketches. Enums, numbers and the texts of the scenario and of the participants; all wording around
 * them is added by {@link SessionWording} when {@link SessionHtmlWriter} lays the report out. Built by
 * {@link SessionReportBuilder}.
 *
 * <p>The body is an ordered list of {@link Section}s. To add a section (for instance the notes and votes
 * of the workshop): add a record implementing {@link Section} with a new {@link Kind} (its heading is the
 * {@code session.section.<id>} message), a method for it in {@link SectionVisitor} (the compiler then asks
 * every layout to place it), and let the builder append it where it belongs.
 *
 * @param scenarioName the original scenario
 * @param variantName  the variant the report is about (or the open scenario with its sketches)
 * @param author       who saved the variant; may be empty
 * @param savedAt      when it was saved (ISO date-time); empty when not saved yet
 * @param horizon      the horizon both sides are compared at
 * @param date         date of writing
 * @param summary      the counts the opening paragraph is about
 * @param themes       the scenario's name for each thema (its layer groups)
 * @param sections     the body, in order
 */
public record SessionReport(String scenarioName, String variantName, String author, String savedAt, int horizon,
                            LocalDate date, Summary summary, Map<Theme, String> themes, List<Section> sections) {
    public SessionReport {
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(variantName, "variantName");
        author = author == null ? "" : author;
        savedAt = savedAt == null ? "" : savedAt;
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        themes = Map.copyOf(themes);
        sections = List.copyOf(sections);
    }

    /** The scenario's name for a thema, or its identifier. */
    public String theme(Theme t) {
        return themes.getOrDefault(t, t.id());
    }

    /** The first section of a kind, if the report has one. */
    public <S extends Section> java.util.Optional<S> section(Class<S> type) {
        return sections.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The counts of the opening paragraph. */
    public record Summary(int variants, int sketches, int added, int removed, int changed, int gained, double gainedHa,
                          int resolved, double resolvedHa, int keuzes) {
    }

    /** The kinds of section; the identifier names the anchor and the heading's message key. */
    public enum Kind {
        MAP("kaart"), VARIANTS("varianten"), SKETCHES("schetsen"), CHANGES("wijzigingen"), SCHUURPUNTEN("schuurpunten"),
        KEUZES("keuzes"), NOTES("notities");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One part of the body. */
    public sealed interface Section permits SketchMap, Variants, Sketches, Changes, Schuurpunten, Keuzes, Notes {
        Kind kind();

        /** Hands this section to the method of {@code v} for its type. */
        <R> R accept(SectionVisitor<R> v);
    }

    /** Places every kind of section; a layout implements it, so a new kind of section cannot be forgotten. */
    public interface SectionVisitor<R> {
        R map(SketchMap s);

        R variants(Variants s);

        R sketches(Sketches s);

        R changes(Changes s);

        R schuurpunten(Schuurpunten s);

        R keuzes(Keuzes s);

        R notes(Notes s);
    }

    /** The map of the sketches (PNG; empty when there is nothing to show) and how many sketches it shows. */
    public record SketchMap(byte[] png, int sketches) implements Section {
        public SketchMap {
            Objects.requireNonNull(png, "png");
        }

        @Override
        public Kind kind() {
            return Kind.MAP;
        }

        @Override
        public <R> R accept(SectionVisitor<R> v) {
            return v.map(this);
        }
    }

    /** The original and the variants of the scenario, newest first. */
    public record Variants(List<VariantItem> items) implements Section {
        public Variants {
            items = List.copyOf(items);
        }

        @Override
        public Kind kind() {
            return Kind.VARIANTS;
        }

        @Override
        public <R> R accept(SectionVisitor<R> v) {
            return v.variants(this);
        }
    }

    /**
     * One scenario of the family.
     *
     * @param original  the original scenario (not a variant)
     * @param chosen    the one the report is about
     * @param unsaved   the open scenario with sketches that are not saved as a variant
     */
    public record VariantItem(String name, String author, String savedAt, String folder, boolean original, boolean chosen,
                              boolean unsaved) {
    }

    /** The sketches of the variant. */
    public record Sketches(List<SketchItem> items) implements Section {
        public Sketches {
            items = List.copyOf(items);
        }

        @Override
        public Kind kind() {
            return Kind.SKETCHES;
        }

        @Override
        public <R> R accept(SectionVisitor<R> v) {
            return v.sketches(this);
        }
    }

    /**
     * A sketch and what it stands for.
     *
     * @param number   its number on the map (1, 2, ...)
     * @param note     the participants' explanation; may be empty
     * @param areaHa   its area (0 for lines and points)
     * @param lengthKm its length for lines, else 0
     * @param inForce  whether it is in force at the report's horizon
     */
    public record SketchItem(int number, String label, Theme theme, int horizon, int until, KeuzeCategorie category,
                             String note, Set<String> tags, double areaHa, double lengthKm, boolean inForce) {
        public SketchItem {
            tags = Set.copyOf(tags);
        }
    }

    /** The features added, removed and changed against the original. */
    public record Changes(List<ScenarioDiff.FeatureChange> items) implements Section {
        public Changes {
            items = List.copyOf(items);
        }

        @Override
        public Kind kind() {
            return Kind.CHANGES;
        }

        @Override
        public <R> R accept(SectionVisitor<R> v) {
            return v.changes(this);
        }
    }

    /** The schuurpunten gained and resolved against the original. */
    public record Schuurpunten(List<SchuurpuntItem> gained, List<SchuurpuntItem> resolved) implements Section {
        public Schuurpunten {
            gained = List.copyOf(gained);
            resolved = List.copyOf(resolved);
        }

        @Override
        public Kind kind() {
            return Kind.SCHUURPUNTEN;
        }

        @Override
        public <R> R accept(SectionVisitor<R> v) {
            return v.schuurpunten(this);
        }
    }

    /**
     * A schuurpunt gained or resolved.
     *
     * @param key      its key (rule and the two features), to find its recorded choice
     * @param places   the provinces it lies in, largest share first
     * @param keuze    the direction recorded for it; empty when none
     */
    public record SchuurpuntItem(String key, String title, Relation relation, String claimA, String claimB, double areaHa,
                                 double lengthKm, Basis basis, List<String> places, String keuze) {
        public SchuurpuntItem {
            places = List.copyOf(places);
            keuze = keuze == null ? "" : keuze;
        }
    }

    /** The choices recorded per schuurpunt in the variant's folder. */
    public record Keuzes(List<KeuzeItem> items) implements Section {
        public Keuzes {
            items = List.copyOf(items);
        }

        @Override
        public Kind kind() {
            return Kind.KEUZES;
        }

        @Override
        public <R> R accept(SectionVisitor<R> v) {
            return v.keuzes(this);
        }
    }

    /**
     * The notes placed on the map in the workshop and the dots the participants gave.
     *
     * @param participants who voted (names or tables), each with {@code dotsEach} dots
     * @param notes        the notes in number order, with their dots
     * @param votes        what got dots (notes, sketches, schuurpunten), most dots first
     */
    public record Notes(List<String> participants, int dotsEach, List<NoteItem> notes, List<VoteItem> votes)
            implements Section {
        public Notes {
            participants = List.copyOf(participants);
            notes = List.copyOf(notes);
            votes = List.copyOf(votes);
        }

        @Override
        public Kind kind() {
            return Kind.NOTES;
        }

        @Override
        public <R> R accept(SectionVisitor<R> v) {
            return v.notes(this);
        }
    }

    /** A numbered note: its text, who said it, its colour id and the dots it got. */
    public record NoteItem(int number, String text, String author, String colour, int dots) {
    }

    /** Something that got dots: a note, a sketch or a schuurpunt, by its title. */
    public record VoteItem(nl.ruimteverkenner.model.Vote.Kind kind, String title, int dots) {
    }

    /**
     * Where the schuurpunt of a recorded choice stands at the report's horizon: new in the variant, resolved by
     * it, in both, or in neither.
     */
    public enum Standing { GAINED, RESOLVED, UNCHANGED, ABSENT }

    /** A choice recorded for a schuurpunt: options, direction, reasoning and who follows it up. */
    public record KeuzeItem(String title, int horizon, String options, String direction, String reasoning, String owner,
                            String updated, Standing standing) {
    }
}
