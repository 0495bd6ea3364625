package nl.ruimteverkenner.io;

/**
 * The JSON keys of the scenario format ({@code docs/scenario-format.md}), defined once for
 * {@link ScenarioReader} and {@link ScenarioWriter}: one nested class per kind of JSON object.
 */
final class ScenarioKeys {
    private ScenarioKeys() {
    }

    /** The manifest, {@code scenario.json}. */
    static final class Manifest {
        static final String FORMAT_VERSION = "formatVersion";
        static final String ID = "id";
        static final String NAME = "name";
        static final String DESCRIPTION = "description";
        static final String VARIANT = "variant";
        static final String HORIZONS = "horizons";
        static final String SOURCES = "sources";
        static final String GROUPS = "groups";
        static final String LAYERS = "layers";

        private Manifest() {
        }
    }

    /** The manifest's {@code variant} object. */
    static final class Variant {
        static final String BASED_ON = "basedOn";
        static final String AUTHOR = "author";
        static final String DATE = "date";

        private Variant() {
        }
    }

    /** An entry of the manifest's {@code sources}: a source document. */
    static final class Source {
        static final String ID = "id";
        static final String TITLE = "title";
        static final String PUBLISHER = "publisher";
        static final String DATE = "date";
        static final String PAGES = "pages";
        static final String URL = "url";
        static final String PAGES_ESTIMATED = "pagesEstimated";

        private Source() {
        }
    }

    /** An entry of the manifest's {@code groups}. */
    static final class Group {
        static final String ID = "id";
        static final String LABEL = "label";
        static final String KIND = "kind";
        static final String DESCRIPTION = "description";

        private Group() {
        }
    }

    /** An entry of the manifest's {@code layers}. */
    static final class LayerEntry {
        static final String ID = "id";
        static final String GROUP = "group";
        static final String LABEL = "label";
        static final String FILE = "file";
        static final String DESCRIPTION = "description";
        static final String VISIBLE = "visible";
        static final String STYLE = "style";
        /** The layer's other version (linked official geometry), see {@link Aside}. */
        static final String ASIDE = "aside";

        private LayerEntry() {
        }
    }

    /** A layer's {@code aside} object: the version of its features not shown, in a file of its own. */
    static final class Aside {
        static final String VERSION = "version";
        static final String FILE = "file";

        private Aside() {
        }
    }

    /** A layer's {@code style} object. */
    static final class Style {
        static final String COLOR = "color";
        static final String OPACITY = "opacity";
        static final String STROKE_WIDTH = "strokeWidth";
        static final String SYMBOL = "symbol";

        private Style() {
        }
    }

    /** The GeoJSON structure of a layer file and of its geometries. */
    static final class GeoJson {
        static final String TYPE = "type";
        static final String FEATURE_COLLECTION = "FeatureCollection";
        static final String FEATURE = "Feature";
        static final String FEATURES = "features";
        static final String PROPERTIES = "properties";
        static final String GEOMETRY = "geometry";
        static final String COORDINATES = "coordinates";
        static final String GEOMETRIES = "geometries";

        private GeoJson() {
        }
    }

    /** The {@code properties} of a feature in a layer file. */
    static final class FeatureProps {
        static final String ID = "id";
        static final String LABEL = "label";
        static final String THEME = "theme";
        static final String HORIZON = "horizon";
        static final String UNTIL = "until";
        static final String CATEGORY = "category";
        static final String DESCRIPTION = "description";
        static final String SOURCES = "sources";
        static final String SCHEMATIC = "schematic";
        static final String BASIS = "basis";
        static final String SAME_AS = "sameAs";
        static final String TAGS = "tags";

        private FeatureProps() {
        }
    }

    /** A citation: a feature's {@code sources} entry, a keuze's or rule's {@code source}. */
    static final class Cite {
        static final String DOCUMENT = "document";
        static final String PAGE = "page";
        static final String SECTION = "section";

        private Cite() {
        }
    }

    /** {@code keuzes.json} and its entries. */
    static final class KeuzeEntry {
        static final String ROOT = "keuzes";
        static final String ID = "id";
        static final String THEME = "theme";
        static final String CATEGORY = "category";
        static final String HORIZON = "horizon";
        static final String TITLE = "title";
        static final String SUMMARY = "summary";
        static final String SOURCE = "source";
        static final String FEATURES = "features";
        static final String TAGS = "tags";

        private KeuzeEntry() {
        }
    }

    /** {@code rules.json} and its entries. */
    static final class RuleEntry {
        static final String ROOT = "rules";
        static final String ID = "id";
        static final String RELATION = "relation";
        static final String TITLE = "title";
        static final String A = "a";
        static final String B = "b";
        static final String BUFFER_METERS = "bufferMeters";
        static final String STUREND = "sturend";
        static final String EXPLANATION = "explanation";
        static final String CHOICE = "choice";
        static final String SOURCE = "source";

        private RuleEntry() {
        }
    }

    /** A rule's selector, its {@code a} or {@code b}. */
    static final class Sel {
        static final String LAYERS = "layers";
        static final String TAGS = "tags";
        static final String THEMES = "themes";
        static final String FEATURES = "features";
        static final String EXCEPT_TAGS = "exceptTags";

        private Sel() {
        }
    }

    /** {@code notes.json}: the workshop's notes, participants and votes. */
    static final class Board {
        static final String FORMAT_VERSION = "formatVersion";
        static final String DOTS = "dotsPerParticipant";
        static final String NEXT_NUMBER = "nextNumber";
        static final String PARTICIPANTS = "participants";
        static final String NOTES = "notes";
        static final String VOTES = "votes";

        private Board() {
        }
    }

    /** An entry of {@code notes.json}'s {@code notes}. */
    static final class NoteEntry {
        static final String ID = "id";
        static final String NUMBER = "number";
        static final String LON = "lon";
        static final String LAT = "lat";
        static final String TEXT = "text";
        static final String AUTHOR = "author";
        static final String COLOUR = "colour";
        static final String CREATED = "created";

        private NoteEntry() {
        }
    }

    /** An entry of {@code notes.json}'s {@code votes}. */
    static final class VoteEntry {
        static final String PARTICIPANT = "participant";
        static final String KIND = "kind";
        static final String TARGET = "target";

        private VoteEntry() {
        }
    }

    /** The properties of a note in the GeoJSON export. */
    static final class NoteExport {
        static final String ID = "id";
        static final String NUMBER = "number";
        static final String TEXT = "text";
        static final String AUTHOR = "author";
        static final String COLOUR = "colour";
        static final String COLOUR_HEX = "colourHex";
        static final String VOTES = "votes";
        static final String CREATED = "created";

        private NoteExport() {
        }
    }
}
